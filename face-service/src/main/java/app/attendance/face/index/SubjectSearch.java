package app.attendance.face.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;

/**
 * One subject-level search over the centroids of one model. A short candidate list (a roster,
 * up to {@code exactScanMaxSubjects}) is scored exactly, centroid by centroid (recall 1.0,
 * faster than the graph below the measured crossover). Otherwise the HNSW graph is walked,
 * with a longer candidate list applied as a filter during the walk; a model with few subjects
 * is scanned exactly. Each match then names its closest enrolled face.
 *
 * <p>The walk's beam ({@link SearchBeam}) follows the size of the searched model's graph, also
 * when a candidate list filters it: the walk still crosses the whole model's graph (candidates
 * are reached through non-candidates), so the filter makes it harder, never easier, and Lucene
 * bounds the cost anyway (a walk that would visit more nodes than the filter accepts becomes an
 * exact scan of the accepted ones).
 */
final class SubjectSearch {

    private final SearchBeam beam;
    private final int exactScanMaxSubjects;
    private final RosterScan rosterScan = new RosterScan();

    SubjectSearch(SearchBeam beam, int exactScanMaxSubjects) {
        this.beam = beam;
        this.exactScanMaxSubjects = exactScanMaxSubjects;
    }

    List<SubjectMatch> search(IndexSearcher searcher, Map<String, Long> subjectsPerModel, String modelId,
            float[] probe, int k, Set<String> candidates) throws IOException {
        VectorChecks.requireUnit(probe);
        long modelSubjects = subjectsPerModel.getOrDefault(modelId, 0L);
        if (modelSubjects == 0) {
            return List.of();
        }
        Query model = new TermQuery(new Term(FaceDocuments.CENTROID_MODEL, modelId));
        Query filter;
        long filtered;
        if (candidates == null) {
            // Only this model in the index: the filter would accept every centroid, so skip it.
            filter = subjectsPerModel.size() == 1 ? null : model;
            filtered = modelSubjects;
        } else if (candidates.size() <= exactScanMaxSubjects) {
            return named(searcher, modelId, probe, rosterScan.search(searcher.getIndexReader(),
                    FaceDocuments.centroidField(probe.length), modelId, probe, candidates, k).bestFirst());
        } else {
            filter = new BooleanQuery.Builder()
                    .add(model, BooleanClause.Occur.FILTER)
                    .add(new TermInSetQuery(FaceDocuments.SUBJECT, bytes(candidates)), BooleanClause.Occur.FILTER)
                    .build();
            filtered = searcher.count(filter);
        }
        String field = FaceDocuments.centroidField(probe.length);
        List<TopSubjects.Scored> top = filtered <= exactScanMaxSubjects
                ? searcher.search(filter == null ? new MatchAllDocsQuery() : filter,
                        new ExactSubjectScan(field, probe, k)).bestFirst()
                : approximate(searcher, field, probe, filter, k, beam.width(modelSubjects, k));
        return named(searcher, modelId, probe, top);
    }

    /** Adds to each match the subject's enrolled face closest to the probe. */
    private static List<SubjectMatch> named(IndexSearcher searcher, String modelId, float[] probe,
            List<TopSubjects.Scored> top) throws IOException {
        List<SubjectMatch> matches = new ArrayList<>(top.size());
        for (TopSubjects.Scored s : top) {
            Query faces = new BooleanQuery.Builder()
                    .add(new TermQuery(new Term(FaceDocuments.SUBJECT, s.subjectId())), BooleanClause.Occur.FILTER)
                    .add(new TermQuery(new Term(FaceDocuments.MODEL, modelId)), BooleanClause.Occur.FILTER)
                    .build();
            matches.add(new SubjectMatch(s.subjectId(), s.cosine(), searcher.search(faces, new ClosestFace(probe))));
        }
        return List.copyOf(matches);
    }

    private static List<TopSubjects.Scored> approximate(IndexSearcher searcher, String field, float[] probe,
            Query filter, int k, int width) throws IOException {
        ScoreDoc[] hits = searcher.search(new KnnFloatVectorQuery(field, probe, width, filter), k).scoreDocs;
        // Doc values iterate forwards only, so look subject ids up in doc order.
        ScoreDoc[] byDoc = hits.clone();
        Arrays.sort(byDoc, (a, b) -> Integer.compare(a.doc, b.doc));
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        TopSubjects top = new TopSubjects(k);
        int current = -1;
        SortedDocValues subjects = null;
        for (ScoreDoc hit : byDoc) {
            int leaf = ReaderUtil.subIndex(hit.doc, leaves);
            if (leaf != current) {
                current = leaf;
                subjects = leaves.get(leaf).reader().getSortedDocValues(FaceDocuments.SUBJECT);
            }
            if (subjects.advanceExact(hit.doc - leaves.get(leaf).docBase)) {
                top.offer(subjects.lookupOrd(subjects.ordValue()).utf8ToString(), FaceDocuments.cosine(hit.score));
            }
        }
        return top.bestFirst();
    }

    private static List<BytesRef> bytes(Set<String> ids) {
        List<BytesRef> out = new ArrayList<>(ids.size());
        for (String id : ids) {
            out.add(new BytesRef(id));
        }
        return out;
    }
}
