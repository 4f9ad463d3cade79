package app.attendance.api.enrolment;

import static org.assertj.core.api.Assertions.assertThat;

import app.attendance.api.support.IntegrationTest;
import app.attendance.api.support.MutableClock;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The re-enrolment's progress in PostgreSQL, as two API replicas see it: one run at a time across
 * both, the same progress from either, and a run whose replica stopped can be started again.
 */
@IntegrationTest
class ResyncRunTest {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    MutableClock clock;

    @AfterEach
    void idle() {
        jdbc.sql("update face_resync_run set state = 'IDLE' where id = 1").update();
        clock.reset();
    }

    @Test
    void oneRunAtATimeAcrossReplicasWithTheSameProgress() {
        ResyncRun replicaA = new ResyncRun(jdbc, clock);
        ResyncRun replicaB = new ResyncRun(jdbc, clock);
        jdbc.sql("update face_resync_run set state = 'IDLE' where id = 1").update();
        assertThat(replicaA.start("model-1", 3)).isTrue();
        assertThat(replicaB.start("model-1", 3)).as("running on A").isFalse();
        replicaA.studentDone(2, 1, 1);
        FaceResync.Progress seenByB = replicaB.progress();
        assertThat(seenByB.state()).isEqualTo("RUNNING");
        assertThat(seenByB.studentsDone()).isEqualTo(1);
        assertThat(seenByB.photos()).isEqualTo(2);
        assertThat(seenByB.accepted()).isEqualTo(1);
        assertThat(seenByB.refused()).isEqualTo(1);
        replicaA.finish("DONE", null);
        assertThat(replicaB.progress().state()).isEqualTo("DONE");
        assertThat(replicaB.progress().finishedAt()).isNotNull();
        assertThat(replicaB.start("model-2", 1)).isTrue();
        assertThat(replicaA.progress().modelId()).isEqualTo("model-2");
        assertThat(replicaA.progress().studentsDone()).isZero();
    }

    @Test
    void aRunWhoseReplicaStoppedReadsAsFailedAndCanStartAgain() {
        ResyncRun replicaA = new ResyncRun(jdbc, clock);
        ResyncRun replicaB = new ResyncRun(jdbc, clock);
        assertThat(replicaA.start("model-1", 3)).isTrue();
        clock.advance(ResyncRun.STALE.plus(Duration.ofMinutes(1)));
        assertThat(replicaB.progress().state()).isEqualTo("FAILED");
        assertThat(replicaB.start("model-1", 3)).isTrue();
        assertThat(replicaB.progress().state()).isEqualTo("RUNNING");
    }
}
