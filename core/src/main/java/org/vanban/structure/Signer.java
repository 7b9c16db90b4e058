package org.vanban.structure;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * The signature block.
 *
 * @param name      the signer's name, or null when the block names nobody
 * @param title     the position printed above the name ("HIỆU TRƯỞNG", "PHÓ GIÁM ĐỐC"), or null
 * @param authority the signing-authority line ("KT. GIÁM ĐỐC", "TM. ỦY BAN NHÂN DÂN"), or null
 */
@JsonPropertyOrder({"name", "title", "authority"})
public record Signer(String name, String title, String authority) {
}
