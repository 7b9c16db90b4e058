package org.vanban.search;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.StringDocValuesReaderState;
import org.apache.lucene.facet.StringValueFacetCounts;
import org.apache.lucene.index.IndexNotFoundException;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.vanban.AnalyzedDocument;
import org.vanban.DocumentJson;
import org.vanban.cite.Citation;
import org.vanban.cite.RuleCitationExtractor;
import org.vanban.index.DocumentIndex;
import org.vanban.index.IndexFields;
import org.vanban.normalize.TextNormalizer;
import org.vanban.normalize.VietnameseNormalizer;

/**
 * Searches an index built by {@link DocumentIndex}: ranked hits with snippets and facets, the most cited
 * instruments, and documents citing instruments no longer in force.
 *
 * <p>Thread-safe: share one searcher among threads. Each call sees the index as of its latest commit (or, for a
 * searcher made with {@link #of(DocumentIndex)}, as of the latest {@link DocumentIndex#refresh()}), so a
 * searcher stays usable while another process is indexing.
 */
public final class DocumentSearcher implements Closeable {

    private static final Map<String, String> FACET_FIELDS = Map.of(
            "cited", IndexFields.FACET_CITED,
            "type", IndexFields.FACET_TYPE,
            "year", IndexFields.FACET_YEAR,
            "issuer", IndexFields.FACET_ISSUER);
    private static final int SNIPPETS_PER_HIT = 2;

    private final SearcherManager manager;
    private final Directory ownedDirectory;
    private final QueryBuilder queries;
    private final Snippets snippets;
    private final InstrumentRelations relations;
    /** Facet reader states, built once per reader generation (building one walks every value). */
    private final Map<Object, Map<String, StringDocValuesReaderState>> facetStates = new ConcurrentHashMap<>();

    private DocumentSearcher(SearcherManager manager, Directory ownedDirectory, TextNormalizer normalizer,
            InstrumentRelations relations) {
        this.manager = manager;
        this.ownedDirectory = ownedDirectory;
        // Symbols asked for are repaired as the default extractor repairs them in documents.
        this.queries = new QueryBuilder(normalizer, new RuleCitationExtractor());
        this.snippets = new Snippets(normalizer);
        this.relations = Objects.requireNonNull(relations, "relations");
    }

    /** Opens the index in {@code dir} for reading, with the default normaliser and no registry. */
    public static DocumentSearcher open(Path dir) throws IOException {
        return open(dir, new VietnameseNormalizer(), InstrumentRelations.NONE);
    }

    /**
     * @param normalizer the normaliser the index was built with
     * @param relations  the registry, for {@link SearchQuery#followReplacements()}
     */
    public static DocumentSearcher open(Path dir, TextNormalizer normalizer, InstrumentRelations relations)
            throws IOException {
        if (!Files.isDirectory(dir)) {
            throw new IOException(dir + ": no index here (not a folder)");
        }
        Directory directory = FSDirectory.open(dir);
        try {
            return new DocumentSearcher(new SearcherManager(directory, null), directory, normalizer, relations);
        } catch (IndexNotFoundException e) {
            directory.close();
            throw new IOException(dir + ": no index here (run vanban index first)", e);
        } catch (IOException | RuntimeException e) {
            directory.close();
            throw e;
        }
    }

    /** A near-real-time searcher over an index this process is writing. Closing it leaves the index open. */
    public static DocumentSearcher of(DocumentIndex index) {
        return of(index, InstrumentRelations.NONE);
    }

    public static DocumentSearcher of(DocumentIndex index, InstrumentRelations relations) {
        return new DocumentSearcher(index.searcherManager(), null, index.normalizer(), relations);
    }

