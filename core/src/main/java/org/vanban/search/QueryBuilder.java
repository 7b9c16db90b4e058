package org.vanban.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.vanban.cite.CitationExtractor;
import org.vanban.index.IndexFields;
import org.vanban.index.VietnameseAnalyzer;
import org.vanban.index.VietnameseTokenizer;
import org.vanban.normalize.Diacritics;
import org.vanban.normalize.TextNormalizer;

/** Turns a {@link SearchQuery} into Lucene queries, analysing its words exactly as the index did. */
final class QueryBuilder {

    /** The field name the highlighter analyses stored text under ({@link VietnameseAnalyzer.Form#EXACT_AND_FOLDED}). */
    static final String HIGHLIGHT_FIELD = "hl";

    private static final Pattern QUOTED = Pattern.compile("\"([^\"]*)\"");
    private static final float BIGRAM_BOOST = 2f;
    private static final float STRADDLING_BIGRAM_BOOST = 0.3f;
    private static final float TITLE_BOOST = 1.5f;
    /** Bound on a replacement chain walk; registries are small, this only guards against a cycle's blow-up. */
    private static final int MAX_RELATED = 200;

    private final Analyzer exact;
    private final Analyzer folded;
    private final CitationExtractor citationExtractor;

    QueryBuilder(TextNormalizer normalizer, CitationExtractor citationExtractor) {
        this.exact = new VietnameseAnalyzer(normalizer, VietnameseAnalyzer.Form.EXACT);
        this.folded = new VietnameseAnalyzer(normalizer, VietnameseAnalyzer.Form.FOLDED);
        this.citationExtractor = citationExtractor;
    }

    /**
     * @param query     the query proper (scoring and filters)
     * @param highlight the words to mark in the stored text, on {@link #HIGHLIGHT_FIELD}, or null
     * @param cited     the instruments searched for (after following replacements)
     * @param searchedKeys the instruments searched for, as keys, for display
     */
    record Built(Query query, Query highlight, List<CitedInstrument> cited, List<String> searchedKeys) {
    }

    Built build(SearchQuery q, IndexReader reader, InstrumentRelations relations) throws IOException {
        BooleanQuery.Builder main = new BooleanQuery.Builder();
        BooleanQuery.Builder highlight = new BooleanQuery.Builder();
        boolean anything = false;
        boolean hasHighlight = false;
        if (q.hasText()) {
            hasHighlight = addText(q.text(), main, highlight);
            anything = true;
        }
        List<CitedInstrument> cited = new ArrayList<>();
        List<String> searchedKeys = new ArrayList<>();
        for (String asked : q.cites()) {
            if (asked.isBlank()) {
                continue;
            }
            Set<CitedInstrument> alternatives = new LinkedHashSet<>();
            CitedInstrument first = CitedInstrument.parse(asked);
            alternatives.add(first);
            CitedInstrument repaired = first.repaired(citationExtractor);
            if (repaired != null) {
                alternatives.add(repaired);
            }
            if (q.followReplacements()) {
                alternatives.addAll(related(first, reader, relations));
            }
            BooleanQuery.Builder any = new BooleanQuery.Builder();
            for (CitedInstrument c : alternatives) {
                any.add(new TermQuery(new Term(IndexFields.CITED_MATCH, c.matchTerm())), Occur.SHOULD);
                searchedKeys.add(c.year() == null ? c.base() : c.base() + "@" + c.year());
            }
            cited.addAll(alternatives);
            main.add(any.build(), Occur.FILTER);
            anything = true;
        }
        if (q.type() != null && !q.type().isBlank()) {
            main.add(new TermQuery(new Term(IndexFields.DOC_TYPE, DocumentTypes.indexedForm(q.type()))), Occur.FILTER);
            anything = true;
        }
        anything |= addAllWords(main, IndexFields.ISSUER, q.issuer());
        anything |= addAllWords(main, IndexFields.ASSIGNEE, q.assignee());
        if (q.from() != null || q.to() != null) {
            main.add(LongPoint.newRangeQuery(IndexFields.ISSUED,
                    q.from() == null ? Long.MIN_VALUE : q.from().toEpochDay(),
                    q.to() == null ? Long.MAX_VALUE : q.to().toEpochDay()), Occur.FILTER);
            anything = true;
        }
        if (q.dueFrom() != null || q.dueTo() != null) {
            main.add(LongPoint.newRangeQuery(IndexFields.DEADLINE,
                    q.dueFrom() == null ? Long.MIN_VALUE : q.dueFrom().toEpochDay(),
                    q.dueTo() == null ? Long.MAX_VALUE : q.dueTo().toEpochDay()), Occur.FILTER);
            anything = true;
        }
        Query query = anything ? main.build() : new MatchAllDocsQuery();
        return new Built(query, hasHighlight ? highlight.build() : null, cited, searchedKeys);
    }

    /** Only the filters of {@code q} (no words, no ranking), for facet-only questions. */
    Query filtersOnly(SearchQuery q, IndexReader reader, InstrumentRelations relations) throws IOException {
        SearchQuery filters = new SearchQuery(null, q.cites(), q.followReplacements(), q.type(), q.issuer(), q.from(),
                q.to(), q.assignee(), q.dueFrom(), q.dueTo(), q.limit(), q.facetLimit());
        return build(filters, reader, relations).query();
    }

