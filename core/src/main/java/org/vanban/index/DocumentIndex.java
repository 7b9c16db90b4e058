package org.vanban.index;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.util.Bits;
import org.vanban.AnalyzedDocument;
import org.vanban.normalize.TextNormalizer;
import org.vanban.normalize.VietnameseNormalizer;

/**
 * A Lucene index of analysed documents in a folder, open for writing; one document per source.
 *
 * <p>Thread-safe: many threads may {@link #put} and {@link #delete} at once while others search through
 * {@link #searcherManager()} (near-real-time: changes are visible after {@link SearcherManager#maybeRefresh()},
 * before they are committed). Only one {@code DocumentIndex} may be open on a folder at a time, across
 * processes; readers in other processes ({@code DocumentSearcher.open}) see what was last {@link #commit()}ed.
 * Lucene commits are atomic: a process killed at any moment leaves the index as of its last commit.
 */
public final class DocumentIndex implements Closeable {

    private final Path dir;
    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searcherManager;
    private final TextNormalizer normalizer;

    private DocumentIndex(Path dir, Directory directory, IndexWriter writer, TextNormalizer normalizer)
            throws IOException {
        this.dir = dir;
        this.directory = directory;
        this.writer = writer;
        this.normalizer = normalizer;
        this.searcherManager = new SearcherManager(writer, null);
    }

    /** Opens the index in {@code dir}, creating it (and the folder) when absent; the default normaliser. */
    public static DocumentIndex open(Path dir) throws IOException {
        return open(dir, new VietnameseNormalizer(), 64);
    }

    /**
     * @param normalizer normalises text and queries; searches must use the same one
     * @param ramBufferMb memory for buffering added documents before they are flushed to a segment
     */
    public static DocumentIndex open(Path dir, TextNormalizer normalizer, int ramBufferMb) throws IOException {
        Objects.requireNonNull(normalizer, "normalizer");
        Files.createDirectories(dir);
        Directory directory = FSDirectory.open(dir);
        try {
            checkSchema(dir, directory);
            IndexWriterConfig config = new IndexWriterConfig(IndexFields.writerAnalyzer(normalizer))
                    .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                    .setRAMBufferSizeMB(ramBufferMb)
                    .setCommitOnClose(true);
            IndexWriter writer = new IndexWriter(directory, config);
            writer.setLiveCommitData(Map.of(IndexFields.SCHEMA_KEY, IndexFields.SCHEMA_VERSION).entrySet());
            if (!DirectoryReader.indexExists(directory)) {
                writer.commit(); // an empty first commit, so that readers can open the folder at once
            }
            return new DocumentIndex(dir, directory, writer, normalizer);
        } catch (LockObtainFailedException e) {
            directory.close();
            throw new IOException(dir + ": another process is writing to this index", e);
        } catch (IOException | RuntimeException e) {
            directory.close();
            throw e;
        }
    }

    private static void checkSchema(Path dir, Directory directory) throws IOException {
        if (!DirectoryReader.indexExists(directory)) {
            return;
        }
        try (DirectoryReader reader = DirectoryReader.open(directory)) {
            String version = reader.getIndexCommit().getUserData().get(IndexFields.SCHEMA_KEY);
            if (version != null && !version.equals(IndexFields.SCHEMA_VERSION)) {
                throw new IOException(dir + ": index schema " + version + ", this vanban writes schema "
                        + IndexFields.SCHEMA_VERSION + "; index into a new folder");
            }
            if (version == null && reader.numDocs() > 0) {
                throw new IOException(dir + ": not a vanban index");
            }
        }
    }

    /**
     * Adds the document, replacing any with the same {@code source}.
     *
     * @param contentHash what {@link #indexedHashes()} reports for it, to skip it when unchanged
     */
    public void put(AnalyzedDocument doc, String contentHash) throws IOException {
        Objects.requireNonNull(doc.source(), "document source");
        writer.updateDocument(new Term(IndexFields.SOURCE, doc.source()),
                LuceneDocuments.toLucene(doc, contentHash, normalizer));
    }

    /** Removes the document with this source, if any. */
    public void delete(String source) throws IOException {
        writer.deleteDocuments(new Term(IndexFields.SOURCE, source));
    }

    /** Makes every change so far durable and visible to other processes. */
    public void commit() throws IOException {
        writer.commit();
    }

    /** Makes changes so far visible to {@link #searcherManager()} searchers. */
    public void refresh() throws IOException {
        searcherManager.maybeRefreshBlocking();
    }

    /** Source → content hash of every document in the index, including uncommitted changes. */
    public Map<String, String> indexedHashes() throws IOException {
        refresh();
        IndexSearcher searcher = searcherManager.acquire();
        try {
            Map<String, String> hashes = new HashMap<>();
            for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
                SortedDocValues sources = leaf.reader().getSortedDocValues(IndexFields.SOURCE);
                BinaryDocValues hashValues = leaf.reader().getBinaryDocValues(IndexFields.HASH);
                if (sources == null) {
                    continue;
                }
                Bits live = leaf.reader().getLiveDocs();
                for (int doc = sources.nextDoc(); doc != SortedDocValues.NO_MORE_DOCS; doc = sources.nextDoc()) {
                    if (live != null && !live.get(doc)) {
                        continue;
                    }
                    String source = sources.lookupOrd(sources.ordValue()).utf8ToString();
                    String hash = hashValues != null && hashValues.advanceExact(doc)
                            ? hashValues.binaryValue().utf8ToString() : "";
                    hashes.put(source, hash);
                }
            }
            return hashes;
        } finally {
            searcherManager.release(searcher);
        }
    }

    /** Near-real-time searchers over this index, for {@code DocumentSearcher.of}. */
    public SearcherManager searcherManager() {
        return searcherManager;
    }

    /** The normaliser documents were analysed with; queries must use the same. */
    public TextNormalizer normalizer() {
        return normalizer;
    }

    public Path directory() {
        return dir;
    }

    /** Commits and closes. */
    @Override
    public void close() throws IOException {
        try {
            searcherManager.close();
            writer.close();
        } finally {
            directory.close();
        }
    }
}
