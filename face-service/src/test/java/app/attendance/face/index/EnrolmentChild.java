package app.attendance.face.index;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Child process of {@link IndexCrashDurabilityTest}: a replica on the index folder and the
 * PostgreSQL database given, writing as the service does ({@link ReplicatedTemplates}: committed
 * in PostgreSQL, then applied to this replica's index). It enrols subjects {@code from, from+1, …}
 * and, after every third, deletes the one before; once each write has returned it prints
 * {@code ack add|delete <subject> <sequence> <seen>}, {@code seen} telling whether the replica's
 * searchers showed the write at once. The folder is committed every {@code commitChanges} writes
 * (never by time), until the process is killed.
 */
final class EnrolmentChild {

    private EnrolmentChild() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        String url = args[1];
        int from = Integer.parseInt(args[2]);
        int commitChanges = Integer.parseInt(args[3]);
        SyntheticFaces data = new SyntheticFaces(5, "m1");
        DataSource dataSource = new SimpleDriverDataSource(new org.postgresql.Driver(), url, "postgres", "postgres");
        TemplateTable table = new TemplateTable(new JdbcTemplate(dataSource),
                new TransactionTemplate(new DataSourceTransactionManager(dataSource)));
        IndexProperties properties = IndexProperties.of(dir).withCommits(Duration.ofHours(1), commitChanges);
        try (LuceneFaceIndex index = LuceneFaceIndex.open(properties)) {
            IndexSync sync = IndexCrashDurabilityTest.sync(index, table, dataSource);
            sync.start();
            while (sync.building()) {
                Thread.sleep(10);
            }
            FaceTemplates templates = new ReplicatedTemplates(table, sync);
            for (int i = from; i < from + 100_000; i++) {
                List<FaceVector> enrolment = data.enrolment(i);
                String subject = SyntheticFaces.subject(i);
                long seq = templates.add(enrolment.stream()
                        .map(f -> new FaceTemplates.NewTemplate(f, null, null, null)).toList()).sequence();
                ack("add", subject, seq, index.faces(subject).size() == enrolment.size());
                if (i % 3 == 2) {
                    String gone = SyntheticFaces.subject(i - 1);
                    seq = templates.deleteSubject(gone).sequence();
                    ack("delete", gone, seq, index.faces(gone).isEmpty());
                }
            }
        }
    }

    private static void ack(String write, String subject, long seq, boolean seen) {
        System.out.println("ack " + write + " " + subject + " " + seq + " " + seen);
        System.out.flush();
    }
}
