package app.attendance.face.index;

import static org.assertj.core.api.Assertions.assertThat;

import app.attendance.face.FaceServiceApplication;
import app.attendance.face.support.Augment;
import app.attendance.face.support.DemoFaces;
import app.attendance.face.support.DemoFaces.DemoFace;
import app.attendance.face.support.Http.Form;
import app.attendance.face.support.TestModels;
import app.attendance.face.support.TestPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.FileSystemUtils;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Several face-service replicas on one PostgreSQL, over real HTTP: a write through one is read
 * through another (at once with {@code X-Index-Min-Sequence}, and without it once announced),
 * deletes propagate, late and disconnected replicas catch up, a deleted Lucene folder is rebuilt,
 * an existing Lucene index is migrated once, a replica is not ready until it has built, and one
 * away longer than the tombstone retention rebuilds rather than keep a face erased meanwhile.
 */
class ReplicasTest {

    private static final String TOKEN = "replica-token";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static List<DemoFace> demo;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final List<ConfigurableApplicationContext> started = new ArrayList<>();
    private final String database = "replicas_" + UUID.randomUUID().toString().replace("-", "");

    @TempDir
    Path dir;

    @BeforeAll
    static void demoFaces() {
        demo = DemoFaces.all(TestModels.pipeline());
    }

    @AfterEach
    void stopAll() {
        started.forEach(ConfigurableApplicationContext::close);
    }

    @Test
    void aFaceEnrolledOnOneReplicaIsFoundOnAnotherAndItsDeletionToo() {
        Replica a = start("a");
        Replica b = start("b");
        DemoFace face = frontal();
        Response enrolled = enrol(a, "s-1", face);
        assertThat(enrolled.status()).isEqualTo(200);
        long seq = Long.parseLong(enrolled.header("X-Index-Sequence"));
        assertThat(seq).isPositive();

        // read-your-writes on the other replica, immediately
        assertThat(get(b, "/v1/subjects/s-1", seq).status()).isEqualTo(200);
        JsonNode recognised = recognise(b, face, seq).json().get("faces").get(0).get("match");
        assertThat(recognised.get("subjectId").asString()).isEqualTo("s-1");

        // without the header: within a few seconds, by the announcement
        Response enrolledAgain = enrol(a, "s-2", face);
        eventually(() -> get(b, "/v1/subjects/s-2", 0).status() == 200);

        // a delete reaches every replica
        Response deleted = send(a, "DELETE", "/v1/subjects/s-1", 0, null);
        assertThat(deleted.json().get("deleted").asInt()).isEqualTo(1);
        long deletedAt = Long.parseLong(deleted.header("X-Index-Sequence"));
        assertThat(deletedAt).isGreaterThan(Long.parseLong(enrolledAgain.header("X-Index-Sequence")));
        assertThat(get(b, "/v1/subjects/s-1", deletedAt).status()).isEqualTo(404);
        JsonNode after = recognise(b, face, deletedAt).json().get("faces").get(0).get("match");
        assertThat(after.isNull() || !after.get("subjectId").asString().equals("s-1")).isTrue();
        eventually(() -> get(a, "/v1/subjects/s-1", 0).status() == 404);
    }

    @Test
    void writesAnswerUnavailableWhileTheDatabaseIsUnreachableAndSearchesGoOn() throws SQLException {
        Replica a = start("a");
        DemoFace face = frontal();
        assertThat(enrol(a, "kept", face).status()).isEqualTo(200);
        try (Connection c = TestPostgres.server().getPostgresDatabase().getConnection();
                Statement s = c.createStatement()) {
            s.execute("ALTER DATABASE " + database + " ALLOW_CONNECTIONS false");
            s.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '" + database + "'");
            try {
                Response refused = enrol(a, "lost", face);
                assertThat(refused.status()).isEqualTo(503);
                assertThat(refused.json().get("code").asString()).isEqualTo("database-unavailable");
                assertThat(get(a, "/v1/subjects/kept", 0).status()).isEqualTo(200);
                assertThat(recognise(a, face, 0).json().get("faces").get(0).get("match").get("subjectId")
                        .asString()).isEqualTo("kept");
            } finally {
                s.execute("ALTER DATABASE " + database + " ALLOW_CONNECTIONS true");
            }
        }
        assertThat(rows()).as("the photo and its far template").isEqualTo(2);
        eventually(() -> enrol(a, "later", face).status() == 200);
        assertThat(get(a, "/v1/subjects/lost", 0).status()).isEqualTo(404);
    }

