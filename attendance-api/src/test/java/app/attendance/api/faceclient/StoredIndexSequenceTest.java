package app.attendance.api.faceclient;

import static org.assertj.core.api.Assertions.assertThat;

import app.attendance.api.support.IntegrationTest;
import app.attendance.api.support.MutableClock;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The acknowledged index sequence in PostgreSQL as two API replicas see it: it only rises, an
 * acknowledgement is required at once by the replica that received it and by the other once its
 * cached value is older than a second.
 */
@IntegrationTest
class StoredIndexSequenceTest {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    MutableClock clock;

    @AfterEach
    void reset() {
        jdbc.sql("update face_index_sequence set sequence = 0 where id = 1").update();
        clock.reset();
    }

    @Test
    void theHighestAcknowledgedSequenceIsSharedAndNeverLowered() {
        jdbc.sql("update face_index_sequence set sequence = 0 where id = 1").update();
        StoredIndexSequence replicaA = new StoredIndexSequence(jdbc, transactions, clock);
        StoredIndexSequence replicaB = new StoredIndexSequence(jdbc, transactions, clock);
        assertThat(replicaA.required()).as("face-service never sent one").isEmpty();
        assertThat(replicaB.required()).isEmpty();

        replicaA.acknowledged(42);
        assertThat(replicaA.required()).as("at once on the replica that enrolled").hasValue(42);
        assertThat(replicaB.required()).as("B's cached value is less than a second old").isEmpty();
        clock.advance(StoredIndexSequence.CACHE.plus(Duration.ofMillis(1)));
        assertThat(replicaB.required()).hasValue(42);

        replicaB.acknowledged(40);
        assertThat(jdbc.sql("select sequence from face_index_sequence").query(Long.class).single()).isEqualTo(42);
        assertThat(replicaB.required()).hasValue(42);
    }
}
