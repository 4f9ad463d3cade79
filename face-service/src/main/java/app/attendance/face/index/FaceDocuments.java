package app.attendance.face.index;

import java.io.IOException;
import java.time.Instant;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.FloatVectorValues;
import org.apache.lucene.index.KnnVectorValues;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.util.BytesRef;

/**
 * How one enrolled face is laid out as a Lucene document. Subject and face ids are indexed
 * (for deletes and filters) and kept as doc values (for fast per-hit lookups during search);
 * the vector lives in a per-dimension HNSW field so a model of another size never collides.
 */
final class FaceDocuments {

    static final String SUBJECT = "subject";
    static final String FACE = "face";
    static final String KEY = "key";
    static final String MODEL = "model";
    static final String CREATED = "created";
    static final String DIMENSION = "dim";

    private FaceDocuments() {
    }

    static String vectorField(int dimension) {
        return "vec" + dimension;
    }

    static Term keyTerm(String subjectId, String faceId) {
        return new Term(KEY, subjectId + '\u001f' + faceId);
    }

    static Document toDocument(FaceVector face) {
        Document doc = new Document();
        doc.add(new StringField(SUBJECT, face.subjectId(), Field.Store.YES));
        doc.add(new SortedDocValuesField(SUBJECT, new BytesRef(face.subjectId())));
        doc.add(new StringField(FACE, face.faceId(), Field.Store.YES));
        doc.add(new SortedDocValuesField(FACE, new BytesRef(face.faceId())));
        doc.add(new StringField(KEY, keyTerm(face.subjectId(), face.faceId()).text(), Field.Store.NO));
        doc.add(new StringField(MODEL, face.modelId(), Field.Store.YES));
        doc.add(new StoredField(CREATED, face.createdAt().toString()));
        doc.add(new StoredField(DIMENSION, face.vector().length));
        doc.add(new KnnFloatVectorField(vectorField(face.vector().length), face.vector(),
                VectorSimilarityFunction.DOT_PRODUCT));
        return doc;
    }

    /** Reads a face back; the vector comes from the vector field, not from a stored copy. */
    static FaceVector fromDocument(LeafReader leaf, int doc) throws IOException {
        Document stored = leaf.storedFields().document(doc);
        int dimension = stored.getField(DIMENSION).numericValue().intValue();
        FloatVectorValues values = leaf.getFloatVectorValues(vectorField(dimension));
        KnnVectorValues.DocIndexIterator it = values.iterator();
        if (it.advance(doc) != doc) {
            throw new IllegalStateException("face document without a vector: " + stored.get(FACE));
        }
        return new FaceVector(stored.get(FACE), stored.get(SUBJECT), stored.get(MODEL),
                values.vectorValue(it.index()).clone(), Instant.parse(stored.get(CREATED)));
    }

    /** Lucene's DOT_PRODUCT score is (1 + cos) / 2; callers want the cosine. */
    static float cosine(float luceneScore) {
        return 2 * luceneScore - 1;
    }
}
