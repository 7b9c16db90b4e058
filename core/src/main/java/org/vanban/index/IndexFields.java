package org.vanban.index;

import java.util.Locale;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.vanban.normalize.Diacritics;
import org.vanban.normalize.NormalizedText;
import org.vanban.normalize.TextNormalizer;

/**
 * The index schema: field names and the keyword forms stored in them. See the package documentation for what
 * each field holds and how it is analysed.
 */
public final class IndexFields {

    /** Version of this schema, written into every commit; an index of another version is refused. */
    public static final String SCHEMA_VERSION = "1";
    /** Commit user-data key holding {@link #SCHEMA_VERSION}. */
    public static final String SCHEMA_KEY = "vanban.index.schema";

    /** The document's source (path or caller's name); unique: the document's identity in the index. */
    public static final String SOURCE = "source";
    /** SHA-256 of the source file's bytes (hex), to skip unchanged files. */
    public static final String HASH = "hash";
    /** docType, folded and lower case ("ke hoach"). */
    public static final String DOC_TYPE = "doc_type";
    /** The document's own number/symbol, in {@link #matchKey} form. */
    public static final String NUMBER = "number";
    /** issuedDate as an epoch day (point and doc values). */
    public static final String ISSUED = "issued";
    /** The issuer, analysed folded. */
    public static final String ISSUER = "issuer";
    /** The subject line, analysed folded. */
    public static final String TITLE = "title";
    /** Signer name, position and authority, analysed folded. */
    public static final String SIGNER = "signer";
    /** The normalised text: syllables with diacritics; stored, for snippets. */
    public static final String TEXT = "text";
    /** The text, folded. */
    public static final String TEXT_FOLDED = "text_folded";
    /** The text, folded syllable bigrams. */
    public static final String TEXT_BIGRAMS = "text_bigrams";
    /** Each distinct {@code Citation.key} of the document ("16/CT-TTg@2016"). */
    public static final String CITED_KEY = "cited_key";
    /**
     * Each cited instrument in {@link #matchKey} form, without and with its year ("16CTTTG", "16CTTTG@2016"),
     * from both the canonical symbol and the symbol as printed.
     */
    public static final String CITED_MATCH = "cited_match";
    /** Each cited instrument's type, folded lower case ("nghi dinh"). */
    public static final String CITED_TYPE = "cited_type";
    /** Each cited instrument's issuer as printed, analysed folded. */
    public static final String CITED_ISSUER = "cited_issuer";
    /** Each cited instrument's year (int point). */
    public static final String CITED_YEAR = "cited_year";
    /** Each deadline's due date as an epoch day (long point). */
    public static final String DEADLINE = "deadline";
    /** Each assignee ("who" of assignments and deadlines), analysed folded. */
    public static final String ASSIGNEE = "assignee";
    /** Each section title, analysed folded. */
    public static final String SECTION = "section";
    /** The analysis as JSON without the text ({@code DocumentJson}); stored only. */
    public static final String JSON = "json";

    /** Facet dimension (sorted-set doc values): cited instrument keys. */
    public static final String FACET_CITED = "facet_cited";
    /** Facet dimension: document type as printed. */
    public static final String FACET_TYPE = "facet_type";
    /** Facet dimension: year of issuedDate. */
    public static final String FACET_YEAR = "facet_year";
    /** Facet dimension: issuer as printed. */
    public static final String FACET_ISSUER = "facet_issuer";

    private IndexFields() {
    }

    /**
     * The analyzers the index writes with and queries must read with: {@link #TEXT} exact, {@link #TEXT_BIGRAMS}
     * bigrams, every other analysed field folded.
     */
    public static Analyzer analyzer(TextNormalizer normalizer) {
        return new PerFieldAnalyzerWrapper(new VietnameseAnalyzer(normalizer, VietnameseAnalyzer.Form.FOLDED),
                Map.of(TEXT, new VietnameseAnalyzer(normalizer, VietnameseAnalyzer.Form.EXACT),
                        TEXT_BIGRAMS, new VietnameseAnalyzer(normalizer, VietnameseAnalyzer.Form.FOLDED_BIGRAMS)));
    }

    /**
     * What the index writer uses: {@link #analyzer} except that the three text fields are not normalised again,
     * because {@code DocumentIndex} normalises the text once before handing it to all three (the normaliser is
     * idempotent, so queries normalised by {@link #analyzer} meet the same terms).
     */
    static Analyzer writerAnalyzer(TextNormalizer normalizer) {
        TextNormalizer alreadyDone = text -> new NormalizedText(text, null);
        return new PerFieldAnalyzerWrapper(new VietnameseAnalyzer(normalizer, VietnameseAnalyzer.Form.FOLDED),
                Map.of(TEXT, new VietnameseAnalyzer(alreadyDone, VietnameseAnalyzer.Form.EXACT),
                        TEXT_FOLDED, new VietnameseAnalyzer(alreadyDone, VietnameseAnalyzer.Form.FOLDED),
                        TEXT_BIGRAMS, new VietnameseAnalyzer(alreadyDone, VietnameseAnalyzer.Form.FOLDED_BIGRAMS)));
    }

    /**
     * The form in which instrument symbols and names are matched: diacritics folded, upper case, letters and
     * digits only. Variants that differ only in separators and case meet here ("33/CTTTg", "33/CT-TTg",
     * "26-CT/TTg" and "26/CT-TTg", "ND-CP" typed for "NĐ-CP"); repairs of letters (a doubled "NQQ") are the
     * citation extractor's, through {@code Citation.canonical}.
     */
    public static String matchKey(String symbolOrName) {
        String folded = Diacritics.fold(symbolOrName);
        StringBuilder sb = new StringBuilder(folded.length());
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                sb.append(Character.toUpperCase(c));
            }
        }
        return sb.toString();
    }

    /** A label folded to lower case with single spaces ("KẾ  HOẠCH" → "ke hoach"), for keyword fields. */
    public static String foldedLabel(String label) {
        return Diacritics.fold(label).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
    }
}
