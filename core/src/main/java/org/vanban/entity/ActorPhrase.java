package org.vanban.entity;

/**
 * A phrase naming who is to act: one or more persons, roles, units or groups, coordinated
 * ("Phòng Giáo dục và Đào tạo các huyện, thành phố và các đơn vị, trường học trực thuộc Sở").
 *
 * @param fromToken  index of the first token (an honorific such as "Đồng chí" included)
 * @param toToken    index after the last token
 * @param start      offset of the first character
 * @param end        offset after the last character
 * @param who        the actor as written, without a leading honorific ("Chủ tịch Công đoàn")
 * @param self       true when the phrase is the issuer speaking of itself ("Nhà trường", "chúng tôi")
 */
public record ActorPhrase(int fromToken, int toToken, int start, int end, String who, boolean self) {
}