    /** Runs a query: the best hits with snippets, and facet counts over every match. */
    public SearchResults search(SearchQuery q) throws IOException {
        manager.maybeRefresh();
        IndexSearcher searcher = manager.acquire();
        try {
            QueryBuilder.Built built = queries.build(q, searcher.getIndexReader(), relations);
            int n = Math.max(q.limit(), 0);
            FacetsCollectorManager.FacetsResult result;
            if (q.hasText()) {
                result = FacetsCollectorManager.search(searcher, built.query(), Math.max(n, 1),
                        new FacetsCollectorManager());
            } else {
                Sort newestFirst = new Sort(new SortField(IndexFields.ISSUED, SortField.Type.LONG, true),
                        SortField.FIELD_DOC);
                result = FacetsCollectorManager.search(searcher, built.query(), Math.max(n, 1), newestFirst,
                        new FacetsCollectorManager());
            }
            TopDocs top = result.topDocs();
            List<SearchHit> hits = new ArrayList<>();
            for (int i = 0; i < Math.min(n, top.scoreDocs.length); i++) {
                hits.add(hit(searcher, top.scoreDocs[i], built));
            }
            Map<String, List<FacetCount>> facets = q.facetLimit() == 0 ? Map.of()
                    : facets(searcher.getIndexReader(), result.facetsCollector(), q.facetLimit());
            return new SearchResults(top.totalHits.value, hits, facets, built.searchedKeys());
        } finally {
            manager.release(searcher);
        }
    }

    /**
     * The instruments cited by the most documents among those matching {@code filters} (its words are ignored),
     * with the number of citing documents.
     */
    public List<FacetCount> topCited(SearchQuery filters, int limit) throws IOException {
        manager.maybeRefresh();
        IndexSearcher searcher = manager.acquire();
        try {
            Query query = queries.filtersOnly(filters, searcher.getIndexReader(), relations);
            FacetsCollector fc = searcher.search(query, new FacetsCollectorManager());
            return counts(searcher.getIndexReader(), fc, IndexFields.FACET_CITED, limit);
        } finally {
            manager.release(searcher);
        }
    }

    /**
     * Documents (among those matching {@code filters}) that cite instruments no longer in force on {@code asOf},
     * as the registry {@code registry} tells, newest first.
     */
    public List<StaleDocument> stale(LocalDate asOf, InstrumentRelations registry, SearchQuery filters, int limit)
            throws IOException {
        Objects.requireNonNull(asOf, "asOf");
        manager.maybeRefresh();
        IndexSearcher searcher = manager.acquire();
        try {
            IndexReader reader = searcher.getIndexReader();
            Map<String, Supersession> staleKeys = new LinkedHashMap<>();
            Terms keys = MultiTerms.getTerms(reader, IndexFields.CITED_KEY);
            if (keys != null) {
                TermsEnum te = keys.iterator();
                for (BytesRef term = te.next(); term != null; term = te.next()) {
                    String key = term.utf8ToString();
                    registry.supersession(key, asOf).ifPresent(s -> staleKeys.put(key, s));
                }
            }
            if (staleKeys.isEmpty()) {
                return List.of();
            }
            List<BytesRef> terms = staleKeys.keySet().stream().map(BytesRef::new).toList();
            Query query = new BooleanQuery.Builder()
                    .add(queries.filtersOnly(filters, reader, relations), Occur.FILTER)
                    .add(new TermInSetQuery(IndexFields.CITED_KEY, terms), Occur.FILTER)
                    .build();
            Sort newestFirst = new Sort(new SortField(IndexFields.ISSUED, SortField.Type.LONG, true),
                    SortField.FIELD_DOC);
            TopDocs top = searcher.search(query, Math.max(limit, 1), newestFirst);
            List<StaleDocument> result = new ArrayList<>();
            for (int i = 0; i < Math.min(limit, top.scoreDocs.length); i++) {
                AnalyzedDocument doc = load(searcher, top.scoreDocs[i].doc, false);
                Set<String> seen = new LinkedHashSet<>();
                List<StaleCitation> citations = new ArrayList<>();
                for (Citation c : doc.citations()) {
                    String key = c.key() != null ? c.key() : c.canonical();
                    Supersession s = key == null ? null : staleKeys.get(key);
                    if (s != null && seen.add(key)) {
                        boolean after = s.since() != null && doc.issuedDate() != null
                                && doc.issuedDate().isAfter(s.since());
                        citations.add(new StaleCitation(s, after));
                    }
                }
                result.add(new StaleDocument(doc.source(), doc.issuedDate(), doc.title(), citations));
            }
            return result;
        } finally {
            manager.release(searcher);
        }
    }

    /** The number of documents in the index. */
    public int count() throws IOException {
        manager.maybeRefresh();
        IndexSearcher searcher = manager.acquire();
        try {
            return searcher.getIndexReader().numDocs();
        } finally {
            manager.release(searcher);
        }
    }

