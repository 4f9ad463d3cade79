package app.attendance.face.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Behaviour of the durable index on a real folder: writes, deletes, models, persistence. */
class LuceneFaceIndexTest {

    private final SyntheticFaces faces = new SyntheticFaces(7, "m1");

    @TempDir
    Path dir;

    @Test
    void findsEnrolledSubjectWithCentroidCosineAndClosestFace() throws IOException {
        try (LuceneFaceIndex index = LuceneFaceIndex.open(IndexProperties.of(dir))) {
            ExactFaceIndex reference = new ExactFaceIndex();
            for (int i = 0; i < 30; i++) {
                index.add(faces.enrolment(i));
                reference.add(faces.enrolment(i));
            }
            float[] probe = faces.probe(12, 1);
            List<SubjectMatch> found = index.search("m1", probe, 2, null);
            List<SubjectMatch> expected = reference.search("m1", probe, 2, null);
            assertThat(found).extracting(SubjectMatch::subjectId).containsExactly("s12", expected.get(1).subjectId());
            assertThat(found.getFirst().faceId()).isEqualTo(expected.getFirst().faceId());
            assertThat(found.getFirst().similarity()).isCloseTo(expected.getFirst().similarity(), within());
            assertThat(found.get(0).similarity()).isGreaterThan(found.get(1).similarity());
        }
    }

    @Test
    void keepsEveryFaceAcrossCloseAndReopen() throws IOException {
        List<FaceVector> enrolled = new ArrayList<>();
        try (LuceneFaceIndex index = LuceneFaceIndex.open(IndexProperties.of(dir))) {
            for (int i = 0; i < 5; i++) {
                index.add(faces.enrolment(i));
                enrolled.addAll(faces.enrolment(i));
            }
        }
        try (LuceneFaceIndex index = LuceneFaceIndex.open(IndexProperties.of(dir))) {
            List<FaceVector> back = index.faces("s3");
            List<FaceVector> sent = faces.enrolment(3);
            assertThat(back).extracting(FaceVector::faceId).containsExactlyElementsOf(sent.stream().map(
                    FaceVector::faceId).toList());
            for (int f = 0; f < sent.size(); f++) {
                assertThat(back.get(f).vector()).containsExactly(sent.get(f).vector());
                assertThat(back.get(f).createdAt()).isEqualTo(sent.get(f).createdAt());
                assertThat(back.get(f).modelId()).isEqualTo("m1");
            }
            assertThat(index.stats().faces()).isEqualTo(enrolled.size());
            assertThat(index.stats().subjects()).isEqualTo(5);
            assertThat(index.search("m1", faces.probe(4, 9), 1, null).getFirst().subjectId()).isEqualTo("s4");
        }
    }

    @Test
    void deletingASubjectRemovesEveryVector() throws IOException {
        try (LuceneFaceIndex index = LuceneFaceIndex.open(IndexProperties.of(dir))) {
            for (int i = 0; i < 10; i++) {
                index.add(faces.enrolment(i));
            }
            int count = faces.enrolment(6).size();
            long before = index.stats().faces();
            assertThat(index.deleteSubject("s6")).isEqualTo(count);
            assertThat(index.deleteSubject("s6")).isZero();
            assertThat(index.faces("s6")).isEmpty();
            assertThat(index.stats().faces()).isEqualTo(before - count);
            assertThat(index.stats().subjects()).isEqualTo(9);
            for (long sample = 0; sample < 5; sample++) {
                assertThat(index.search("m1", faces.probe(6, sample), 20, null))
                        .extracting(SubjectMatch::subjectId).doesNotContain("s6").hasSize(9);
                assertThat(index.search("m1", faces.probe(6, sample), 5, Set.of("s6"))).isEmpty();
            }
        }
    }

    @Test
    void deletingAFaceUpdatesTheSubjectsCentroid() throws IOException {
        try (LuceneFaceIndex index = LuceneFaceIndex.open(IndexProperties.of(dir))) {
            List<FaceVector> sent = faces.enrolment(1);
            index.add(sent);
            index.add(faces.enrolment(2));
            assertThat(index.deleteFace("s1", sent.getFirst().faceId())).isTrue();
            assertThat(index.deleteFace("s1", sent.getFirst().faceId())).isFalse();
            assertThat(index.deleteFace("s2", sent.get(1).faceId())).isFalse();
            List<FaceVector> rest = sent.subList(1, sent.size());
            assertThat(index.faces("s1")).extracting(FaceVector::faceId)
                    .containsExactlyElementsOf(rest.stream().map(FaceVector::faceId).toList());
            float[] probe = faces.probe(1, 3);
            float expected = Centroids.dot(probe, Centroids.of(rest.stream().map(FaceVector::vector).toList()));
            assertThat(index.search("m1", probe, 1, null).getFirst().similarity()).isCloseTo(expected, within());
            for (FaceVector face : rest) {
                index.deleteFace("s1", face.faceId());
            }
            assertThat(index.search("m1", probe, 5, null)).extracting(SubjectMatch::subjectId).containsExactly("s2");
            assertThat(index.stats().subjects()).isEqualTo(1);
        }
    }

    @Test
    void comparesOnlyEmbeddingsOfTheRequestedModel() throws IOException {
        SyntheticFaces other = new SyntheticFaces(7, "m2");
        try (LuceneFaceIndex index = LuceneFaceIndex.open(IndexProperties.of(dir))) {
            for (int i = 0; i < 10; i++) {
                index.add(faces.enrolment(i));
            }
            index.add(other.enrolment(3)); // same vectors as s3 under m1, but another model
            index.add(List.of(new FaceVector("small", "s99", "m3", SyntheticFaces.normalise(new float[] {1, 2, 3}),
                    Instant.EPOCH)));
            assertThat(index.search("m2", faces.probe(5, 1), 10, null)).extracting(SubjectMatch::subjectId)
                    .containsExactly("s3");
            assertThat(index.search("m3", faces.probe(5, 1), 10, null)).isEmpty();
            assertThat(index.search("m3", SyntheticFaces.normalise(new float[] {1, 2, 2}), 10, null))
                    .extracting(SubjectMatch::subjectId).containsExactly("s99");
            assertThat(index.search("unknown", faces.probe(5, 1), 10, null)).isEmpty();
            assertThat(index.stats().facesPerModel()).containsEntry("m2", (long) other.enrolment(3).size())
                    .containsEntry("m3", 1L);

            long m1 = index.stats().facesPerModel().get("m1");
            assertThat(index.deleteModel("m1")).isEqualTo(m1);
            assertThat(index.search("m1", faces.probe(3, 1), 10, null)).isEmpty();
            assertThat(index.search("m2", faces.probe(3, 1), 10, null)).extracting(SubjectMatch::subjectId)
                    .containsExactly("s3");
            assertThat(index.faces("s3")).extracting(FaceVector::modelId).containsOnly("m2");
            assertThat(index.stats().facesPerModel()).doesNotContainKey("m1");
        }
    }

    static Offset<Float> within() {
        return Offset.offset(1e-4f);
    }
}
