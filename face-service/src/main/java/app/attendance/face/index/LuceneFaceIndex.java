package app.attendance.face.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;

/**
 * The durable face index on Lucene's HNSW vectors. Every write returns after an
 * {@link IndexWriter#commit()} that covers it; concurrent enrolments share commits (group
 * commit). Searchers are reopened from the committed index only, so a search never sees a
 * change that a crash could still lose, nor half of an enrolment (one add, faces and centroid,
 * is one atomic Lucene update). Enrolments of one subject are serialised (its centroid is
 * read, modified and written); deletes run alone, so the counts they return are exact.
 */
final class LuceneFaceIndex implements FaceIndex, AutoCloseable {

    private final LuceneStore store;
    private final SubjectSearch subjectSearch;
    private final IndexStatistics statistics;
    private final ReadWriteLock exclusive = new ReentrantReadWriteLock();
    private final SubjectLocks subjectLocks = new SubjectLocks(64);
    private final Object commitLock = new Object();
    private long durableSeqNo;

    private final Compactor compactor;

    private LuceneFaceIndex(LuceneStore store, IndexProperties properties, SearchBeam beam) {
        this.store = store;
        this.compactor = new Compactor(store.writer(), properties.maxSegments(), this::segmentCount, this::commitAll);
        this.subjectSearch = new SubjectSearch(beam, properties.exactScanMaxSubjects());
        this.statistics = new IndexStatistics(store.directory());
    }

    /**
     * Opens (or creates) the index in {@code properties.dir()}; graph searches use a beam of at
     * least {@code properties.numCandidates()}, growing with the model's subjects.
     */
    static LuceneFaceIndex open(IndexProperties properties) throws IOException {
        return open(properties, SearchBeam.adaptive(properties.numCandidates()));
    }

    /** Opens the index with a given beam rule (benchmarks force fixed beams this way). */
    static LuceneFaceIndex open(IndexProperties properties, SearchBeam beam) throws IOException {
        return new LuceneFaceIndex(LuceneStore.open(properties), properties, beam);
    }

