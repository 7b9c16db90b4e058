package org.vanban.index;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.UncheckedIOException;
import java.util.LinkedHashSet;
import java.util.Set;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.util.BytesRef;
import org.vanban.AnalyzedDocument;
import org.vanban.DocumentJson;
import org.vanban.assign.Assignment;
import org.vanban.cite.Citation;
import org.vanban.deadline.Deadline;
import org.vanban.normalize.TextNormalizer;
import org.vanban.structure.Section;
import org.vanban.structure.Signer;

/** Turns an {@link AnalyzedDocument} into the Lucene document of {@link IndexFields}. */
final class LuceneDocuments {

    /** Doc-values terms must stay under Lucene's 32 KB limit; labels longer than this are cut. */
    private static final int MAX_LABEL = 300;

    private LuceneDocuments() {
    }

    static Document toLucene(AnalyzedDocument doc, String contentHash, TextNormalizer normalizer) {
        Document d = new Document();
        d.add(new StringField(IndexFields.SOURCE, doc.source(), Field.Store.YES));
        d.add(new SortedDocValuesField(IndexFields.SOURCE, new BytesRef(doc.source())));
        d.add(new BinaryDocValuesField(IndexFields.HASH, new BytesRef(contentHash == null ? "" : contentHash)));
        if (doc.docType() != null && !doc.docType().isBlank()) {
            d.add(new StringField(IndexFields.DOC_TYPE, IndexFields.foldedLabel(doc.docType()), Field.Store.NO));
            d.add(facet(IndexFields.FACET_TYPE, doc.docType().strip()));
        }
        if (doc.number() != null) {
            d.add(new StringField(IndexFields.NUMBER, IndexFields.matchKey(doc.number()), Field.Store.NO));
        }
        if (doc.issuedDate() != null) {
            long day = doc.issuedDate().toEpochDay();
            d.add(new LongPoint(IndexFields.ISSUED, day));
            d.add(new NumericDocValuesField(IndexFields.ISSUED, day));
            d.add(facet(IndexFields.FACET_YEAR, Integer.toString(doc.issuedDate().getYear())));
        }
        if (doc.issuer() != null && !doc.issuer().isBlank()) {
            d.add(new TextField(IndexFields.ISSUER, doc.issuer(), Field.Store.NO));
            d.add(facet(IndexFields.FACET_ISSUER, doc.issuer().replaceAll("\\s+", " ").strip()));
        }
        addText(d, IndexFields.TITLE, doc.title());
        Signer signer = doc.signer();
        if (signer != null) {
            addText(d, IndexFields.SIGNER, signer.name());
            addText(d, IndexFields.SIGNER, signer.title());
            addText(d, IndexFields.SIGNER, signer.authority());
        }
        String text = doc.text() == null ? "" : doc.text();
        // Normalised once here for the three text fields (their writer analyzers skip the normaliser); the text
        // as given is what is stored, so that snippets and offsets refer to it.
        String normalized = normalizer.normalize(text).text();
        d.add(new StoredField(IndexFields.TEXT, text));
        d.add(new TextField(IndexFields.TEXT, normalized, Field.Store.NO));
        d.add(new TextField(IndexFields.TEXT_FOLDED, normalized, Field.Store.NO));
        d.add(new TextField(IndexFields.TEXT_BIGRAMS, normalized, Field.Store.NO));
        addCitations(d, doc);
        Set<String> assignees = new LinkedHashSet<>();
        for (Deadline deadline : doc.deadlines()) {
            if (deadline.date() != null) {
                d.add(new LongPoint(IndexFields.DEADLINE, deadline.date().toEpochDay()));
            }
            if (deadline.who() != null) {
                assignees.add(deadline.who());
            }
        }
        for (Assignment a : doc.assignments()) {
            if (a.who() != null) {
                assignees.add(a.who());
            }
        }
        assignees.forEach(who -> addText(d, IndexFields.ASSIGNEE, who));
        for (Section s : doc.sections()) {
            addText(d, IndexFields.SECTION, s.title());
        }
        d.add(new StoredField(IndexFields.JSON, json(doc)));
        return d;
    }

    /** The analysis as JSON without its text (stored once, in {@link IndexFields#TEXT}). */
    private static String json(AnalyzedDocument doc) {
        AnalyzedDocument withoutText = new AnalyzedDocument(doc.source(), doc.docType(), doc.number(),
                doc.issuedDate(), doc.place(), doc.title(), doc.issuer(), doc.signer(), doc.recipients(),
                doc.sections(), doc.citations(), doc.deadlines(), doc.assignments(), doc.entities(), null);
        try {
            // Written straight from the record: DocumentJson.toJson would first copy the whole text into a tree.
            return DocumentJson.mapper().writeValueAsString(withoutText);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void addCitations(Document d, AnalyzedDocument doc) {
        Set<String> keys = new LinkedHashSet<>();
        Set<String> matches = new LinkedHashSet<>();
        Set<String> types = new LinkedHashSet<>();
        Set<String> issuers = new LinkedHashSet<>();
        Set<Integer> years = new LinkedHashSet<>();
        for (Citation c : doc.citations()) {
            String canonical = c.canonical() != null ? c.canonical() : c.symbol();
            String key = c.key() != null ? c.key() : canonical;
            if (key != null && !key.isBlank()) {
                keys.add(key);
            }
            for (String form : new String[] {canonical, c.symbol()}) {
                String match = form == null ? "" : IndexFields.matchKey(form);
                if (match.length() > MAX_LABEL) {
                    match = match.substring(0, MAX_LABEL);
                }
                if (!match.isEmpty()) {
                    matches.add(match);
                    if (c.year() != null) {
                        matches.add(match + "@" + c.year());
                    }
                }
            }
            if (c.type() != null) {
                types.add(IndexFields.foldedLabel(c.type()));
            }
            if (c.issuer() != null) {
                issuers.add(c.issuer());
            }
            if (c.year() != null) {
                years.add(c.year());
            }
        }
        for (String key : keys) {
            String cut = key.length() > MAX_LABEL ? key.substring(0, MAX_LABEL) : key;
            d.add(new StringField(IndexFields.CITED_KEY, cut, Field.Store.NO));
            d.add(facet(IndexFields.FACET_CITED, cut));
        }
        matches.forEach(m -> d.add(new StringField(IndexFields.CITED_MATCH, m, Field.Store.NO)));
        types.forEach(t -> d.add(new StringField(IndexFields.CITED_TYPE, t, Field.Store.NO)));
        issuers.forEach(i -> d.add(new TextField(IndexFields.CITED_ISSUER, i, Field.Store.NO)));
        years.forEach(y -> d.add(new IntPoint(IndexFields.CITED_YEAR, y)));
    }

    private static void addText(Document d, String field, String value) {
        if (value != null && !value.isBlank()) {
            d.add(new TextField(field, value, Field.Store.NO));
        }
    }

    private static SortedSetDocValuesField facet(String field, String label) {
        String cut = label.length() > MAX_LABEL ? label.substring(0, MAX_LABEL) : label;
        return new SortedSetDocValuesField(field, new BytesRef(cut));
    }
}
