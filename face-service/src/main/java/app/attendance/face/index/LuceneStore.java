package app.attendance.face.index;

import java.io.IOException;
import java.nio.file.Files;
import org.apache.lucene.codecs.KnnVectorsFormat;
import org.apache.lucene.codecs.lucene103.Lucene103Codec;
import org.apache.lucene.codecs.lucene99.Lucene99HnswVectorsFormat;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.KeepOnlyLastCommitDeletionPolicy;
import org.apache.lucene.index.SnapshotDeletionPolicy;
import org.apache.lucene.index.TieredMergePolicy;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.FSDirectory;

/**
 * The Lucene pieces of one index folder: the directory, the single writer (which holds the
 * folder's lock), the snapshot policy used by backups and the manager of near-real-time
 * searchers, opened from the writer: a refresh shows every write (deletes included) at once,
 * committed or not.
 * Each segment has its own HNSW graph and a search walks them all, so merging keeps fewer
 * segments than Lucene's default (writes are rare here, searches constant).
 */
record LuceneStore(FSDirectory directory, IndexWriter writer, SnapshotDeletionPolicy snapshots,
        SearcherManager searchers) implements AutoCloseable {

    /** Filters differ per query (rosters), so Lucene's query cache would only cost. */
    private static final SearcherFactory UNCACHED = new SearcherFactory() {
        @Override
        public IndexSearcher newSearcher(IndexReader reader, IndexReader previous) {
            IndexSearcher searcher = new IndexSearcher(reader);
            searcher.setQueryCache(null);
            return searcher;
        }
    };

    static LuceneStore open(IndexProperties properties) throws IOException {
        Files.createDirectories(properties.dir());
        FSDirectory directory = FSDirectory.open(properties.dir());
        SnapshotDeletionPolicy snapshots = new SnapshotDeletionPolicy(new KeepOnlyLastCommitDeletionPolicy());
        IndexWriterConfig config = new IndexWriterConfig()
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                .setIndexDeletionPolicy(snapshots)
                .setRAMBufferSizeMB(properties.ramBufferMb())
                .setCommitOnClose(true)
                .setMergePolicy(new TieredMergePolicy().setSegmentsPerTier(4))
                .setCodec(codec(properties.maxConn(), properties.beamWidth()));
        IndexWriter writer;
        try {
            writer = new IndexWriter(directory, config);
        } catch (IOException | RuntimeException e) {
            directory.close();
            throw e;
        }
        try {
            writer.commit(); // a fresh folder gets its first commit, so a reopened writer finds an index
            return new LuceneStore(directory, writer, snapshots, new SearcherManager(writer, true, false, UNCACHED));
        } catch (IOException | RuntimeException e) {
            writer.rollback();
            directory.close();
            throw e;
        }
    }

    /** The default codec with our HNSW graph parameters for every vector field. */
    private static Lucene103Codec codec(int maxConn, int beamWidth) {
        KnnVectorsFormat format = new Lucene99HnswVectorsFormat(maxConn, beamWidth);
        return new Lucene103Codec() {
            @Override
            public KnnVectorsFormat getKnnVectorsFormatForField(String field) {
                return format;
            }
        };
    }

    @Override
    public void close() throws IOException {
        try (directory; writer; searchers) {
            // closes searchers, then the writer (committing what is left), then the directory
        }
    }
}
