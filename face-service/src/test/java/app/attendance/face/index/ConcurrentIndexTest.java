package app.attendance.face.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Enrolments, searches and deletes running at once: nothing throws, searches only ever see
 * whole enrolments, and the final index (also after reopening) equals what the writers did.
 */
class ConcurrentIndexTest {

    private static final int PER_WRITER = 25;

    private final SyntheticFaces data = new SyntheticFaces(9, "m1");

    @TempDir
    Path dir;

    @Test
    void enrolSearchAndDeleteAtOnce() throws Exception {
        Map<String, List<FaceVector>> expected = new ConcurrentHashMap<>();
        List<String> enrolled = new CopyOnWriteArrayList<>();
        AtomicBoolean writing = new AtomicBoolean(true);
        AtomicInteger searches = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try (LuceneFaceIndex index = LuceneFaceIndex.open(IndexProperties.of(dir))) {
            List<Future<?>> writers = new ArrayList<>();
            for (int w = 0; w < 2; w++) {
                int base = w * PER_WRITER;
                writers.add(pool.submit(() -> {
                    for (int i = base; i < base + PER_WRITER; i++) {
                        List<FaceVector> faces = data.enrolment(i);
                        expected.put(SyntheticFaces.subject(i), new ArrayList<>(faces));
                        index.add(faces);
                        enrolled.add(SyntheticFaces.subject(i));
                    }
                    return null;
                }));
            }
            Future<?> deleter = pool.submit(() -> {
                int done = 0;
                while (writing.get() || done < enrolled.size()) {
                    if (done < enrolled.size()) {
                        String subject = enrolled.get(done++);
                        if (done % 3 == 0) {
                            assertThat(index.deleteSubject(subject)).isEqualTo(expected.remove(subject).size());
                        } else if (done % 3 == 1) {
                            FaceVector first = expected.get(subject).removeFirst();
                            assertThat(index.deleteFace(subject, first.faceId())).isTrue();
                        }
                    } else {
                        Thread.sleep(1);
                    }
                }
                return null;
            });
            Future<?> searcher = pool.submit(() -> {
                while (writing.get()) {
                    int identity = searches.incrementAndGet() % (2 * PER_WRITER);
                    for (SubjectMatch m : index.search("m1", data.probe(identity, identity), 3, null)) {
                        // one point in time: the subject's centroid and faces are there together
                        assertThat(m.faceId()).startsWith(m.subjectId() + "-f");
                    }
                    index.search("m1", data.probe(identity, 0), 2, Set.of("s1", "s2", "s26"));
                    index.stats();
                }
                return null;
            });
            for (Future<?> writer : writers) {
                writer.get();
            }
            writing.set(false);
            deleter.get();
            searcher.get();
            assertMatches(index, expected);
        } finally {
            pool.shutdownNow();
        }
        try (LuceneFaceIndex reopened = LuceneFaceIndex.open(IndexProperties.of(dir))) {
            assertMatches(reopened, expected);
        }
        assertThat(searches.get()).isPositive();
    }

    private void assertMatches(LuceneFaceIndex index, Map<String, List<FaceVector>> expected) {
        ExactFaceIndex reference = new ExactFaceIndex();
        expected.values().forEach(reference::add);
        assertThat(index.stats().faces()).isEqualTo(reference.stats().faces());
        assertThat(index.stats().subjects()).isEqualTo(expected.size());
        for (int i = 0; i < 2 * PER_WRITER; i++) {
            String subject = SyntheticFaces.subject(i);
            List<FaceVector> kept = expected.getOrDefault(subject, List.of());
            assertThat(index.faces(subject)).extracting(FaceVector::faceId)
                    .containsExactlyElementsOf(kept.stream().map(FaceVector::faceId).toList());
            float[] probe = data.probe(i, 5);
            SubjectMatch found = index.search("m1", probe, 1, null).getFirst();
            SubjectMatch reference1 = reference.search("m1", probe, 1, null).getFirst();
            assertThat(found.subjectId()).isEqualTo(reference1.subjectId());
            // the centroid was kept in step with every face added and deleted
            assertThat(found.similarity()).isCloseTo(reference1.similarity(), LuceneFaceIndexTest.within());
        }
    }
}
