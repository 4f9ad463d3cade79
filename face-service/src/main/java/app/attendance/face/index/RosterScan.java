package app.attendance.face.index;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.index.FloatVectorValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.KnnVectorValues;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.Bits;

/**
 * Exact search of a short candidate list (a class roster): each candidate's centroid is found
 * through a per-segment table (centroid key → document and vector ordinal), so a roster of 40
 * costs 40 lookups and 40 dot products per segment instead of a term query and a filter.
 * Segments are immutable, so each table is built once, on first use, and dropped with its segment.
 */
final class RosterScan {

    private final Map<TableKey, Map<String, Long>> tables = new ConcurrentHashMap<>();

    TopSubjects search(IndexReader reader, String field, String modelId, float[] probe, Set<String> candidates,
            int k) throws IOException {
        TopSubjects top = new TopSubjects(k);
        for (LeafReaderContext leaf : reader.leaves()) {
            FloatVectorValues vectors = leaf.reader().getFloatVectorValues(field);
            if (vectors == null) {
                continue;
            }
            Map<String, Long> table = table(leaf.reader(), field);
            Bits live = leaf.reader().getLiveDocs();
            for (String subjectId : candidates) {
                Long docAndOrd = table.get(FaceDocuments.centroidKey(subjectId, modelId).text());
                if (docAndOrd == null || (live != null && !live.get((int) (docAndOrd >>> 32)))) {
                    continue;
                }
                top.offer(subjectId, Centroids.dot(probe, vectors.vectorValue((int) (long) docAndOrd)));
            }
        }
        return top;
    }

    private Map<String, Long> table(LeafReader reader, String field) throws IOException {
        IndexReader.CacheHelper helper = reader.getCoreCacheHelper();
        if (helper == null) {
            return build(reader, field);
        }
        TableKey key = new TableKey(helper.getKey(), field);
        Map<String, Long> table = tables.get(key);
        if (table == null) {
            table = build(reader, field);
            if (tables.putIfAbsent(key, table) == null) {
                helper.addClosedListener(closed -> tables.keySet().removeIf(k -> k.core() == closed));
            }
        }
        return table;
    }

    private static Map<String, Long> build(LeafReader reader, String field) throws IOException {
        Map<String, Long> table = new HashMap<>();
        SortedDocValues keys = reader.getSortedDocValues(FaceDocuments.CENTROID_KEY);
        KnnVectorValues.DocIndexIterator it = reader.getFloatVectorValues(field).iterator();
        for (int doc = it.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = it.nextDoc()) {
            if (keys != null && keys.advanceExact(doc)) {
                table.put(keys.lookupOrd(keys.ordValue()).utf8ToString(), ((long) doc << 32) | it.index());
            }
        }
        return Map.copyOf(table);
    }

    /** A segment's core (shared by its reopened readers) and a vector field. */
    private record TableKey(IndexReader.CacheKey core, String field) {
    }
}
