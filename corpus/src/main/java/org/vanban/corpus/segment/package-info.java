/**
 * How the built-in word segmenter's lexicon is made and measured: {@link
 * org.vanban.corpus.segment.WordListLearner} learns {@code core/.../segment/words.tsv} from the real corpus,
 * {@link org.vanban.corpus.segment.SegmentationAgreement} compares two segmentations (words and joins, P/R/F1), and
 * {@link org.vanban.corpus.segment.SegmentedText} reads hand-segmented text such as {@code dev-segmented.txt}, the
 * development set written for the project.
 */
package org.vanban.corpus.segment;
