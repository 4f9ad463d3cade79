package app.attendance.face.index;

import static org.assertj.core.api.Assertions.assertThat;

import app.attendance.face.support.TestPostgres;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A child JVM, a replica on a real PostgreSQL, enrols and deletes subjects and is killed with
 * SIGKILL mid-stream, its Lucene folder committed only in batches (the first time never after its
 * start, the second every few writes). Every write was searchable on the replica when it returned;
 * restarted on the same folder, the replica replays from the sequence its last commit recorded and
 * holds every write acknowledged before the kill, each enrolment whole, and exactly the faces
 * PostgreSQL holds.
 */
class IndexCrashDurabilityTest {

    private final SyntheticFaces data = new SyntheticFaces(5, "m1");
    private final String database = "crash_" + UUID.randomUUID().toString().replace("-", "");
    private String url;
    private DataSource dataSource;
    private TemplateTable table;

    @TempDir
    Path dir;

    @BeforeEach
    void database() {
        url = TestPostgres.database(database);
        Flyway.configure().dataSource(url, "postgres", "postgres").schemas("face").defaultSchema("face")
                .createSchemas(true).load().migrate();
        dataSource = new SimpleDriverDataSource(new org.postgresql.Driver(), url, "postgres", "postgres");
        table = new TemplateTable(new JdbcTemplate(dataSource),
                new TransactionTemplate(new DataSourceTransactionManager(dataSource)));
    }

    @Test
    void killNineLosesNothingAcknowledged() throws Exception {
        Set<String> enrolled = new LinkedHashSet<>();
        Set<String> deleted = new HashSet<>();
        int next = 0;
        for (int round = 0; round < 2; round++) {
            int commitChanges = round == 0 ? Integer.MAX_VALUE : 4;
            List<Ack> acks = writeUntilKilled(next, 10 + round * 5, commitChanges);
            assertThat(acks).isNotEmpty().allMatch(Ack::seen, "searchable when acknowledged");
            for (Ack ack : acks) {
                if (ack.write().equals("add")) {
                    enrolled.add(ack.subject());
                } else {
                    enrolled.remove(ack.subject());
                    deleted.add(ack.subject());
                }
            }
            try (LuceneFaceIndex index = LuceneFaceIndex.open(IndexProperties.of(dir))) {
                String marker = index.cacheState().get(LuceneFaceIndex.APPLIED_SEQUENCE);
                long committed = marker == null ? 0 : Long.parseLong(marker);
                if (round == 0) {
                    // nothing was committed after the start: the restart has everything to replay
                    assertThat(committed).isLessThan(acks.getFirst().seq());
                }
                IndexSync sync = sync(index, table, dataSource);
                sync.start();
                try {
                    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
                    while (sync.building() && System.nanoTime() < deadline) {
                        Thread.sleep(10);
                    }
                    assertThat(sync.building()).as("built within a minute").isFalse();
                } finally {
                    sync.stop();
                }
                assertThat(sync.applied()).isGreaterThanOrEqualTo(acks.getLast().seq()).isGreaterThan(committed);
                // the newest enrolment may have been deleted after the last acknowledgement, by a
                // write in flight at the kill: the index holds exactly what PostgreSQL committed
                List<String> kept = List.copyOf(enrolled);
                String last = null;
                for (int i = 0; i < kept.size(); i++) {
                    String subject = kept.get(i);
                    int whole = data.enrolment(Integer.parseInt(subject.substring(1))).size();
                    long rows = liveRows(subject);
                    assertThat(rows).as(subject).isIn(i < kept.size() - 1 ? List.of((long) whole) : List.of(0L,
                            (long) whole));
                    assertThat(index.faces(subject)).as(subject).hasSize((int) rows);
                    last = rows > 0 ? subject : last;
                }
                for (String subject : deleted) {
                    assertThat(index.faces(subject)).as(subject).isEmpty();
                }
                assertThat(index.stats().faces()).isEqualTo(liveRows("%"));
                int identity = Integer.parseInt(last.substring(1));
                assertThat(index.search("m1", data.probe(identity, 1), 1, null).getFirst().subjectId())
                        .isEqualTo(last);
                next = maxIdentity() + 1;
            }
        }
    }

    /** A replica's follower as the service configures it, polling often. */
    static IndexSync sync(LuceneFaceIndex index, TemplateTable table, DataSource dataSource) {
        return new IndexSync(index, table, dataSource, new SyncProperties(Duration.ofMillis(200),
                Duration.ofSeconds(10), 1000, Duration.ofDays(7), Duration.ofHours(1)));
    }

    private long liveRows(String subjects) {
        return new JdbcTemplate(dataSource).queryForObject(
                "SELECT count(*) FROM face.templates WHERE NOT deleted AND subject_id LIKE ?", Long.class, subjects);
    }

    private int maxIdentity() {
        return new JdbcTemplate(dataSource).queryForList("SELECT DISTINCT subject_id FROM face.templates",
                String.class).stream().mapToInt(s -> Integer.parseInt(s.substring(1))).max().orElse(-1);
    }

    /** Runs the child until it has acknowledged {@code atLeast} writes, then kills it. */
    private List<Ack> writeUntilKilled(int from, int atLeast, int commitChanges)
            throws IOException, InterruptedException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process child = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
                EnrolmentChild.class.getName(), dir.toString(), url, Integer.toString(from),
                Integer.toString(commitChanges))
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        List<Ack> acks = new ArrayList<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                if (line.startsWith("ack ")) {
                    String[] parts = line.split(" ");
                    acks.add(new Ack(parts[1], parts[2], Long.parseLong(parts[3]), Boolean.parseBoolean(parts[4])));
                    if (acks.size() == atLeast) {
                        child.destroyForcibly(); // SIGKILL on Linux, possibly mid-write
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

    /** One write the child acknowledged: add or delete, its subject and sequence, seen at once or not. */
    private record Ack(String write, String subject, long seq, boolean seen) {
    }
}
