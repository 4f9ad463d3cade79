package app.attendance.face.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A child JVM enrols a stream of subjects and is killed with SIGKILL mid-stream; the folder
 * must reopen and hold every enrolment the child acknowledged, each one whole.
 */
class IndexCrashDurabilityTest {

    private final SyntheticFaces data = new SyntheticFaces(5, "m1");

    @TempDir
    Path dir;

    @Test
    void killNineLosesNothingAcknowledged() throws Exception {
        List<String> acknowledged = new ArrayList<>();
        int next = 0;
        for (int round = 0; round < 2; round++) {
            List<String> acks = enrolUntilKilled(next, 10 + round * 5);
            assertThat(acks).isNotEmpty();
            acknowledged.addAll(acks);
            try (LuceneFaceIndex index = LuceneFaceIndex.open(IndexProperties.of(dir))) {
                for (String subject : acknowledged) {
                    int identity = Integer.parseInt(subject.substring(1));
                    assertThat(index.faces(subject)).as(subject).hasSameSizeAs(data.enrolment(identity));
                }
                // The child enrols one subject after another (it may have gone on after the last
                // ack we read): every stored enrolment is whole, up to the first one missing.
                long faces = 0;
                next += acks.size();
                for (int stored; (stored = index.faces(SyntheticFaces.subject(next)).size()) > 0; next++) {
                    assertThat(stored).as("enrolment in flight").isEqualTo(data.enrolment(next).size());
                }
                for (int i = 0; i < next; i++) {
                    faces += index.faces(SyntheticFaces.subject(i)).size();
                }
                assertThat(index.stats().faces()).isEqualTo(faces);
                String last = acknowledged.getLast();
                int identity = Integer.parseInt(last.substring(1));
                assertThat(index.search("m1", data.probe(identity, 1), 1, null).getFirst().subjectId()).isEqualTo(last);
            }
        }
    }

    /** Runs the child until it has acknowledged {@code atLeast} enrolments, then kills it. */
    private List<String> enrolUntilKilled(int from, int atLeast) throws IOException, InterruptedException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process child = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
                EnrolmentChild.class.getName(), dir.toString(), Integer.toString(from))
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        List<String> acks = new ArrayList<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                if (line.startsWith("ack ")) {
                    acks.add(line.substring(4));
                    if (acks.size() == atLeast) {
                        child.destroyForcibly(); // SIGKILL on Linux, possibly mid-enrolment
                        break;
                    }
                }
            }
        } finally {
            child.destroyForcibly();
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
        return acks;
    }
}
