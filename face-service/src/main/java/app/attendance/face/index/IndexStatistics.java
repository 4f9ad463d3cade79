package app.attendance.face.index;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;

/**
 * Counts of a committed reader (faces and subjects per model, distinct subjects), computed once per reader
 * and cached until the next commit reopens it. Deleted faces are not counted.
 */
final class IndexStatistics {

    private final Directory directory;
    private volatile Cached<Map<String, Long>> facesPerModel;
    private volatile Cached<Map<String, Long>> subjectsPerModel;
    private volatile Cached<Long> subjects;

    IndexStatistics(Directory directory) {
        this.directory = directory;
    }

    /** Subjects (centroids) per model id: what a search of that model ranges over. */
    Map<String, Long> subjectsPerModel(IndexReader reader) throws IOException {
        Cached<Map<String, Long>> c = subjectsPerModel;
        if (c == null || c.reader() != reader) {
            c = new Cached<>(reader, liveCounts(reader, FaceDocuments.CENTROID_MODEL));
            subjectsPerModel = c;
        }
        return c.value();
    }

    IndexStats stats(IndexReader reader) throws IOException {
        Cached<Long> s = subjects;
        if (s == null || s.reader() != reader) {
            s = new Cached<>(reader, (long) forEachLiveTerm(reader, FaceDocuments.SUBJECT, (term, live) -> {
            }).size());
            subjects = s;
        }
        Cached<Map<String, Long>> f = facesPerModel;
        if (f == null || f.reader() != reader) {
            f = new Cached<>(reader, liveCounts(reader, FaceDocuments.MODEL));
            facesPerModel = f;
        }
        long faces = f.value().entrySet().stream().filter(e -> !FarFaces.isFar(e.getKey()))
                .mapToLong(Map.Entry::getValue).sum();
        return new IndexStats(faces, s.value(), f.value(), diskBytes());
    }

    private static Map<String, Long> liveCounts(IndexReader reader, String field) throws IOException {
        Map<String, Long> counts = new HashMap<>();
        forEachLiveTerm(reader, field, (term, live) -> counts.merge(term, live, Long::sum));
        return Map.copyOf(counts);
    }

    /** Calls back for each term with live documents per segment; returns the distinct terms. */
    private static Set<String> forEachLiveTerm(IndexReader reader, String field, TermCount callback)
            throws IOException {
        Set<String> distinct = new HashSet<>();
        PostingsEnum postings = null;
        for (LeafReaderContext leaf : reader.leaves()) {
            Terms terms = leaf.reader().terms(field);
            if (terms == null) {
                continue;
            }
            Bits liveDocs = leaf.reader().getLiveDocs();
            TermsEnum termsEnum = terms.iterator();
            for (BytesRef term = termsEnum.next(); term != null; term = termsEnum.next()) {
                long live = 0;
                if (liveDocs == null) {
                    live = termsEnum.docFreq();
                } else {
                    postings = termsEnum.postings(postings, PostingsEnum.NONE);
                    for (int d = postings.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = postings.nextDoc()) {
                        live += liveDocs.get(d) ? 1 : 0;
                    }
                }
                if (live > 0) {
                    String text = term.utf8ToString();
                    distinct.add(text);
                    callback.accept(text, live);
                }
            }
        }
        return distinct;
    }

    private long diskBytes() throws IOException {
        long bytes = 0;
        for (String file : directory.listAll()) {
            try {
                bytes += directory.fileLength(file);
            } catch (NoSuchFileException | java.io.FileNotFoundException e) {
                // removed by a merge while we counted
            }
        }
        return bytes;
    }

    /** A value computed for one reader. */
    private record Cached<T>(IndexReader reader, T value) {
    }

    /** Receives a term and how many live documents hold it. */
    @FunctionalInterface
    private interface TermCount {
        void accept(String term, long liveDocs);
    }
}
