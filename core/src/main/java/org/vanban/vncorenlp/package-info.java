/**
 * VnCoreNLP as an optional engine for word segmentation and entity tagging, with results in vanban's own offsets.
 *
 * <p>VnCoreNLP (Vu et al., NAACL 2018) is GPL-3.0-or-later, is not on Maven Central and loads about 115 MB of models
 * from a {@code models/} folder beside its jar, so vanban neither depends on it nor ships it: nothing in the
 * library or the command line needs it. A user who wants it installs it and points vanban at the folder; using it
 * makes the combined work subject to the GPL.
 *
 * <ul>
 *   <li>{@link org.vanban.vncorenlp.VnCoreNlp} is both a {@link org.vanban.segment.WordSegmenter} and an
 *       {@link org.vanban.entity.EntityTagger}: {@code VnCoreNlp.load(home)} runs an installation,
 *       {@code VnCoreNlp.fromTsv(path)} reads output produced elsewhere. Plug it in with
 *       {@code Pipeline.builder().entityTagger(nlp).wordSegmenter(nlp)}; on the command line,
 *       {@code --nlp vncorenlp --vncorenlp-home DIR} or {@code --nlp tsv --vncorenlp-tsv PATH}.</li>
 *   <li>{@link org.vanban.vncorenlp.VnCoreNlpEngine} loads {@code VnCoreNLP-*.jar} through its own class loader and
 *       calls its public API ({@code vn.pipeline.VnCoreNLP}, {@code Annotation}, {@code Sentence}, {@code Word})
 *       by reflection, after checking that the jar and the word-segmentation, POS and NER models are there; each
 *       problem is one line ({@link org.vanban.vncorenlp.VnCoreNlpUnavailableException}: "VnCoreNLP NER model not
 *       found in DIR/models/ner (missing vi-ner.xz)").</li>
 *   <li>Protected spans: citations given by the caller and every symbol, date and number are masked (replaced by
 *       digits of the same length) before VnCoreNLP sees the text, because its tokenizer splits symbols
 *       ("16/CT-TTg" → "16 / CT-TTg"); each comes back as one token, and no entity overlaps a citation.</li>
 *   <li>{@link org.vanban.vncorenlp.TokenAligner} maps its words back to the normalised text letter by letter with
 *       diacritics folded, which absorbs its "_" joins, its tone-mark rewriting ("tỉnh ủy" → "tỉnh_uỷ") and the
 *       no-break spaces it keeps inside words. On the real VnCoreNLP output of the five seed documents every one of
 *       the 10,610 tokens maps to a span with the same folded form.</li>
 *   <li>{@link org.vanban.vncorenlp.VnCoreNlpOutput} reads its tab-separated output (index, form, POS, NER, head,
 *       relation; blank lines between sentences), in the layout of its command line and of its server and Python
 *       wrapper.</li>
 * </ul>
 *
 * <p>Entities come from the NER column (PER → person, ORG → organisation, LOC → location; MISC is dropped).
 * VnCoreNLP has no role class, so roles ("Hiệu trưởng", "Phó Chủ tịch") come from the built-in rule tagger, or from
 * another tagger given to {@link org.vanban.vncorenlp.VnCoreNlp#withRoleTagger}.
 */
package org.vanban.vncorenlp;
