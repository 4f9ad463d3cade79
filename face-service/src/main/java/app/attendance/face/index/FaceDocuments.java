package app.attendance.face.index;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.time.Instant;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.util.BytesRef;

/**
 * How the index is laid out in Lucene documents. Two kinds share the {@code subject} field:
 * <ul>
 * <li>a <b>face</b> per enrolled photo: ids, model, time, and the embedding as doc values
 *     (uncompressed random access: read back by {@link FaceIndex#faces}, for centroid updates
 *     and to name the closest face of a match);</li>
 * <li>a <b>centroid</b> per subject and model: the normalised mean of that subject's faces in
 *     an HNSW vector field. Searches walk only centroids: one node per subject, and averaging
 *     the photos measured better than the best single photo (see INDEX.md).</li>
 * </ul>
 * Face and centroid use distinct model fields so per-model face counts and filters stay exact;
 * the vector field is named per dimension so a model of another size never collides.
 */
final class FaceDocuments {

    static final String KIND = "kind";
    static final String FACE_KIND = "face";
    static final String CENTROID_KIND = "centroid";
    static final String SUBJECT = "subject";
    static final String FACE = "face";
    static final String KEY = "key";
    static final String MODEL = "model";
    static final String CENTROID_KEY = "ckey";
    static final String CENTROID_MODEL = "cmodel";
    static final String CREATED = "created";
    static final String VECTOR = "vector";
    static final String FACE_COUNT = "faces";
    /** Marks a far template's face document ({@link FarFaces}): not listed or counted as a face. */
    static final String FAR = "far";

    private FaceDocuments() {
    }

    static String centroidField(int dimension) {
        return "cvec" + dimension;
    }

    static Term faceKey(String subjectId, String faceId) {
        return new Term(KEY, subjectId + '\u001f' + faceId);
    }

    static Term centroidKey(String subjectId, String modelId) {
        return new Term(CENTROID_KEY, subjectId + '\u001f' + modelId);
    }

    static Document face(FaceVector face) {
        Document doc = new Document();
        doc.add(new StringField(KIND, FACE_KIND, Field.Store.NO));
        doc.add(new StringField(SUBJECT, face.subjectId(), Field.Store.YES));
        doc.add(new SortedDocValuesField(SUBJECT, new BytesRef(face.subjectId())));
        doc.add(new StringField(FACE, face.faceId(), Field.Store.YES));
        doc.add(new SortedDocValuesField(FACE, new BytesRef(face.faceId())));
        doc.add(new StringField(KEY, faceKey(face.subjectId(), face.faceId()).text(), Field.Store.NO));
        doc.add(new StringField(MODEL, face.modelId(), Field.Store.YES));
        doc.add(new StoredField(CREATED, face.createdAt().toString()));
        doc.add(new BinaryDocValuesField(VECTOR, encode(face.vector())));
        if (FarFaces.isFar(face.modelId())) {
            doc.add(new StringField(FAR, FAR, Field.Store.NO));
        }
        return doc;
    }

    static Document centroid(String subjectId, String modelId, float[] unitMean, int faces) {
        Document doc = new Document();
        doc.add(new StringField(KIND, CENTROID_KIND, Field.Store.NO));
        doc.add(new StringField(SUBJECT, subjectId, Field.Store.YES));
        doc.add(new SortedDocValuesField(SUBJECT, new BytesRef(subjectId)));
        doc.add(new StringField(CENTROID_KEY, centroidKey(subjectId, modelId).text(), Field.Store.NO));
        doc.add(new SortedDocValuesField(CENTROID_KEY, centroidKey(subjectId, modelId).bytes()));
        doc.add(new StringField(CENTROID_MODEL, modelId, Field.Store.NO));
        doc.add(new StoredField(FACE_COUNT, faces));
        doc.add(new KnnFloatVectorField(centroidField(unitMean.length), unitMean,
                VectorSimilarityFunction.DOT_PRODUCT));
        return doc;
    }

    static FaceVector toFace(Document stored, float[] vector) {
        return new FaceVector(stored.get(FACE), stored.get(SUBJECT), stored.get(MODEL), vector,
                Instant.parse(stored.get(CREATED)));
    }

    static BytesRef encode(float[] vector) {
        ByteBuffer buffer = ByteBuffer.allocate(vector.length * Float.BYTES).order(ByteOrder.LITTLE_ENDIAN);
        buffer.asFloatBuffer().put(vector);
        return new BytesRef(buffer.array());
    }

    static float[] decode(BytesRef bytes) {
        float[] vector = new float[bytes.length / Float.BYTES];
        ByteBuffer.wrap(bytes.bytes, bytes.offset, bytes.length).order(ByteOrder.LITTLE_ENDIAN)
                .asFloatBuffer().get(vector);
        return vector;
    }

    /** Lucene's DOT_PRODUCT score is (1 + cos) / 2; callers want the cosine. */
    static float cosine(float luceneScore) {
        return 2 * luceneScore - 1;
    }
}