    @Override
    public void add(List<FaceVector> faces) {
        if (faces.isEmpty()) {
            return;
        }
        Map<List<String>, List<FaceVector>> groups = IndexUpdate.groups(faces);
        Set<String> subjects = new HashSet<>();
        groups.keySet().forEach(g -> subjects.add(g.getFirst()));
        exclusive.readLock().lock();
        try (SubjectLocks.Held held = subjectLocks.lock(subjects)) {
            IndexUpdate enrolment = withSearcher(searcher -> IndexUpdate.build(searcher, groups));
            makeDurable(store.writer().updateDocuments(enrolment.replaces(), enrolment.documents()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            exclusive.readLock().unlock();
        }
    }

    @Override
    public int deleteSubject(String subjectId) {
        Term subject = new Term(FaceDocuments.SUBJECT, subjectId);
        return (int) delete(faces(new TermQuery(subject)), new TermQuery(subject));
    }

    @Override
    public boolean deleteFace(String subjectId, String faceId) {
        Term key = FaceDocuments.faceKey(subjectId, faceId);
        exclusive.writeLock().lock();
        try {
            List<FaceVector> found = withSearcher(searcher -> FaceReads.find(searcher, new TermQuery(key)));
            if (found.isEmpty()) {
                return false;
            }
            String modelId = found.getFirst().modelId();
            List<float[]> rest = withSearcher(searcher -> FaceReads.find(searcher, IndexUpdate.facesOf(subjectId,
                    modelId)))
                    .stream().filter(f -> !f.faceId().equals(faceId)).map(FaceVector::vector).toList();
            Term centroid = FaceDocuments.centroidKey(subjectId, modelId);
            Query replaces = new BooleanQuery.Builder()
                    .add(new TermQuery(key), BooleanClause.Occur.SHOULD)
                    .add(new TermQuery(centroid), BooleanClause.Occur.SHOULD)
                    .build();
            makeDurable(rest.isEmpty()
                    ? store.writer().deleteDocuments(replaces)
                    : store.writer().updateDocuments(replaces,
                            List.of(FaceDocuments.centroid(subjectId, modelId, Centroids.of(rest), rest.size()))));
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            exclusive.writeLock().unlock();
        }
    }

    @Override
    public long deleteModel(String modelId) {
        return delete(new TermQuery(new Term(FaceDocuments.MODEL, modelId)),
                new TermQuery(new Term(FaceDocuments.MODEL, modelId)),
                new TermQuery(new Term(FaceDocuments.CENTROID_MODEL, modelId)));
    }

    /** Counts the faces {@code counted} matches, then deletes everything {@code deletes} match. */
    private long delete(Query counted, Query... deletes) {
        exclusive.writeLock().lock();
        try {
            long count = withSearcher(searcher -> (long) searcher.count(counted));
            if (count > 0) {
                makeDurable(store.writer().deleteDocuments(deletes));
            }
            return count;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            exclusive.writeLock().unlock();
        }
    }

    private static Query faces(Query query) {
        return new BooleanQuery.Builder()
                .add(query, BooleanClause.Occur.FILTER)
                .add(new TermQuery(new Term(FaceDocuments.KIND, FaceDocuments.FACE_KIND)), BooleanClause.Occur.FILTER)
                .build();
    }

    /** Commits (unless a later commit already covered the operation) and reopens searchers. */
    private void makeDurable(long seqNo) throws IOException {
        synchronized (commitLock) {
            if (seqNo > durableSeqNo) {
                durableSeqNo = store.writer().commit();
                store.searchers().maybeRefreshBlocking();
            }
        }
        if (!bulkLoading) {
            compactor.afterWrite();
        }
    }

    private volatile boolean bulkLoading;

    /**
     * While on (a build from PostgreSQL), writes do not start background merges, which would
     * merge the growing graphs again after every batch; turning it off merges once.
     */
    void bulkLoading(boolean on) {
        bulkLoading = on;
        if (!on) {
            compactor.afterWrite();
        }
    }

    /** Commits whatever the writer holds (used after a merge). */
    private void commitAll() throws IOException {
        synchronized (commitLock) {
            durableSeqNo = Math.max(durableSeqNo, store.writer().commit());
            store.searchers().maybeRefreshBlocking();
        }
    }

    @Override
    public List<FaceVector> faces(String subjectId) {
        return List.copyOf(withSearcher(searcher -> FaceReads.find(searcher, faces(new TermQuery(new Term(
                FaceDocuments.SUBJECT, subjectId))))));
    }

    @Override
    public List<SubjectSummary> subjects(String after, int limit) {
        return List.copyOf(withSearcher(searcher -> SubjectPages.page(searcher, after, limit)));
    }

    @Override
    public List<SubjectMatch> search(String modelId, float[] query, int k, Set<String> candidates) {
        if (k <= 0 || (candidates != null && candidates.isEmpty())) {
            return List.of();
        }
        return withSearcher(searcher -> subjectSearch.search(searcher,
                statistics.subjectsPerModel(searcher.getIndexReader()), modelId, query, k, candidates));
    }

    @Override
    public IndexStats stats() {
        return withSearcher(searcher -> statistics.stats(searcher.getIndexReader()));
    }

    /** Commit user data key: the last change sequence of PostgreSQL this cache has applied. */
    static final String APPLIED_SEQUENCE = "face.appliedSequence";
    /** Commit user data key: the id of the PostgreSQL store this cache was built from. */
    static final String STORE_ID = "face.storeId";

    /** What the last commit says about the PostgreSQL changes in this folder (empty map: none). */
    Map<String, String> cacheState() {
        Map<String, String> state = new java.util.HashMap<>();
        Iterable<Map.Entry<String, String>> live = store.writer().getLiveCommitData();
        if (live != null) {
            live.forEach(e -> state.put(e.getKey(), e.getValue()));
        }
        return state;
    }

    /** Records, durably, that every change up to {@code sequence} of store {@code storeId} is applied. */
    void markApplied(long sequence, String storeId) {
        synchronized (commitLock) {
            try {
                store.writer().setLiveCommitData(Map.of(APPLIED_SEQUENCE, Long.toString(sequence), STORE_ID, storeId)
                        .entrySet());
                durableSeqNo = Math.max(durableSeqNo, store.writer().commit());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** Empties the cache (a rebuild from PostgreSQL follows). */
    void clear() {
        exclusive.writeLock().lock();
        try {
            synchronized (commitLock) {
                store.writer().deleteAll();
                store.writer().setLiveCommitData(Map.<String, String>of().entrySet());
                durableSeqNo = Math.max(durableSeqNo, store.writer().commit());
                store.searchers().maybeRefreshBlocking();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            exclusive.writeLock().unlock();
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
        exclusive.writeLock().lock();
        try (store) {
            compactor.close();
        } finally {
            exclusive.writeLock().unlock();
        }
    }

    /** A read against one point-in-time searcher. */
    @FunctionalInterface
    private interface SearcherFunction<T> {
        T apply(IndexSearcher searcher) throws IOException;
    }
}
