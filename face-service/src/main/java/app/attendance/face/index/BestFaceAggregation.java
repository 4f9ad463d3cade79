package app.attendance.face.index;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.ScoreDoc;

/** Turns face hits of a graph search into subject matches (a subject scores as its best face). */
final class BestFaceAggregation {

    private BestFaceAggregation() {
    }

    static List<SubjectMatch> aggregate(IndexReader reader, ScoreDoc[] hits, int k) throws IOException {
        // Doc values iterate forwards only, so look ids up in doc order.
        ScoreDoc[] byDoc = hits.clone();
        Arrays.sort(byDoc, (a, b) -> Integer.compare(a.doc, b.doc));
        List<LeafReaderContext> leaves = reader.leaves();
        BestFaces best = new BestFaces();
        int leafIndex = -1;
        LeafReaderContext leaf = null;
        SortedDocValues subjects = null;
        SortedDocValues faces = null;
        for (ScoreDoc hit : byDoc) {
            int index = ReaderUtil.subIndex(hit.doc, leaves);
            if (index != leafIndex) {
                leafIndex = index;
                leaf = leaves.get(index);
                subjects = leaf.reader().getSortedDocValues(FaceDocuments.SUBJECT);
                faces = leaf.reader().getSortedDocValues(FaceDocuments.FACE);
            }
            int doc = hit.doc - leaf.docBase;
            if (subjects.advanceExact(doc) && faces.advanceExact(doc)) {
                best.offer(subjects.lookupOrd(subjects.ordValue()).utf8ToString(),
                        FaceDocuments.cosine(hit.score),
                        faces.lookupOrd(faces.ordValue()).utf8ToString());
            }
        }
        return best.top(k);
    }
}
