package app.attendance.api.faceclient;

import static org.assertj.core.api.Assertions.assertThat;

import app.attendance.api.support.IntegrationTest;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The acknowledged index sequences in PostgreSQL as two API replicas see them: per subject, only
 * rising, required at once by both replicas, and only by searches whose roster holds that subject.
 */
@IntegrationTest
class StoredIndexSequenceTest {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    PlatformTransactionManager transactions;

    @AfterEach
    void reset() {
        jdbc.sql("delete from face_index_writes where subject_id like 'seq-%'").update();
    }

    @Test
    void eachSubjectsHighestAcknowledgedSequenceIsSharedAndRequiredOnlyByItsRosters() {
        StoredIndexSequence replicaA = new StoredIndexSequence(jdbc, transactions);
        StoredIndexSequence replicaB = new StoredIndexSequence(jdbc, transactions);
        List<String> classOne = List.of("seq-1", "seq-2");
        List<String> classTwo = List.of("seq-3");
        assertThat(replicaA.required(classOne)).as("face-service never sent one").isEmpty();

        replicaA.acknowledged("seq-2", 42);
        assertThat(replicaA.required(classOne)).as("at once on the replica that enrolled").hasValue(42);
        assertThat(replicaB.required(classOne)).as("and on the other").hasValue(42);
        assertThat(replicaB.required(classTwo)).as("another class does not wait for it").isEmpty();
        assertThat(replicaB.required(List.of())).isEmpty();

        replicaB.acknowledged("seq-2", 40);
        assertThat(jdbc.sql("select sequence from face_index_writes where subject_id = 'seq-2'").query(Long.class)
                .single()).as("never lowered").isEqualTo(42);
        replicaB.acknowledged("seq-3", 57);
        assertThat(replicaA.required(classOne)).hasValue(42);
        assertThat(replicaA.required(List.of("seq-1", "seq-2", "seq-3"))).hasValue(57);
    }
}
