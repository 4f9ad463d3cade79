package app.attendance.face.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Keyset pages of subjects on the durable index, agreeing with the in-memory one. */
class SubjectPagesTest {

    private final SyntheticFaces faces = new SyntheticFaces(3, "m1");

    @TempDir
    Path dir;

    @Test
    void pagesEverySubjectOnceInIdOrderWithFaceCountsAndSkipsDeletedOnes() throws IOException {
        ExactFaceIndex reference = new ExactFaceIndex();
        try (LuceneFaceIndex index = LuceneFaceIndex.open(IndexProperties.of(dir))) {
            for (int i = 0; i < 25; i++) {
                index.add(faces.enrolment(i));
                reference.add(faces.enrolment(i));
            }
            index.deleteSubject("s7");
            reference.deleteSubject("s7");
            List<FaceVector> s3 = index.faces("s3");
            index.deleteFace("s3", s3.getFirst().faceId());
            reference.deleteFace("s3", s3.getFirst().faceId());

            List<SubjectSummary> all = pageThrough(index, 4);
            assertThat(all).hasSize(24);
            assertThat(all).extracting(SubjectSummary::subjectId).doesNotContain("s7").isSorted()
                    .doesNotHaveDuplicates();
            assertThat(all).filteredOn(s -> s.subjectId().equals("s3")).singleElement()
                    .extracting(SubjectSummary::faces).isEqualTo(s3.size() - 1);
            assertThat(all).filteredOn(s -> s.subjectId().equals("s12")).singleElement()
                    .extracting(SubjectSummary::faces).isEqualTo(faces.enrolment(12).size());
            assertThat(pageThrough(reference, 4)).isEqualTo(all);
            assertThat(index.subjects(null, 1000)).isEqualTo(all);

            // "after" need not be a stored id: the page starts at the next one.
            assertThat(index.subjects("s10x", 2)).extracting(SubjectSummary::subjectId).containsExactly("s11", "s12");
            assertThat(index.subjects("s7", 1)).extracting(SubjectSummary::subjectId).containsExactly("s8");
            assertThat(index.subjects("s9", 5)).isEmpty();
            assertThat(reference.subjects("s9", 5)).isEmpty();
        }
        try (LuceneFaceIndex reopened = LuceneFaceIndex.open(IndexProperties.of(dir))) {
            assertThat(pageThrough(reopened, 7)).hasSize(24);
        }
    }

    private static List<SubjectSummary> pageThrough(FaceIndex index, int limit) {
        List<SubjectSummary> all = new ArrayList<>();
        String after = null;
        while (true) {
            List<SubjectSummary> page = index.subjects(after, limit);
            assertThat(page.size()).isLessThanOrEqualTo(limit);
            all.addAll(page);
            if (page.size() < limit) {
                return all;
            }
            after = page.getLast().subjectId();
        }
    }
}
