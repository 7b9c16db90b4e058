/**
 * Word segmentation: Vietnamese is written one syllable at a time ("Nghị định", "Ban Chấp hành"), so a word is a
 * run of syllables, and finding words is its own step.
 *
 * <ul>
 *   <li>{@link org.vanban.segment.WordSegmenter} is the interface: {@link org.vanban.segment.WordToken}s with
 *       {@code char} offsets into the normalised text, a {@link org.vanban.segment.TokenKind} each, symbols, dates,
 *       numbers and caller-protected spans (citations) never split. Choose one through
 *       {@code Pipeline.builder().wordSegmenter(…)}; {@code Pipeline.wordSegmenter()} gives it back, for word-level
 *       analysis such as an index field.</li>
 *   <li>{@link org.vanban.segment.DictionaryWordSegmenter} is the built-in default: pure Java, no download. It
 *       joins syllables into the words of a {@link org.vanban.segment.WordLexicon} and capitalised runs into names.
 *       The lexicon ({@code words.tsv}) is learned by {@code org.vanban.corpus.segment.WordListLearner} (corpus
 *       module) from 559 real administrative texts by syllable-collocation statistics, with thresholds chosen on a
 *       hand-segmented development set written for the project; the seed documents play no part in it. Its
 *       agreement with VnCoreNLP on the seeds is measured by the corpus module's {@code SegmenterAgreementTest}.</li>
 *   <li>{@link org.vanban.segment.SyllableScanner} is the first step of every segmenter here (syllables, numbers,
 *       symbols, punctuation) and the syllable baseline.</li>
 *   <li>{@link org.vanban.normalize.SyllableKey} makes look-up keys that ignore case and tone-mark placement
 *       ("hòa" = "hoà").</li>
 * </ul>
 *
 * <p>VnCoreNLP can take the built-in segmenter's place: see {@link org.vanban.vncorenlp}.
 */
package org.vanban.segment;