    private boolean addText(String text, BooleanQuery.Builder main, BooleanQuery.Builder highlight) {
        Matcher m = QUOTED.matcher(text);
        StringBuilder loose = new StringBuilder();
        int at = 0;
        boolean any = false;
        while (m.find()) {
            loose.append(text, at, m.start()).append(' ');
            at = m.end();
            any |= addPhrase(analyze(m.group(1)), main, highlight);
        }
        loose.append(text.substring(at).replace('"', ' '));
        List<Token> tokens = analyze(loose.toString());
        for (Token t : tokens) {
            Query hlFolded = new TermQuery(new Term(HIGHLIGHT_FIELD, VietnameseAnalyzer.FOLDED_MARK + t.folded));
            Query hlExact = new TermQuery(new Term(HIGHLIGHT_FIELD, t.exact));
            if (t.symbol) {
                BooleanQuery.Builder either = new BooleanQuery.Builder()
                        .add(new TermQuery(new Term(IndexFields.TEXT, t.exact)), Occur.SHOULD)
                        .add(new TermQuery(new Term(IndexFields.TEXT_FOLDED, t.folded)), Occur.SHOULD)
                        .add(new TermQuery(new Term(IndexFields.CITED_MATCH, IndexFields.matchKey(t.exact))),
                                Occur.SHOULD);
                main.add(either.build(), Occur.MUST);
                highlight.add(hlFolded, Occur.SHOULD);
            } else if (t.accented()) {
                main.add(new TermQuery(new Term(IndexFields.TEXT, t.exact)), Occur.MUST);
                highlight.add(hlExact, Occur.SHOULD);
            } else {
                main.add(new TermQuery(new Term(IndexFields.TEXT_FOLDED, t.folded)), Occur.MUST);
                highlight.add(hlFolded, Occur.SHOULD);
            }
            main.add(new BoostQuery(new TermQuery(new Term(IndexFields.TITLE, t.folded)), TITLE_BOOST), Occur.SHOULD);
            any = true;
        }
        for (int i = 0; i + 1 < tokens.size(); i++) {
            String bigram = tokens.get(i).folded + VietnameseAnalyzer.BIGRAM_SEPARATOR + tokens.get(i + 1).folded;
            // Most Vietnamese words are two syllables, so the pairs at even offsets are the likely words of the
            // query ("nghị định | dân chủ"); the pairs straddling them ("định dân") count for less.
            float boost = i % 2 == 0 ? BIGRAM_BOOST : STRADDLING_BIGRAM_BOOST;
            main.add(new BoostQuery(new TermQuery(new Term(IndexFields.TEXT_BIGRAMS, bigram)), boost), Occur.SHOULD);
        }
        if (!any) {
            main.add(new MatchNoDocsQuery("the words hold no searchable syllable"), Occur.MUST);
        }
        return any;
    }

    private static boolean addPhrase(List<Token> tokens, BooleanQuery.Builder main, BooleanQuery.Builder highlight) {
        if (tokens.isEmpty()) {
            return false;
        }
        PhraseQuery.Builder phrase = new PhraseQuery.Builder();
        PhraseQuery.Builder hl = new PhraseQuery.Builder();
        for (Token t : tokens) {
            phrase.add(new Term(IndexFields.TEXT_FOLDED, t.folded));
            hl.add(new Term(HIGHLIGHT_FIELD, VietnameseAnalyzer.FOLDED_MARK + t.folded));
            if (t.accented()) {
                // The phrase is matched folded; each syllable typed with diacritics must also occur as typed.
                main.add(new TermQuery(new Term(IndexFields.TEXT, t.exact)), Occur.MUST);
            }
        }
        main.add(phrase.build(), Occur.MUST);
        highlight.add(hl.build(), Occur.SHOULD);
        return true;
    }

    private boolean addAllWords(BooleanQuery.Builder main, String field, String words) {
        if (words == null || words.isBlank()) {
            return false;
        }
        List<String> terms = analyze(folded, field, words).stream().map(t -> t.exact).toList();
        if (terms.isEmpty()) {
            return false;
        }
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        terms.forEach(t -> all.add(new TermQuery(new Term(field, t)), Occur.MUST));
        main.add(all.build(), Occur.FILTER);
        return true;
    }

    /** The instrument's predecessors and replacements, transitively, starting from the keys in the index. */
    private static Set<CitedInstrument> related(CitedInstrument asked, IndexReader reader,
            InstrumentRelations relations) throws IOException {
        Deque<String> todo = new ArrayDeque<>();
        Set<String> seen = new LinkedHashSet<>();
        todo.add(asked.year() == null ? asked.base() : asked.base() + "@" + asked.year());
        Terms keys = MultiTerms.getTerms(reader, IndexFields.CITED_KEY);
        if (keys != null) {
            TermsEnum te = keys.iterator();
            for (BytesRef term = te.next(); term != null; term = te.next()) {
                String key = term.utf8ToString();
                CitedInstrument indexed = CitedInstrument.parse(key);
                if (asked.matches(indexed.base(), indexed.year())) {
                    todo.add(key);
                }
            }
        }
        while (!todo.isEmpty() && seen.size() < MAX_RELATED) {
            String key = todo.poll();
            if (seen.add(key)) {
                todo.addAll(relations.predecessors(key));
                todo.addAll(relations.replacements(key));
            }
        }
        Set<CitedInstrument> result = new LinkedHashSet<>();
        seen.forEach(k -> result.add(CitedInstrument.parse(k)));
        result.remove(asked);
        return result;
    }

    /** One analysed query syllable or symbol. */
    private record Token(String exact, String folded, boolean symbol) {
        boolean accented() {
            return !exact.equals(folded);
        }
    }

    private List<Token> analyze(String text) {
        return analyze(exact, IndexFields.TEXT, text);
    }

    private static List<Token> analyze(Analyzer analyzer, String field, String text) {
        List<Token> tokens = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            TypeAttribute type = ts.addAttribute(TypeAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                String t = term.toString();
                tokens.add(new Token(t, Diacritics.fold(t), VietnameseTokenizer.SYMBOL.equals(type.type())));
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // analysing a String does no I/O
        }
        return tokens;
    }
}
