package org.vanban.index;

import java.io.Reader;
import java.util.Objects;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.shingle.ShingleFilter;
import org.vanban.normalize.TextNormalizer;
import org.vanban.normalize.VietnameseNormalizer;

/**
 * Lucene analysis for Vietnamese text, in three forms that the index keeps side by side.
 *
 * <p>Every form starts the same way: the project's normaliser (NFC and one tone-mark style, so "hoá" and "hóa"
 * are one term), then {@link VietnameseTokenizer} (syllables, document symbols kept whole), then lower case.
 * <ul>
 *   <li>{@link Form#EXACT}: the syllables with their diacritics ("nghị", "định", "04/2015/nđ-cp");</li>
 *   <li>{@link Form#FOLDED}: the same, folded ("nghi", "dinh", "04/2015/nd-cp"), for queries typed without
 *       diacritics;</li>
 *   <li>{@link Form#FOLDED_BIGRAMS}: folded syllable bigrams ("nghi dinh", "dinh so"): Vietnamese words are one
 *       to three syllables, so adjacent pairs rank documents holding the words above those holding the
 *       syllables scattered.</li>
 * </ul>
 * Instances are thread-safe (Lucene keeps per-thread components).
 */
public final class VietnameseAnalyzer extends Analyzer {

    /** Which terms the analyzer produces. */
    public enum Form {
        EXACT, FOLDED, FOLDED_BIGRAMS,
        /**
         * For highlighting only: each syllable with its diacritics and, at the same position, its folded form
         * prefixed with {@link #FOLDED_MARK}.
         */
        EXACT_AND_FOLDED
    }

    /** Prefix of the folded terms of {@link Form#EXACT_AND_FOLDED}. */
    public static final char FOLDED_MARK = '\u0001';

    /** Joins the two syllables of a bigram term. */
    public static final String BIGRAM_SEPARATOR = " ";

    private final TextNormalizer normalizer;
    private final Form form;

    /** The default normaliser (traditional tone-mark style). */
    public VietnameseAnalyzer(Form form) {
        this(new VietnameseNormalizer(), form);
    }

    public VietnameseAnalyzer(TextNormalizer normalizer, Form form) {
        this.normalizer = Objects.requireNonNull(normalizer, "normalizer");
        this.form = Objects.requireNonNull(form, "form");
    }

    public Form form() {
        return form;
    }

    @Override
    protected Reader initReader(String fieldName, Reader reader) {
        return new NormalizingCharFilter(reader, normalizer);
    }

    @Override
    protected Reader initReaderForNormalization(String fieldName, Reader reader) {
        return new NormalizingCharFilter(reader, normalizer);
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        VietnameseTokenizer tokenizer = new VietnameseTokenizer();
        TokenStream stream = new LowerCaseFilter(tokenizer);
        if (form == Form.FOLDED || form == Form.FOLDED_BIGRAMS) {
            stream = new DiacriticFoldingFilter(stream);
        } else if (form == Form.EXACT_AND_FOLDED) {
            stream = new FoldedVariantFilter(stream);
        }
        if (form == Form.FOLDED_BIGRAMS) {
            ShingleFilter shingles = new ShingleFilter(stream, 2, 2);
            shingles.setOutputUnigrams(false);
            shingles.setTokenSeparator(BIGRAM_SEPARATOR);
            stream = shingles;
        }
        return new TokenStreamComponents(tokenizer, stream);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        TokenStream stream = new LowerCaseFilter(in);
        return form == Form.FOLDED || form == Form.FOLDED_BIGRAMS ? new DiacriticFoldingFilter(stream) : stream;
    }
}
