/**
 * Normalisation: the one form of the text every later stage, and the gold annotations, work on.
 *
 * <p>{@link org.vanban.normalize.VietnameseNormalizer} (the default {@link org.vanban.normalize.TextNormalizer}):
 * <ul>
 * <li>characters ({@code characters.tsv}): CRLF and a lone CR to LF (also NEL, U+2028/2029); every Unicode space
 * (no-break, narrow no-break, thin, em, …) to a space; the look-alikes of Đ/đ (Ð U+00D0, Ɖ U+0189, ð U+00F0, ɖ
 * U+0256) to Đ/đ; soft hyphens, zero-width spaces and joiners, word joiners and byte-order marks removed;</li>
 * <li>NFC;</li>
 * <li>one tone-mark placement, by {@link org.vanban.normalize.ToneStyle}: {@code TRADITIONAL} (the default: "hòa",
 * "thủy", "khỏe", the style of most state documents and of the gold), {@code MODERN} ("hoà", "thuỷ", "khoẻ") or
 * {@code AS_WRITTEN}. The styles differ only in open syllables with oa, oe, uy; elsewhere both follow the same
 * rules ({@link org.vanban.normalize.VietnameseSyllable#toneIndex}), which also put right a mark in an impossible
 * place ("muà" → "mùa"). The u of "qu" and the i of "gi" belong to the onset: "quý", "giá", "quốc" never change.
 * Words that are not Vietnamese syllables ("Café", "Zoë") are left as written. Configure it with
 * {@code new VietnameseNormalizer(ToneStyle.MODERN)}, through {@code Pipeline.builder().normalizer(…)}, or
 * {@code vanban parse --tone-style MODERN};</li>
 * <li>a line break (and the spaces around it) inside a citation symbol, as PDF and Markdown line wrapping leave
 * it, is removed: {@code 04/2015/NĐ-\nCP}, {@code 60/2024/\nQH15}, {@code 04/2015/NĐ\n-CP}, {@code 25-\nNQ/TW}. A
 * symbol starts with a number; the part after the break starts with two capitals and holds only the letters of
 * symbols; one of the parts has a slash, or the tail a hyphen. Hyphens are kept: in a symbol they are
 * meaningful.</li>
 * </ul>
 *
 * <p>Offsets. {@link org.vanban.normalize.NormalizedText} keeps the map from each {@code char} of the normalised
 * text back to the source ({@code sourceOffset}) and the way there ({@code normalizedOffset}); it is monotone and
 * within the source, and a removed character falls in the span of the character before it. Replacements keep the
 * length (a space for a no-break space, one letter for another when a tone mark moves), so on already-NFC text
 * with LF line ends, such as the seed documents, the offsets are unchanged; every change of length (CRLF, NFC
 * composition, a removed character, a joined symbol) is recorded. The evaluator maps spans back with
 * {@code sourceOffset}. The normaliser is idempotent and thread-safe.
 *
 * <p>{@link org.vanban.normalize.Diacritics#fold} folds diacritics for matching (search, alignment).
 */
package org.vanban.normalize;
