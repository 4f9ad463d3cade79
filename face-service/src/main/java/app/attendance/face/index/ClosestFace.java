package app.attendance.face.index;

import java.io.IOException;
import java.util.Collection;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;

/**
 * Finds, among the faces a query matches (one subject, one model), the one closest to the
 * probe, reading only doc values: it names the face that best explains a subject match.
 */
final class ClosestFace implements CollectorManager<ClosestFace.Finder, String> {

    private final float[] probe;

    ClosestFace(float[] probe) {
        this.probe = probe;
    }

    @Override
    public Finder newCollector() {
        return new Finder();
    }

    @Override
    public String reduce(Collection<Finder> finders) {
        Finder best = null;
        for (Finder f : finders) {
            if (f.faceId != null && (best == null || f.similarity > best.similarity)) {
                best = f;
            }
        }
        return best == null ? null : best.faceId;
    }

    /** The closest face of one slice. */
    final class Finder implements Collector {

        private String faceId;
        private float similarity = Float.NEGATIVE_INFINITY;

        @Override
        public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
            BinaryDocValues vectors = context.reader().getBinaryDocValues(FaceDocuments.VECTOR);
            SortedDocValues ids = context.reader().getSortedDocValues(FaceDocuments.FACE);
            return new LeafCollector() {
                @Override
                public void setScorer(Scorable scorer) {
                }

                @Override
                public void collect(int doc) throws IOException {
                    if (vectors == null || !vectors.advanceExact(doc) || !ids.advanceExact(doc)) {
                        return;
                    }
                    float s = Centroids.dot(probe, FaceDocuments.decode(vectors.binaryValue()));
                    if (s > similarity) {
                        similarity = s;
                        faceId = ids.lookupOrd(ids.ordValue()).utf8ToString();
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
