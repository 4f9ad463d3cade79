package app.attendance.face.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The graph search (forced: no exact-scan shortcut) agrees with the exact reference on the
 * best subject for at least 99% of probes, with and without a roster filter.
 */
class IndexRecallTest {

    private static final int IDENTITIES = 1500;
    private static final int PROBES = 200;

    @TempDir
    Path dir;

    @Test
    void graphSearchFindsTheExactBestSubject() throws IOException {
        SyntheticFaces data = new SyntheticFaces(3, "m1");
        ExactFaceIndex exact = new ExactFaceIndex();
        Set<String> roster = new HashSet<>();
        try (LuceneFaceIndex index = LuceneFaceIndex.open(IndexProperties.of(dir).withSearch(100, 0))) {
            List<FaceVector> batch = new ArrayList<>();
            for (int i = 0; i < IDENTITIES; i++) {
                batch.addAll(data.enrolment(i));
                if (batch.size() > 2000 || i == IDENTITIES - 1) {
                    index.add(batch);
                    exact.add(batch);
                    batch = new ArrayList<>();
                }
                if (i % 5 == 0) {
                    roster.add(SyntheticFaces.subject(i)); // 300 subjects: large enough for the graph
                }
            }
            assertThat(index.stats().faces()).isEqualTo(exact.stats().faces()).isGreaterThan(IDENTITIES * 3L);
            int agree = 0;
            int agreeFiltered = 0;
            for (int p = 0; p < PROBES; p++) {
                float[] probe = data.probe((p * 7919) % IDENTITIES, p);
                agree += top(index.search("m1", probe, 1, null)).equals(top(exact.search("m1", probe, 1, null))) ? 1
                        : 0;
                List<SubjectMatch> filtered = index.search("m1", probe, 3, roster);
                assertThat(filtered).hasSize(3).allMatch(m -> roster.contains(m.subjectId()));
                agreeFiltered += top(filtered).equals(top(exact.search("m1", probe, 1, roster))) ? 1 : 0;
            }
            System.out.printf("recall@1 vs exact: %.4f unfiltered, %.4f roster of %d%n",
                    agree / (double) PROBES, agreeFiltered / (double) PROBES, roster.size());
            assertThat(agree / (double) PROBES).isGreaterThanOrEqualTo(0.99);
            assertThat(agreeFiltered / (double) PROBES).isGreaterThanOrEqualTo(0.99);
        }
    }

    private static String top(List<SubjectMatch> matches) {
        return matches.isEmpty() ? "" : matches.getFirst().subjectId();
    }
}