    /** The indexed analysis of the document with this source, or null. */
    public AnalyzedDocument get(String source) throws IOException {
        manager.maybeRefresh();
        IndexSearcher searcher = manager.acquire();
        try {
            TopDocs top = searcher.search(new TermQuery(
                    new Term(IndexFields.SOURCE, source)), 1);
            return top.scoreDocs.length == 0 ? null : load(searcher, top.scoreDocs[0].doc, true);
        } finally {
            manager.release(searcher);
        }
    }

    private SearchHit hit(IndexSearcher searcher, ScoreDoc sd, QueryBuilder.Built built) throws IOException {
        AnalyzedDocument doc = load(searcher, sd.doc, true);
        List<Snippet> shown = snippets.forWords(built.highlight(), doc.text(), SNIPPETS_PER_HIT);
        if (shown.isEmpty() && !built.cited().isEmpty()) {
            shown = Snippets.forCitations(doc, built.cited(), SNIPPETS_PER_HIT);
        }
        List<String> matched = new ArrayList<>();
        if (!built.cited().isEmpty()) {
            Set<String> keys = new LinkedHashSet<>();
            for (Citation c : doc.citations()) {
                if (Snippets.matchesAny(c, built.cited())) {
                    keys.add(c.key() != null ? c.key() : c.canonical());
                }
            }
            matched.addAll(keys);
        }
        float score = Float.isNaN(sd.score) ? 0f : sd.score;
        return new SearchHit(doc.source(), score, doc, shown, matched);
    }

    private static AnalyzedDocument load(IndexSearcher searcher, int docId, boolean withText) throws IOException {
        Document stored = withText
                ? searcher.storedFields().document(docId, Set.of(IndexFields.JSON, IndexFields.TEXT))
                : searcher.storedFields().document(docId, Set.of(IndexFields.JSON));
        AnalyzedDocument doc = DocumentJson.fromJson(stored.get(IndexFields.JSON));
        String text = withText ? stored.get(IndexFields.TEXT) : null;
        return new AnalyzedDocument(doc.source(), doc.docType(), doc.number(), doc.issuedDate(), doc.place(),
                doc.title(), doc.issuer(), doc.signer(), doc.recipients(), doc.sections(), doc.citations(),
                doc.deadlines(), doc.assignments(), doc.entities(), text);
    }

    private Map<String, List<FacetCount>> facets(IndexReader reader, FacetsCollector fc, int limit)
            throws IOException {
        Map<String, List<FacetCount>> facets = new LinkedHashMap<>();
        for (String dim : SearchResults.FACETS) {
            facets.put(dim, counts(reader, fc, FACET_FIELDS.get(dim), limit));
        }
        return facets;
    }

    private List<FacetCount> counts(IndexReader reader, FacetsCollector fc, String field, int limit)
            throws IOException {
        if (limit <= 0 || MultiTerms.getTerms(reader, field) == null && !hasDocValues(reader, field)) {
            return List.of();
        }
        FacetResult result = new StringValueFacetCounts(facetState(reader, field), fc).getTopChildren(limit, field);
        List<FacetCount> counts = new ArrayList<>();
        if (result != null) {
            for (LabelAndValue lv : result.labelValues) {
                counts.add(new FacetCount(lv.label, lv.value.intValue()));
            }
        }
        return counts;
    }

    private static boolean hasDocValues(IndexReader reader, String field) {
        return reader.leaves().stream().anyMatch(l -> l.reader().getFieldInfos().fieldInfo(field) != null);
    }

    private StringDocValuesReaderState facetState(IndexReader reader, String field) throws IOException {
        IndexReader.CacheHelper helper = reader.getReaderCacheHelper();
        if (helper == null) {
            return new StringDocValuesReaderState(reader, field);
        }
        Map<String, StringDocValuesReaderState> states = facetStates.computeIfAbsent(helper.getKey(), key -> {
            helper.addClosedListener(facetStates::remove);
            return new ConcurrentHashMap<>();
        });
        StringDocValuesReaderState state = states.get(field);
        if (state == null) {
            state = new StringDocValuesReaderState(reader, field);
            states.put(field, state);
        }
        return state;
    }

    @Override
    public void close() throws IOException {
        if (ownedDirectory != null) {
            try {
                manager.close();
            } finally {
                ownedDirectory.close();
            }
        }
    }
}
