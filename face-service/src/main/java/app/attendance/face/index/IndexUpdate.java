package app.attendance.face.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;

/**
 * One {@link FaceIndex#add} as a single atomic Lucene update: the new face documents plus a
 * recomputed centroid per (subject, model), replacing faces re-sent with the same ids (so a
 * retried enrolment is idempotent) and the centroids they supersede.
 */
record IndexUpdate(Query replaces, List<Document> documents) {

    /** Validates the batch; the subjects it touches must be locked before {@link #build}. */
    static Map<List<String>, List<FaceVector>> groups(List<FaceVector> faces) {
        Map<List<String>, List<FaceVector>> groups = new LinkedHashMap<>();
        Set<String> keys = new HashSet<>();
        for (FaceVector face : faces) {
            VectorChecks.requireUnit(face);
            if (!keys.add(FaceDocuments.faceKey(face.subjectId(), face.faceId()).text())) {
                throw new IllegalArgumentException("face id twice in one enrolment: " + face.faceId());
            }
            groups.computeIfAbsent(List.of(face.subjectId(), face.modelId()), g -> new ArrayList<>()).add(face);
        }
        return groups;
    }

    static IndexUpdate build(IndexSearcher committed, Map<List<String>, List<FaceVector>> groups) throws IOException {
        List<BytesRef> faceKeys = new ArrayList<>();
        List<BytesRef> centroidKeys = new ArrayList<>();
        List<Document> documents = new ArrayList<>();
        for (Map.Entry<List<String>, List<FaceVector>> group : groups.entrySet()) {
            String subjectId = group.getKey().get(0);
            String modelId = group.getKey().get(1);
            Set<String> resent = new HashSet<>();
            List<float[]> vectors = new ArrayList<>();
            for (FaceVector face : group.getValue()) {
                resent.add(face.faceId());
                faceKeys.add(FaceDocuments.faceKey(subjectId, face.faceId()).bytes());
                documents.add(FaceDocuments.face(face));
                vectors.add(face.vector());
            }
            for (FaceVector kept : FaceReads.find(committed, facesOf(subjectId, modelId))) {
                if (!resent.contains(kept.faceId())) {
                    vectors.add(kept.vector());
                }
            }
            centroidKeys.add(FaceDocuments.centroidKey(subjectId, modelId).bytes());
            documents.add(FaceDocuments.centroid(subjectId, modelId, Centroids.of(vectors), vectors.size()));
        }
        Query replaces = new BooleanQuery.Builder()
                .add(new TermInSetQuery(FaceDocuments.KEY, faceKeys), BooleanClause.Occur.SHOULD)
                .add(new TermInSetQuery(FaceDocuments.CENTROID_KEY, centroidKeys), BooleanClause.Occur.SHOULD)
                .build();
        return new IndexUpdate(replaces, documents);
    }

    static Query facesOf(String subjectId, String modelId) {
        return new BooleanQuery.Builder()
                .add(new TermQuery(new Term(FaceDocuments.SUBJECT, subjectId)), BooleanClause.Occur.FILTER)
                .add(new TermQuery(new Term(FaceDocuments.MODEL, modelId)), BooleanClause.Occur.FILTER)
                .build();
    }
}
