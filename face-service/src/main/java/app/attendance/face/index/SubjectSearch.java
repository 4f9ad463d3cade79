package app.attendance.face.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.util.BytesRef;

/**
 * One subject-level search: filters to the model (and the candidate subjects), then either
 * walks the HNSW graph with that filter applied during the walk, or, when the filtered set is
 * small, scores every face in it (exact, and faster below the measured crossover). Faces are
 * aggregated to subjects by their best face, so the similarity is a real face-to-face cosine
 * on the same scale as verification.
 */
final class SubjectSearch {

    private static final int GROWTH = 4;

    private final int numCandidates;
    private final int exactScanMaxFaces;

    SubjectSearch(int numCandidates, int exactScanMaxFaces) {
        this.numCandidates = numCandidates;
        this.exactScanMaxFaces = exactScanMaxFaces;
    }

    List<SubjectMatch> search(IndexSearcher searcher, long modelFaces, String modelId, float[] query,
                              int k, Set<String> candidates) throws IOException {
        VectorChecks.requireUnit(query);
        if (modelFaces == 0) {
            return List.of();
        }
        Query model = new TermQuery(new Term(FaceDocuments.MODEL, modelId));
        Query filter;
        long filtered;
        if (candidates == null) {
            // Only one model in the index: the filter would accept everything, so skip it.
            filter = modelFaces == searcher.getIndexReader().numDocs() ? null : model;
            filtered = modelFaces;
        } else {
            filter = new BooleanQuery.Builder()
                    .add(model, BooleanClause.Occur.FILTER)
                    .add(new TermInSetQuery(FaceDocuments.SUBJECT, bytes(candidates)), BooleanClause.Occur.FILTER)
                    .build();
            filtered = searcher.count(filter);
        }
        String field = FaceDocuments.vectorField(query.length);
        if (filtered <= exactScanMaxFaces) {
            return exact(searcher, field, query, filter == null ? new MatchAllDocsQuery() : filter, k);
        }
        return approximate(searcher, field, query, filter, filtered, k);
    }

    private List<SubjectMatch> approximate(IndexSearcher searcher, String field, float[] query, Query filter,
                                           long filtered, int k) throws IOException {
        int n = Math.max(numCandidates, k);
        while (true) {
            TopDocs top = searcher.search(new KnnFloatVectorQuery(field, query, n, filter), n);
            List<SubjectMatch> subjects = BestFaceAggregation.aggregate(searcher.getIndexReader(), top.scoreDocs, k);
            // Few subjects among many faces (subjects with many faces): widen the walk.
            if (subjects.size() >= k || top.scoreDocs.length < n || n >= filtered) {
                return subjects;
            }
            n = (int) Math.min(filtered, (long) n * GROWTH);
        }
    }

    private static List<SubjectMatch> exact(IndexSearcher searcher, String field, float[] query, Query filter,
                                            int k) throws IOException {
        return searcher.search(filter, new ExactSubjectScan(field, query)).top(k);
    }

    private static List<BytesRef> bytes(Set<String> ids) {
        List<BytesRef> out = new ArrayList<>(ids.size());
        for (String id : ids) {
            out.add(new BytesRef(id));
        }
        return out;
    }
}
