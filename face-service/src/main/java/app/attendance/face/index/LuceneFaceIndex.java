package app.attendance.face.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;

/**
 * The face index on Lucene's HNSW vectors, a cache of PostgreSQL's {@code face.templates}.
 * Every write returns searchable: near-real-time searchers are refreshed from the writer after it,
 * without a commit. The folder is committed in batches ({@link BatchCommits}), each commit
 * recording the PostgreSQL sequence it holds ({@link #markApplied}), so after a crash a restart
 * replays the later changes from PostgreSQL. A search never sees half of an enrolment (one add,
 * faces and centroid, is one atomic Lucene update). Enrolments of one subject are serialised (its
 * centroid is read, modified and written); deletes run alone, so the counts they return are exact.
 */
final class LuceneFaceIndex implements FaceIndex, AutoCloseable {

    private final LuceneStore store;
    private final SubjectSearch subjectSearch;
    private final IndexStatistics statistics;
    private final ReadWriteLock exclusive = new ReentrantReadWriteLock();
    private final SubjectLocks subjectLocks = new SubjectLocks(64);
    private final BatchCommits commits;
    private final Compactor compactor;

    private LuceneFaceIndex(LuceneStore store, IndexProperties properties, SearchBeam beam) {
        this.store = store;
        this.commits = new BatchCommits(store.writer(), properties.commitInterval(), properties.commitChanges());
        this.compactor = new Compactor(store.writer(), properties.maxSegments(), this::segmentCount, this::refresh);
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
            store.writer().updateDocuments(enrolment.replaces(), enrolment.documents());
            publish();
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
        return deleteFaces(subjectId, Set.of(faceId)) > 0;
    }

    /**
     * Removes those faces of a subject (unknown ids are skipped) and recomputes the centroid of
     * each model they belonged to, in one refresh; returns how many were removed.
     */
    int deleteFaces(String subjectId, Set<String> faceIds) {
        exclusive.writeLock().lock();
        try {
            Map<String, List<FaceVector>> byModel = new LinkedHashMap<>();
            for (FaceVector face : withSearcher(searcher -> FaceReads.find(searcher, faces(new TermQuery(
                    new Term(FaceDocuments.SUBJECT, subjectId)))))) {
                byModel.computeIfAbsent(face.modelId(), m -> new ArrayList<>()).add(face);
            }
            int removed = 0;
            for (Map.Entry<String, List<FaceVector>> model : byModel.entrySet()) {
                BooleanQuery.Builder replaces = new BooleanQuery.Builder();
                List<float[]> rest = new ArrayList<>();
                int gone = 0;
                for (FaceVector face : model.getValue()) {
                    if (faceIds.contains(face.faceId())) {
                        replaces.add(new TermQuery(FaceDocuments.faceKey(subjectId, face.faceId())),
                                BooleanClause.Occur.SHOULD);
                        gone++;
                    } else {
                        rest.add(face.vector());
                    }
                }
                if (gone == 0) {
                    continue;
                }
                String modelId = model.getKey();
                replaces.add(new TermQuery(FaceDocuments.centroidKey(subjectId, modelId)), BooleanClause.Occur.SHOULD);
                if (rest.isEmpty()) {
                    store.writer().deleteDocuments(replaces.build());
                } else {
                    store.writer().updateDocuments(replaces.build(),
                            List.of(FaceDocuments.centroid(subjectId, modelId, Centroids.of(rest), rest.size())));
                }
                removed += gone;
            }
            if (removed > 0) {
                publish();
            }
            return removed;
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
                store.writer().deleteDocuments(deletes);
                publish();
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

    /**
     * Makes a write searchable: refreshes the searchers from the writer (a refresh started after
     * the write, so it shows it); the commit follows in a batch.
     */
    private void publish() throws IOException {
        refresh();
        commits.changed();
        if (!bulkLoading) {
            compactor.afterWrite();
        }
    }

    private void refresh() throws IOException {
        store.searchers().maybeRefreshBlocking();
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

    /**
     * What the folder says about the PostgreSQL changes it holds (empty map: none): the marker of
     * the last commit, or the one marked since for the next.
     */
    Map<String, String> cacheState() {
        return commits.marker();
    }

    /**
     * Records that every change up to {@code sequence} of store {@code storeId} is in the index
     * (all of them written before this call); the next batch commit makes it durable.
     */
    void markApplied(long sequence, String storeId) {
        commits.mark(Map.of(APPLIED_SEQUENCE, Long.toString(sequence), STORE_ID, storeId));
    }

    /** Commits now, with the last marker (the end of a build, a migration). */
    void commit() {
        commits.commit();
    }

    /** Empties the cache and commits it so, without a marker (a rebuild from PostgreSQL follows). */
    void clear() {
        exclusive.writeLock().lock();
        try {
            commits.replace(() -> store.writer().deleteAll(), Map.of());
            refresh();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            exclusive.writeLock().unlock();
        }
    }

    /** Segments of the searchable index, for diagnostics and benchmarks. */
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
        try (store; commits) {
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
