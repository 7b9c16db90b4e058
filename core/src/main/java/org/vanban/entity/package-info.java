/**
 * Entities — persons, organisations, locations and roles — and the actor phrases built from them.
 *
 * <p>{@link org.vanban.entity.EntityTagger} is the interface a statistical model can implement;
 * {@link org.vanban.entity.RuleEntityTagger} is the default (rules over word lists, see its documentation), and
 * {@link org.vanban.entity.OpenNlpEntityTagger} runs an Apache OpenNLP name finder (the project trains one from its
 * own annotated sentences: {@code org.vanban.corpus.train.TrainEntityModel}). Text inside protected spans
 * (citations) is never part of an entity.
 *
 * <p>Words are matched as {@link org.vanban.entity.Token}s by {@link org.vanban.normalize.SyllableKey}, which ignores
 * case and tone-mark placement ("hoá" = "hóa") but not letters or tones, through
 * {@link org.vanban.entity.PhraseLexicon}s (longest match first). {@link org.vanban.entity.ActorFinder} builds the
 * "who" of deadlines and assignments from the entities and the group lexicon, and, where an actor is expected,
 * actors whose words are not all known ({@link org.vanban.entity.ActorFinder#lenientAt}: a head word of
 * {@code actor-heads.txt}, then names, links, coordination and nouns up to the task's verb).
 *
 * <h2>Word lists ({@code org/vanban/entity/})</h2>
 * <ul>
 *   <li>{@code roles.txt}: positions ("Hiệu trưởng", "Chủ tịch Công đoàn", "Tổ trưởng chuyên môn"); CAP marks those
 *       that are common words in lower case ("Kế toán", "Văn thư").</li>
 *   <li>{@code organizations.txt}: unit head words, NAMED (need a name or place: "Phòng", "Sở", "UBND") or
 *       STANDALONE ("Chính phủ", "Ban Giám hiệu", "Công đoàn").</li>
 *   <li>{@code groups.txt}: collective actors ("cán bộ", "đơn vị", "tổ chuyên môn").</li>
 *   <li>{@code actor-words.txt}: quantifiers, honorifics, links, qualifiers, joins, self-references, introducers,
 *       relative verbs inside a position's name ("phụ trách").</li>
 *   <li>{@code stops.txt}: verbs, adverbs and function words that end a name or an actor (HARD: those that end even
 *       a long actor list), and compound nouns that hold a verb's syllable (NOUN: "chương trình").</li>
 *   <li>{@code actor-heads.txt}: words that begin an actor's name when the rest is in no list: positions
 *       ("Trưởng", "Y sĩ", "Cố vấn") and units ("Tổ", "Ban", "Khoa", "Trạm").</li>
 *   <li>{@code surnames.txt}, {@code places.txt}, {@code place-types.txt}: family names; provinces and cities;
 *       kinds of administrative place ("huyện", "xã", "phường", "đặc khu").</li>
 * </ul>
 */
package org.vanban.entity;
