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
 * Scores every centroid the filter accepts against the probe (recall 1.0) and keeps the top
 * {@code k}. Used where the filtered set is small enough that this beats walking the graph.
 */
final class ExactSubjectScan implements CollectorManager<ExactSubjectScan.Scan, TopSubjects> {

    private final String field;
    private final float[] probe;
    private final int k;

    ExactSubjectScan(String field, float[] probe, int k) {
        this.field = field;
        this.probe = probe;
        this.k = k;
    }

    @Override
    public Scan newCollector() {
        return new Scan();
    }

    @Override
    public TopSubjects reduce(Collection<Scan> scans) {
        TopSubjects all = new TopSubjects(k);
        scans.forEach(scan -> all.addAll(scan.top));
        return all;
    }

    /** One collector: the best subjects of its slice. */
    final class Scan implements Collector {

        private final TopSubjects top = new TopSubjects(k);

        @Override
        public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
            FloatVectorValues vectors = context.reader().getFloatVectorValues(field);
            SortedDocValues subjects = context.reader().getSortedDocValues(FaceDocuments.SUBJECT);
            VectorScorer scorer = vectors == null ? null : vectors.scorer(probe);
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
                    if (at != doc) {
                        return;
                    }
                    float cosine = FaceDocuments.cosine(scorer.score());
                    if (top.accepts(cosine) && subjects.advanceExact(doc)) {
                        top.offer(subjects.lookupOrd(subjects.ordValue()).utf8ToString(), cosine);
                    }
                }
            };
        }

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE_NO_SCORES;
        }
    }
}
