package app.attendance.face.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;

/**
 * The durable face index on Lucene's HNSW vectors. Every write returns after an
 * {@link IndexWriter#commit()} that covers it; concurrent enrolments share commits (group
 * commit). Searchers are reopened from the committed index only, so a search never sees a
 * change that a crash could still lose, nor half of an enrolment (one add is one atomic batch).
 * Deletes run alone (write lock) so the counts they return are exact.
 */
final class LuceneFaceIndex implements FaceIndex, AutoCloseable {

    private final LuceneStore store;
    private final SubjectSearch subjectSearch;
    private final IndexStatistics statistics;
    private final ReadWriteLock deleteLock = new ReentrantReadWriteLock();
    private final Object commitLock = new Object();
    private long durableSeqNo;

    private LuceneFaceIndex(LuceneStore store, IndexProperties properties) {
        this.store = store;
        this.subjectSearch = new SubjectSearch(properties.numCandidates(), properties.exactScanMaxFaces());
        this.statistics = new IndexStatistics(store.directory());
    }

    /** Opens (or creates) the index in {@code properties.dir()}. */
    static LuceneFaceIndex open(IndexProperties properties) throws IOException {
        return new LuceneFaceIndex(LuceneStore.open(properties), properties);
    }

    @Override
    public void add(List<FaceVector> faces) {
        if (faces.isEmpty()) {
            return;
        }
        List<Document> docs = new ArrayList<>(faces.size());
        List<BytesRef> keys = new ArrayList<>(faces.size());
        Set<String> seen = new HashSet<>();
        for (FaceVector face : faces) {
            VectorChecks.requireUnit(face);
            if (!seen.add(face.subjectId() + '\u001f' + face.faceId())) {
                throw new IllegalArgumentException("face id twice in one enrolment: " + face.faceId());
            }
            docs.add(FaceDocuments.toDocument(face));
            keys.add(FaceDocuments.keyTerm(face.subjectId(), face.faceId()).bytes());
        }
        deleteLock.readLock().lock();
        try {
            // Replaces faces re-sent with the same ids, so a retried enrolment is idempotent.
            makeDurable(store.writer().updateDocuments(new TermInSetQuery(FaceDocuments.KEY, keys), docs));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            deleteLock.readLock().unlock();
        }
    }

    @Override
    public int deleteSubject(String subjectId) {
        return (int) delete(new TermQuery(new Term(FaceDocuments.SUBJECT, subjectId)));
    }

    @Override
    public boolean deleteFace(String subjectId, String faceId) {
        return delete(new TermQuery(FaceDocuments.keyTerm(subjectId, faceId))) > 0;
    }

    @Override
    public long deleteModel(String modelId) {
        return delete(new TermQuery(new Term(FaceDocuments.MODEL, modelId)));
    }

    private long delete(Query query) {
        deleteLock.writeLock().lock();
        try {
            long count = withSearcher(searcher -> (long) searcher.count(query));
            if (count > 0) {
                makeDurable(store.writer().deleteDocuments(query));
            }
            return count;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            deleteLock.writeLock().unlock();
        }
    }

    /** Commits (unless a later commit already covered the operation) and reopens searchers. */
    private void makeDurable(long seqNo) throws IOException {
        synchronized (commitLock) {
            if (seqNo <= durableSeqNo) {
                return;
            }
            durableSeqNo = store.writer().commit();
            store.searchers().maybeRefreshBlocking();
        }
    }

    @Override
    public List<FaceVector> faces(String subjectId) {
        return withSearcher(searcher -> {
            Query query = new TermQuery(new Term(FaceDocuments.SUBJECT, subjectId));
            int count = searcher.count(query);
            if (count == 0) {
                return List.of();
            }
            List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
            List<FaceVector> faces = new ArrayList<>(count);
            for (ScoreDoc hit : searcher.search(query, count).scoreDocs) {
                LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(hit.doc, leaves));
                faces.add(FaceDocuments.fromDocument(leaf.reader(), hit.doc - leaf.docBase));
            }
            faces.sort(Comparator.comparing(FaceVector::createdAt).thenComparing(FaceVector::faceId));
            return List.copyOf(faces);
        });
    }

    @Override
    public List<SubjectMatch> search(String modelId, float[] query, int k, Set<String> candidates) {
        if (k <= 0 || (candidates != null && candidates.isEmpty())) {
            return List.of();
        }
        return withSearcher(searcher -> subjectSearch.search(searcher,
                statistics.facesOfModel(searcher.getIndexReader(), modelId), modelId, query, k, candidates));
    }

    @Override
    public IndexStats stats() {
        return withSearcher(searcher -> statistics.stats(searcher.getIndexReader()));
    }

    /** Copies the last commit to a new timestamped folder under {@code root} while serving. */
    IndexBackups.Backup backup(Path root) {
        try {
            return IndexBackups.copyLastCommit(store, root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reader of the current committed state, for diagnostics and benchmarks. */
    int segmentCount() {
        return withSearcher(searcher -> searcher.getIndexReader().leaves().size());
    }

    private <T> T withSearcher(SearcherFunction<T> function) {
        try {
            SearcherManager manager = store.searchers();
            IndexSearcher searcher = manager.acquire();
            try {
                return function.apply(searcher);
            } finally {
                manager.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws IOException {
        deleteLock.writeLock().lock();
        try {
            store.close();
        } finally {
            deleteLock.writeLock().unlock();
        }
    }

    /** A read against one point-in-time searcher. */
    @FunctionalInterface
    private interface SearcherFunction<T> {
        T apply(IndexSearcher searcher) throws IOException;
    }
}
