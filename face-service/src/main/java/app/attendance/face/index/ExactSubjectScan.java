package app.attendance.face.index;

import java.io.IOException;
import java.util.Collection;
import org.apache.lucene.index.FloatVectorValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.VectorScorer;

/**
 * Scores every face the filter accepts against the query (recall 1.0) and keeps each
 * subject's best face. Used where the filtered set is small enough that this beats the graph.
 */
final class ExactSubjectScan implements CollectorManager<ExactSubjectScan.Scan, BestFaces> {

    private final String field;
    private final float[] query;

    ExactSubjectScan(String field, float[] query) {
        this.field = field;
        this.query = query;
    }

    @Override
    public Scan newCollector() {
        return new Scan();
    }

    private LeafCollector leafCollector(LeafReaderContext context, BestFaces best) throws IOException {
        FloatVectorValues vectors = context.reader().getFloatVectorValues(field);
        SortedDocValues subjects = context.reader().getSortedDocValues(FaceDocuments.SUBJECT);
        SortedDocValues faces = context.reader().getSortedDocValues(FaceDocuments.FACE);
        VectorScorer scorer = vectors == null ? null : vectors.scorer(query);
        DocIdSetIterator withVector = scorer == null ? null : scorer.iterator();
        return new LeafCollector() {
            @Override
            public void setScorer(Scorable ignored) {
            }

            @Override
            public void collect(int doc) throws IOException {
                if (withVector == null) {
                    return;
                }
                int at = withVector.docID() < doc ? withVector.advance(doc) : withVector.docID();
                if (at != doc || !subjects.advanceExact(doc) || !faces.advanceExact(doc)) {
                    return;
                }
                best.offer(subjects.lookupOrd(subjects.ordValue()).utf8ToString(),
                        FaceDocuments.cosine(scorer.score()),
                        faces.lookupOrd(faces.ordValue()).utf8ToString());
            }
        };
    }

    @Override
    public BestFaces reduce(Collection<Scan> scans) {
        BestFaces all = new BestFaces();
        scans.forEach(scan -> all.addAll(scan.best));
        return all;
    }

    /** One collector: its slice's best face per subject. */
    final class Scan implements Collector {

        private final BestFaces best = new BestFaces();

        @Override
        public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
            return leafCollector(context, best);
        }

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE_NO_SCORES;
        }
    }
}
