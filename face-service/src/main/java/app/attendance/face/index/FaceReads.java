package app.attendance.face.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;

/** Reads whole face documents (ids, model, time and embedding) matching a query, oldest first. */
final class FaceReads implements CollectorManager<FaceReads.Reader, List<FaceVector>> {

    private static final FaceReads INSTANCE = new FaceReads();

    private FaceReads() {
    }

    static List<FaceVector> find(IndexSearcher searcher, Query faceQuery) throws IOException {
        return searcher.search(faceQuery, INSTANCE);
    }

    @Override
    public Reader newCollector() {
        return new Reader();
    }

    @Override
    public List<FaceVector> reduce(Collection<Reader> readers) {
        List<FaceVector> all = new ArrayList<>();
        readers.forEach(r -> all.addAll(r.faces));
        all.sort(Comparator.comparing(FaceVector::createdAt).thenComparing(FaceVector::faceId));
        return all;
    }

    /** Collects the faces of one slice. */
    static final class Reader implements Collector {

        private final List<FaceVector> faces = new ArrayList<>();

        @Override
        public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
            StoredFields stored = context.reader().storedFields();
            BinaryDocValues vectors = context.reader().getBinaryDocValues(FaceDocuments.VECTOR);
            return new LeafCollector() {
                @Override
                public void setScorer(Scorable scorer) {
                }

                @Override
                public void collect(int doc) throws IOException {
                    if (vectors != null && vectors.advanceExact(doc)) {
                        faces.add(FaceDocuments.toFace(stored.document(doc), FaceDocuments.decode(vectors
                                .binaryValue())));
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
