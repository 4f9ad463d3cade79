package app.attendance.face.index;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** The Spring wiring: properties bound and validated, index opened there and closed on shutdown. */
class IndexConfigTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withUserConfiguration(IndexConfig.class);

    @TempDir
    Path dir;

    @Test
    void opensTheIndexInTheConfiguredFolderAndClosesItOnShutdown() {
        Path folder = dir.resolve("idx");
        runner.withPropertyValues("face.index.dir=" + folder, "face.index.num-candidates=150",
                "face.index.commit-interval=250ms", "face.index.commit-changes=20").run(context -> {
                    assertThat(context).hasSingleBean(FaceIndex.class);
                    IndexProperties properties = context.getBean(IndexProperties.class);
                    assertThat(properties.numCandidates()).isEqualTo(150);
                    assertThat(properties.commitInterval()).isEqualTo(Duration.ofMillis(250));
                    assertThat(properties.commitChanges()).isEqualTo(20);
                    FaceIndex index = context.getBean(FaceIndex.class);
                    index.add(new SyntheticFaces(1, "m1").enrolment(0));
                    SimpleMeterRegistry registry = new SimpleMeterRegistry();
                    context.getBean(IndexMetrics.class).bindTo(registry);
                    assertThat(registry.get("face.index.faces").gauge().value()).isEqualTo(index.stats().faces());
                    assertThat(registry.get("face.index.subjects").gauge().value()).isEqualTo(1);
                    assertThat(registry.get("face.index.disk").gauge().value()).isPositive();
                });
        assertThat(Files.exists(folder.resolve("write.lock"))).isTrue();
        // closed on shutdown: the folder's lock is free again and the enrolment is there
        try (LuceneFaceIndex reopened = LuceneFaceIndex.open(IndexProperties.of(folder))) {
            assertThat(reopened.faces("s0")).isNotEmpty();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void fallsBackToTheServiceIndexDir() {
        Path folder = dir.resolve("fallback");
        runner.withPropertyValues("face.index-dir=" + folder).run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(Files.isDirectory(folder)).isTrue();
        });
    }

    @Test
    void refusesInvalidSettings() {
        runner.withPropertyValues("face.index.dir=" + dir, "face.index.max-conn=1")
                .run(context -> assertThat(context).getFailure().hasStackTraceContaining("maxConn"));
        runner.withPropertyValues("face.index.dir=" + dir, "face.index.commit-interval=0s")
                .run(context -> assertThat(context).getFailure().hasStackTraceContaining("commit-interval"));
    }
}