    @Test
    void aReplicaTooFarBehindAnswersIndexBehind() {
        Replica a = start("a");
        Response behind = get(a, "/v1/subjects/nobody", 1_000_000);
        assertThat(behind.status()).isEqualTo(503);
        assertThat(behind.json().get("code").asString()).isEqualTo("index-behind");
        assertThat(get(a, "/v1/subjects/nobody", -1).status()).isEqualTo(404);
        assertThat(send(a, "GET", "/v1/subjects/nobody", 0, "x").status()).isEqualTo(400);
    }

    @Test
    void aReplicaStartedLaterOrCutOffCatchesUpFromTheDatabase() throws SQLException {
        Replica a = start("a");
        DemoFace face = frontal();
        enrol(a, "early", face);
        Replica late = start("late");
        assertThat(get(late, "/v1/subjects/early", 0).status()).isEqualTo(200);

        // its LISTEN connection killed: it reconnects and polls what it missed
        try (Connection c = connect(); Statement s = c.createStatement()) {
            s.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE query = 'LISTEN "
                    + TemplateTable.CHANNEL + "' AND datname = '" + database + "'");
        }
        enrol(a, "missed", face);
        eventually(() -> get(late, "/v1/subjects/missed", 0).status() == 200);
        assertThat(health(late).get("status").asString()).isEqualTo("UP");
    }

    @Test
    void aDeletedLuceneFolderIsRebuiltTheSame() throws IOException {
        Replica a = start("a");
        DemoFace face = frontal();
        for (int i = 0; i < 3; i++) {
            enrol(a, "s" + i, face);
        }
        send(a, "DELETE", "/v1/subjects/s1", 0, null);
        String before = get(a, "/v1/subjects", 0).body();
        a.context().close();
        FileSystemUtils.deleteRecursively(dir.resolve("a"));
        Replica again = start("a");
        assertThat(get(again, "/v1/subjects", 0).body()).isEqualTo(before).contains("s0").doesNotContain("\"s1\"");
        JsonNode faceIndex = health(again).get("components").get("faceIndex").get("details");
        assertThat(faceIndex.get("faces").asInt()).isEqualTo(2);
        assertThat(faceIndex.get("building").asBoolean()).isFalse();
    }

    @Test
    void anExistingLuceneIndexIsMigratedOnce() throws Exception {
        Path folder = dir.resolve("old");
        SyntheticFaces synthetic = new SyntheticFaces(7, "m-old");
        try (LuceneFaceIndex old = LuceneFaceIndex.open(IndexProperties.of(folder))) {
            for (int i = 0; i < 5; i++) {
                old.add(synthetic.enrolment(i));
            }
        }
        Replica migrated = start("old");
        assertThat(rows()).isEqualTo(facesOf(synthetic, 5));
        assertThat(get(migrated, "/v1/subjects/s3", 0).status()).isEqualTo(200);
        migrated.context().close();
        Replica restarted = start("old");
        assertThat(rows()).isEqualTo(facesOf(synthetic, 5));
        assertThat(get(restarted, "/v1/subjects", 0).json().get("subjects")).hasSize(5);
        // another replica with an empty folder builds from the migrated rows
        assertThat(get(start("fresh"), "/v1/subjects", 0).json().get("subjects")).hasSize(5);
    }

    @Test
    void aReplicaIsNotReadyUntilItsIndexIsBuilt() throws SQLException {
        start("a").context().close(); // creates the schema
        try (Connection c = connect(); Statement s = c.createStatement()) {
            c.setAutoCommit(false);
            s.execute("LOCK TABLE face.templates IN ACCESS EXCLUSIVE MODE"); // the build waits for it
            Replica blocked = startUnready("b");
            Response readiness = send(blocked, "GET", "/actuator/health/readiness", 0, null);
            assertThat(readiness.status()).isEqualTo(503);
            assertThat(readiness.body()).contains("OUT_OF_SERVICE");
            Response subjects = get(blocked, "/v1/subjects", 0);
            assertThat(subjects.status()).isEqualTo(503);
            assertThat(subjects.json().get("code").asString()).isEqualTo("index-building");
            c.rollback();
            eventually(() -> send(blocked, "GET", "/actuator/health/readiness", 0, null).status() == 200);
        }
    }

    @Test
    void aReplicaAwayLongerThanTheTombstoneRetentionRebuildsWithoutTheErasedFace() throws SQLException {
        // "a" removes every tombstone within a fraction of a second
        Replica a = start("a", "--face.index.sync.tombstone-retention=0s",
                "--face.index.sync.compaction-interval=100ms");
        Replica b = start("b");
        DemoFace face = frontal();
        for (String subject : List.of("k0", "k1", "gone")) {
            assertThat(enrol(a, subject, face).status()).isEqualTo(200);
        }
        long enrolled = scalar("SELECT max(seq) FROM face.templates");
        assertThat(get(b, "/v1/subjects/gone", enrolled).status()).isEqualTo(200);
        b.context().close();

        Response erased = send(a, "DELETE", "/v1/subjects/gone", 0, null);
        assertThat(erased.json().get("deleted").asInt()).isEqualTo(1);
        long erasedAt = Long.parseLong(erased.header("X-Index-Sequence"));
        // "a" may remove the tombstone before applying it itself, and then rebuilds (a moment not ready)
        eventually(() -> enrol(a, "k2", face).status() == 200);
        eventually(() -> scalarUnchecked("SELECT count(*) FROM face.templates WHERE deleted") == 0);
        assertThat(scalar("SELECT compacted_seq FROM face.store")).isEqualTo(erasedAt);

        // "b" had applied less than the compacted sequence: incremental catch-up would miss the delete
        Replica back = start("b");
        assertThat(get(back, "/v1/subjects/gone", 0).status()).isEqualTo(404);
        assertThat(get(back, "/v1/subjects", 0).json().get("subjects").findValuesAsString("subjectId"))
                .containsExactlyInAnyOrder("k0", "k1", "k2");
        JsonNode match = recognise(back, face, 0).json().get("faces").get(0).get("match");
        assertThat(match.get("subjectId").asString()).isIn("k0", "k1", "k2");
        JsonNode faceIndex = health(back).get("components").get("faceIndex").get("details");
        assertThat(faceIndex.get("faces").asInt()).isEqualTo(3);
        // the compacting replica itself still answers the same
        assertThat(get(a, "/v1/subjects/gone", 0).status()).isEqualTo(404);
        assertThat(get(a, "/v1/subjects", 0).body()).isEqualTo(get(back, "/v1/subjects", 0).body());
    }

    @Test
    void aRunningReplicaCutOffLongerThanTheTombstoneRetentionRebuildsWhenItReconnects() throws SQLException {
        Replica a = start("a", "--face.index.sync.tombstone-retention=0s",
                "--face.index.sync.compaction-interval=100ms");
        // "b" connects as a role of its own, so that it alone can be cut off from the database
        String role = "b_" + database;
        try (Connection c = connect(); Statement s = c.createStatement()) {
            s.execute("CREATE ROLE " + role + " LOGIN PASSWORD 'b'");
            s.execute("GRANT USAGE ON SCHEMA face TO " + role);
            s.execute("GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA face TO " + role);
            s.execute("GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA face TO " + role);
        }
        String url = TestPostgres.database(database).replaceFirst("\\?.*", ""); // without its user=postgres
        Replica b = start("b", "--spring.datasource.url=" + url,
                "--spring.datasource.username=" + role, "--spring.datasource.password=b");
        DemoFace face = frontal();
        for (String subject : List.of("k0", "k1", "gone")) {
            assertThat(enrol(a, subject, face).status()).isEqualTo(200);
        }
        assertThat(get(b, "/v1/subjects/gone", scalar("SELECT max(seq) FROM face.templates")).status())
                .isEqualTo(200);

        try (Connection c = connect(); Statement s = c.createStatement()) {
            s.execute("ALTER ROLE " + role + " NOLOGIN");
            s.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = '" + role + "'");
            eventually(() -> scalarUnchecked("SELECT count(*) FROM pg_stat_activity WHERE usename = '" + role
                    + "'") == 0);
            try {
                assertThat(send(a, "DELETE", "/v1/subjects/gone", 0, null).json().get("deleted").asInt())
                        .isEqualTo(1);
                // "a" may remove the tombstone before applying it itself, and then rebuilds (a moment)
                eventually(() -> enrol(a, "k2", face).status() == 200);
                eventually(() -> scalarUnchecked("SELECT count(*) FROM face.templates WHERE deleted") == 0);
                // cut off, "b" still answers from its index, which has not seen the delete
                assertThat(get(b, "/v1/subjects/gone", 0).status()).isEqualTo(200);
            } finally {
                s.execute("ALTER ROLE " + role + " LOGIN");
            }
        }

        // back: the delete is gone from the table, so "b" cannot catch up change by change and rebuilds
        eventually(() -> get(b, "/v1/subjects/k2", 0).status() == 200
                && send(b, "GET", "/actuator/health/readiness", 0, null).status() == 200);
        assertThat(get(b, "/v1/subjects/gone", 0).status()).isEqualTo(404);
        assertThat(get(b, "/v1/subjects", 0).json().get("subjects").findValuesAsString("subjectId"))
                .containsExactlyInAnyOrder("k0", "k1", "k2");
        JsonNode match = recognise(b, face, 0).json().get("faces").get(0).get("match");
        assertThat(match.get("subjectId").asString()).isIn("k0", "k1", "k2");
    }

    private long scalar(String sql) throws SQLException {
        try (Connection c = connect(); Statement s = c.createStatement(); var rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private long scalarUnchecked(String sql) {
        try {
            return scalar(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private long facesOf(SyntheticFaces synthetic, int subjects) {
        long n = 0;
        for (int i = 0; i < subjects; i++) {
            n += synthetic.enrolment(i).size();
        }
        return n;
    }

    private long rows() throws SQLException {
        try (Connection c = connect();
                Statement s = c.createStatement();
                var rs = s.executeQuery("SELECT count(*) FROM face.templates")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(TestPostgres.database(database), "postgres", "postgres");
    }

    private static DemoFace frontal() {
        return demo.stream().filter(d -> d.face().quality().ok()).findFirst().orElseThrow();
    }

    /** A replica on its own index folder {@code name}, ready (its index built). */
    private Replica start(String name, String... arguments) {
        Replica replica = startUnready(name, arguments);
        eventually(() -> send(replica, "GET", "/actuator/health/readiness", 0, null).status() == 200);
        return replica;
    }

    private Replica startUnready(String name, String... arguments) {
        List<String> args = new ArrayList<>(List.of(
                "--server.port=0",
                "--spring.main.banner-mode=off",
                "--face.api-token=" + TOKEN,
                "--face.models-dir=" + TestModels.modelsDir(),
                "--face.index-dir=" + dir.resolve(name),
                "--face.index.sync.poll-interval=500ms",
                "--management.endpoint.health.show-details=always",
                "--" + TestPostgres.DATABASE + "=" + database));
        args.addAll(List.of(arguments));
        ConfigurableApplicationContext context = new SpringApplicationBuilder(FaceServiceApplication.class).run(
                args.toArray(String[]::new));
        started.add(context);
        return new Replica(context, ((WebServerApplicationContext) context).getWebServer().getPort());
    }

    private Response enrol(Replica replica, String subject, DemoFace face) {
        Form form = new Form().jpeg("images", subject + ".jpg",
                Augment.encodeJpeg(DemoFaces.portrait(demo, face), 92));
        return send(replica, "PUT", "/v1/subjects/" + subject + "/faces", 0, null, form);
    }

    private Response recognise(Replica replica, DemoFace face, long minSequence) {
        Form form = new Form().jpeg("image", "probe.jpg", Augment.encodeJpeg(DemoFaces.portrait(demo, face), 92));
        return send(replica, "POST", "/v1/recognize", minSequence, null, form);
    }

    private Response get(Replica replica, String path, long minSequence) {
        return send(replica, "GET", path, minSequence, null);
    }

    private JsonNode health(Replica replica) {
        return send(replica, "GET", "/actuator/health", 0, null).json();
    }

    private Response send(Replica replica, String method, String path, long minSequence, String rawHeader) {
        return send(replica, method, path, minSequence, rawHeader, null);
    }

    private Response send(Replica replica, String method, String path, long minSequence, String rawHeader,
            Form form) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + replica.port() + path))
                .header("Authorization", "Bearer " + TOKEN);
        if (minSequence != 0) {
            request.header("X-Index-Min-Sequence", Long.toString(minSequence));
        } else if (rawHeader != null) {
            request.header("X-Index-Min-Sequence", rawHeader);
        }
        if (form == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", form.contentType());
            request.method(method, HttpRequest.BodyPublishers.ofByteArray(form.bytes()));
        }
        try {
            HttpResponse<String> r = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Response(r.statusCode(), r.headers().map(), r.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void eventually(BooleanSupplier condition) {
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("condition not reached within 30 s").isLessThan(deadline);
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    /** A started replica. */
    private record Replica(ConfigurableApplicationContext context, int port) {
    }

    /** An HTTP answer with its headers. */
    private record Response(int status, java.util.Map<String, List<String>> headers, String body) {

        String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().getFirst()).findFirst().orElse(null);
        }

        JsonNode json() {
            return JSON.readTree(body);
        }
    }
}
