package app.attendance.face.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.lucene.store.LockObtainFailedException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Enrolment edge cases, roster filters, the folder lock and backups. */
class LuceneFaceIndexWritesTest {

    private final SyntheticFaces faces = new SyntheticFaces(11, "m1");

    @TempDir
    Path dir;

    @Test
    void aBatchWithOneBadVectorAddsNothing() throws IOException {
        try (LuceneFaceIndex index = LuceneFaceIndex.open(IndexProperties.of(dir))) {
            List<FaceVector> batch = new ArrayList<>(faces.enrolment(1));
            FaceVector bad = batch.getLast();
            batch.set(batch.size() - 1, new FaceVector(bad.faceId(), bad.subjectId(), bad.modelId(),
                    new float[bad.vector().length], bad.createdAt()));
            assertThatThrownBy(() -> index.add(batch)).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> index.add(List.of(batch.getFirst(), batch.getFirst())))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThat(index.faces("s1")).isEmpty();
            assertThat(index.stats().faces()).isZero();
        }
    }

    @Test
    void resendingAnEnrolmentReplacesInsteadOfDuplicating() throws IOException {
        try (LuceneFaceIndex index = LuceneFaceIndex.open(IndexProperties.of(dir))) {
            index.add(faces.enrolment(1));
            index.add(faces.enrolment(1));
            index.add(faces.enrolment(2).subList(0, 2));
            index.add(faces.enrolment(2));
            assertThat(index.faces("s1")).hasSameSizeAs(faces.enrolment(1));
            assertThat(index.faces("s2")).hasSameSizeAs(faces.enrolment(2));
            assertThat(index.stats().faces()).isEqualTo(faces.enrolment(1).size() + faces.enrolment(2).size());
            float[] probe = faces.probe(2, 0);
            float expected = Centroids.dot(probe, Centroids.of(faces.enrolment(2).stream().map(FaceVector::vector)
                    .toList()));
            assertThat(index.search("m1", probe, 1, null).getFirst().similarity())
                    .isCloseTo(expected, LuceneFaceIndexTest.within());
        }
    }

    @Test
    void rosterSearchReturnsOnlyCandidatesByScanAndByGraph() throws IOException {
        Set<String> roster = new HashSet<>();
        for (int i = 0; i < 400; i += 10) {
            roster.add(SyntheticFaces.subject(i));
        }
        try (LuceneFaceIndex index = LuceneFaceIndex.open(IndexProperties.of(dir))) {
            List<FaceVector> batch = new ArrayList<>();
            for (int i = 0; i < 400; i++) {
                batch.addAll(faces.enrolment(i));
            }
            index.add(batch);
        }
        for (int exactMax : new int[] {0, 2000}) {
            try (LuceneFaceIndex index = LuceneFaceIndex.open(IndexProperties.of(dir).withSearch(100, exactMax))) {
                for (int i = 0; i < 400; i += 7) {
                    List<SubjectMatch> found = index.search("m1", faces.probe(i, 0), 5, roster);
                    assertThat(found).hasSize(5).allMatch(m -> roster.contains(m.subjectId()));
                    if (roster.contains(SyntheticFaces.subject(i))) {
                        assertThat(found.getFirst().subjectId()).isEqualTo(SyntheticFaces.subject(i));
                    }
                }
            }
        }
    }

    @Test
    void writesAreMergedDownToOneSegmentInTheBackground() throws IOException {
        try (LuceneFaceIndex index = LuceneFaceIndex.open(IndexProperties.of(dir))) {
            for (int i = 0; i < 12; i++) {
                index.add(faces.enrolment(i));
            }
        } // closing lets the last merge finish
        try (LuceneFaceIndex index = LuceneFaceIndex.open(IndexProperties.of(dir))) {
            assertThat(index.segmentCount()).isEqualTo(1);
            assertThat(index.stats().subjects()).isEqualTo(12);
            assertThat(index.search("m1", faces.probe(7, 1), 1, null).getFirst().subjectId()).isEqualTo("s7");
        }
    }

    @Test
    void oneFolderHasOneWriter() throws IOException {
        try (LuceneFaceIndex index = LuceneFaceIndex.open(IndexProperties.of(dir))) {
            assertThatThrownBy(() -> LuceneFaceIndex.open(IndexProperties.of(dir)))
                    .isInstanceOf(LockObtainFailedException.class);
        }
        LuceneFaceIndex.open(IndexProperties.of(dir)).close();
    }
}
