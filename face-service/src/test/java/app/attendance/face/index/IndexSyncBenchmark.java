package app.attendance.face.index;

import app.attendance.face.FaceServiceApplication;
import app.attendance.face.support.TestModels;
import app.attendance.face.support.TestPostgres;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import org.postgresql.PGConnection;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Benchmark (not a test; {@code ./bench.sh index-sync}): two replicas on one embedded PostgreSQL.
 * Prints the propagation delay from a committed enrolment on replica A to its being applied
 * (searchable) on replica B, p50/p99 over {@code writes} enrolments, and the time a new replica
 * takes to build its index from {@code faces} synthetic 512-d faces inserted with COPY.
 */
public final class IndexSyncBenchmark {

    private IndexSyncBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int writes = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        int faces = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
        Path work = Files.createTempDirectory("index-sync-bench");
        String database = "bench_sync_" + ProcessHandle.current().pid();
        String url = TestPostgres.database(database);
        ConfigurableApplicationContext a = start(work.resolve("a"), database);
        ConfigurableApplicationContext b = start(work.resolve("b"), database);
        FaceTemplates templatesA = a.getBean(FaceTemplates.class);
        IndexSync syncA = a.getBean(IndexSync.class);
        IndexSync syncB = b.getBean(IndexSync.class);
        await(syncA);
        await(syncB);

        SyntheticFaces synthetic = new SyntheticFaces(11, "bench-model");
        double[] delays = new double[writes];
        double[] acknowledged = new double[writes];
        for (int i = 0; i < writes; i++) {
            List<FaceTemplates.NewTemplate> enrolment = synthetic.enrolment(i).stream()
                    .map(f -> new FaceTemplates.NewTemplate(f, null, null, null)).toList();
            long sent = System.nanoTime();
            long seq = templatesA.add(enrolment).sequence();
            acknowledged[i] = (System.nanoTime() - sent) / 1e6;
            while (syncB.applied() < seq) {
                Thread.onSpinWait();
            }
            delays[i] = (System.nanoTime() - sent) / 1e6;
        }
        Arrays.sort(delays);
        Arrays.sort(acknowledged);
        System.out.printf(Locale.ROOT, "write on A (committed in PostgreSQL and applied on A) over %d enrolments: "
                + "p50 %.1f ms, p99 %.1f ms%n", writes, acknowledged[writes / 2], acknowledged[(int) (writes * 0.99)]);
        System.out.printf(Locale.ROOT, "write sent to A -> searchable on B (LISTEN/NOTIFY): p50 %.1f ms, "
                + "p99 %.1f ms, max %.1f ms%n", delays[writes / 2], delays[(int) (writes * 0.99)],
                delays[writes - 1]);
        a.close();
        b.close();

        long copied = copy(url, synthetic, writes, faces);
        long started = System.nanoTime();
        ConfigurableApplicationContext c = start(work.resolve("c"), database);
        IndexSync syncC = c.getBean(IndexSync.class);
        await(syncC);
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf(Locale.ROOT, "build at start: %d faces (%d copied with COPY) loaded in %.1f s "
                + "(including the service's start-up; the index alone: see the 'index: ready' log line)%n",
                c.getBean(LuceneFaceIndex.class).stats().faces(), copied, seconds);
        c.close();
        System.exit(0);
    }

    /** COPYs synthetic faces of identities from {@code firstIdentity} until {@code faces} rows exist. */
    static long copy(String url, SyntheticFaces synthetic, int firstIdentity, int faces) throws Exception {
        long copied = 0;
        try (Connection connection = DriverManager.getConnection(url, "postgres", "postgres")) {
            PGConnection pg = connection.unwrap(PGConnection.class);
            long existing;
            try (var st = connection.createStatement();
                    var rs = st.executeQuery("SELECT count(*) FROM face.templates")) {
                rs.next();
                existing = rs.getLong(1);
            }
            StringBuilder rows = new StringBuilder();
            int identity = firstIdentity;
            while (existing + copied < faces) {
                for (FaceVector f : synthetic.enrolment(identity++)) {
                    rows.append(f.subjectId()).append('\t').append(f.faceId()).append('\t').append(f.modelId())
                            .append("\t\\\\x").append(HexFormat.of().formatHex(FaceDocuments.encode(f.vector()).bytes))
                            .append('\t').append(f.createdAt()).append('\n');
                    copied++;
                }
                if (rows.length() > 8_000_000 || existing + copied >= faces) {
                    pg.getCopyAPI().copyIn(
                            "COPY face.templates (subject_id, face_id, model_id, vector, created_at) FROM STDIN",
                            new StringReader(rows.toString()));
                    rows.setLength(0);
                }
            }
        }
        return copied;
    }

    /** A face-service replica on {@code database} with its index cache in {@code dir} (shared by the cluster benchmark). */
    static ConfigurableApplicationContext start(Path dir, String database) {
        return new SpringApplicationBuilder(FaceServiceApplication.class).run(
                "--server.port=0", "--spring.main.banner-mode=off", "--face.api-token=bench",
                "--face.models-dir=" + TestModels.modelsDir(), "--face.index-dir=" + dir,
                "--logging.level.root=WARN", "--logging.level.app.attendance.face.index.IndexSync=INFO",
                "--" + TestPostgres.DATABASE + "=" + database);
    }

    private static void await(IndexSync sync) throws InterruptedException {
        while (sync.building()) {
            Thread.sleep(20);
        }
    }
}
