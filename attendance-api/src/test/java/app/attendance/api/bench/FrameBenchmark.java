package app.attendance.api.bench;

import app.attendance.api.AttendanceApiApplication;
import app.attendance.api.support.FaceServiceProcess;
import app.attendance.api.support.TestData;
import app.attendance.api.support.TestDatabase;
import app.attendance.api.support.TestFaces;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Benchmark (not a test) of taking attendance through the API over real HTTP: attendance-api on
 * Tomcat with embedded PostgreSQL, a real face-service process, production client settings.
 * <ol>
 * <li>frame → marked: a 3-face webcam-sized frame into a fresh open session, all three marked in
 *     that frame; and the same frame again (already marked); face-service alone for comparison;</li>
 * <li>sustained: 10 cameras at 2 frames/s each, every camera its own session;</li>
 * <li>a classroom once everyone is marked ({@link EveryoneMarkedBenchmark}).</li>
 * </ol>
 * Run with {@code ./bench.sh api-frames}.
 */
public final class FrameBenchmark {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private static final ZoneId ZONE = ZoneId.of("UTC");

    public static void main(String[] args) throws Exception {
        int rounds = Integer.getInteger("bench.rounds", 100);
        int seconds = Integer.getInteger("bench.seconds", 30);
        int cameras = Integer.getInteger("bench.cameras", 10);
        double fps = Double.parseDouble(System.getProperty("bench.fps", "2"));

        FaceServiceProcess face = FaceServiceProcess.shared();
        TestDatabase.Connection db = TestDatabase.connection();
        ConfigurableApplicationContext api = new SpringApplication(AttendanceApiApplication.class).run(
                "--server.port=0", "--spring.datasource.url=" + db.url(),
                "--spring.datasource.username=" + db.username(), "--spring.datasource.password=" + db.password(),
                "--attendance.face-service.url=" + face.url(), "--attendance.face-service.token=" + face.token(),
                "--attendance.admin.username=admin", "--attendance.admin.password=bench-admin-password",
                "--attendance.zone=UTC", "--logging.level.root=WARN", "--spring.main.banner-mode=off");
        try {
            run(api, face, rounds, seconds, cameras, fps);
        } finally {
            api.close();
            face.stop();
        }
        System.exit(0);
    }

    private static void run(ConfigurableApplicationContext api, FaceServiceProcess face, int rounds, int seconds,
            int cameras, double fps) throws Exception {
        String base = "http://127.0.0.1:" + api.getEnvironment().getProperty("local.server.port");
        JdbcClient jdbc = api.getBean(JdbcClient.class);
        TestData data = new TestData(jdbc);
        String admin = "Bearer " + JSON.readTree(send(HttpRequest.newBuilder(URI.create(base + "/api/auth/login"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "{\"username\":\"admin\",\"password\":\"bench-admin-password\"}")).build()).body())
                .get("accessToken").asString();

        TestFaces faces = new TestFaces(face);
        byte[] sample = TestFaces.sample(1);
        List<TestFaces.Face> found = faces.detect(sample);
        long teacher = data.teacher();
        long subject = data.subject();
        long schoolClass = data.schoolClass(teacher);
        for (TestFaces.Face f : found) {
            long student = data.student(schoolClass);
            jdbc.sql("update students set consent_given = true where id = :id").param("id", student).update();
            HttpResponse<String> r = send(multipart(base + "/api/students/" + student + "/photos", admin, "photos",
                    TestFaces.crop(sample, f, 0.4)));
            if (r.statusCode() != 200 || !r.body().contains("\"accepted\":true")) {
                throw new IllegalStateException("enrolment failed: " + r.body());
            }
        }
        byte[] frame = TestFaces.scaled(sample, 640);
        long liveFaces = faces.detect(frame).stream().filter(TestFaces.Face::live).count();
        System.out.printf(Locale.ROOT,
                "%nSetup: %d students enrolled from sample1; frame 640x%d JPEG %d KB, %d live faces; "
                        + "%d CPUs, load average %.1f%n", found.size(), 640 * 1280 / 1920, frame.length / 1024,
                liveFaces,
                Runtime.getRuntime().availableProcessors(),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());

        for (int i = 0; i < 20; i++) {
            long warm = session(data, schoolClass, subject, teacher);
            send(multipart(base + "/api/sessions/" + warm + "/frames", admin, "image", frame));
        }

        long apiCpu0 = processCpuNanos();
        long faceCpu0 = face.cpuTime().toNanos();
        List<Double> marking = new ArrayList<>();
        List<Double> already = new ArrayList<>();
        int allMarked = 0;
        for (int i = 0; i < rounds; i++) {
            long session = session(data, schoolClass, subject, teacher);
            long t0 = System.nanoTime();
            HttpResponse<String> r = send(multipart(base + "/api/sessions/" + session + "/frames", admin, "image",
                    frame));
            marking.add((System.nanoTime() - t0) / 1e6);
            if (r.statusCode() == 200 && count(r.body(), "\"MARKED\"") == liveFaces) {
                allMarked++;
            }
            t0 = System.nanoTime();
            send(multipart(base + "/api/sessions/" + session + "/frames", admin, "image", frame));
            already.add((System.nanoTime() - t0) / 1e6);
        }
        double apiCpuPerFrame = (processCpuNanos() - apiCpu0) / 1e6 / (2.0 * rounds);
        double faceCpuPerFrame = (face.cpuTime().toNanos() - faceCpu0) / 1e6 / (2.0 * rounds);
        List<Double> direct = new ArrayList<>();
        for (int i = 0; i < rounds; i++) {
            long t0 = System.nanoTime();
            faces.recognize(frame, null);
            direct.add((System.nanoTime() - t0) / 1e6);
        }
        System.out.printf(Locale.ROOT, "%nFrame -> marked, %d rounds (3-face frame, fresh session each, sequential)%n",
                rounds);
        print("API, frame that marks", marking);
        print("API, same frame again", already);
        print("face-service alone", direct);
        System.out.printf(Locale.ROOT, "  frames where every live face was MARKED: %d/%d%n", allMarked, rounds);
        System.out.printf(Locale.ROOT,
                "  CPU per frame (load-independent): attendance-api %.1f ms (incl. the benchmark's"
                        + " HTTP client), face-service %.1f ms; capacity on %d cores ~ %.0f frames/s%n", apiCpuPerFrame,
                faceCpuPerFrame, Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().availableProcessors() * 1000 / (apiCpuPerFrame + faceCpuPerFrame));

        sustained(base, admin, face, data, schoolClass, subject, teacher, frame, cameras, fps, seconds);

        long classroom = data.schoolClass(teacher);
        EveryoneMarkedBenchmark.run(base, admin, jdbc, face, data,
                FrameBenchmark::processCpuNanos, session(data, classroom, subject, teacher), classroom, rounds);
    }

    private static void sustained(String base, String admin, FaceServiceProcess face, TestData data, long schoolClass,
            long subject, long teacher,
            byte[] frame, int cameras, double fps, int seconds) throws Exception {
        List<Double> latencies = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger ok = new AtomicInteger();
        AtomicInteger busy = new AtomicInteger();
        AtomicInteger other = new AtomicInteger();
        AtomicInteger late = new AtomicInteger();
        long periodNanos = (long) (1e9 / fps);
        long apiCpu0 = processCpuNanos();
        long faceCpu0 = face.cpuTime().toNanos();
        ExecutorService pool = Executors.newFixedThreadPool(cameras);
        long start = System.nanoTime() + 200_000_000L;
        long end = start + seconds * 1_000_000_000L;
        List<Future<?>> running = new ArrayList<>();
        for (int c = 0; c < cameras; c++) {
            long session = session(data, schoolClass, subject, teacher);
            long offset = periodNanos * c / cameras;
            running.add(pool.submit(() -> {
                long next = start + offset;
                while (next < end) {
                    long wait = next - System.nanoTime();
                    if (wait > 0) {
                        Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                    } else if (-wait > periodNanos) {
                        late.incrementAndGet();
                    }
                    long t0 = System.nanoTime();
                    HttpResponse<String> r = send(multipart(base + "/api/sessions/" + session + "/frames", admin,
                            "image", frame));
                    latencies.add((System.nanoTime() - t0) / 1e6);
                    switch (r.statusCode()) {
                        case 200 -> ok.incrementAndGet();
                        case 503, 429 -> busy.incrementAndGet();
                        default -> other.incrementAndGet();
                    }
                    next += periodNanos;
                }
                return null;
            }));
        }
        for (Future<?> f : running) {
            f.get();
        }
        pool.shutdown();
        double wall = (System.nanoTime() - start) / 1e9;
        System.out.printf(Locale.ROOT, "%nSustained: %d cameras x %.1f frames/s for %d s (offered %.0f frames/s)%n",
                cameras, fps, seconds, cameras * fps);
        System.out.printf(Locale.ROOT,
                "  answered %.1f frames/s: %d ok, %d busy (503), %d other; %d frames sent over a period late%n",
                (ok.get() + busy.get() + other.get()) / wall, ok.get(), busy.get(), other.get(), late.get());
        print("API latency under load", new ArrayList<>(latencies));
        int frames = Math.max(1, ok.get() + busy.get() + other.get());
        System.out.printf(Locale.ROOT, "  CPU per frame: attendance-api %.1f ms, face-service %.1f ms%n",
                (processCpuNanos() - apiCpu0) / 1e6 / frames, (face.cpuTime().toNanos() - faceCpu0) / 1e6 / frames);
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static long session(TestData data, long schoolClass, long subject, long teacher) {
        ZonedDateTime now = ZonedDateTime.now(ZONE);
        LocalTime start = now.toLocalTime().minusMinutes(1).withNano(0);
        LocalTime endTime = start.plusMinutes(60).isBefore(start) ? LocalTime.of(23, 59, 59) : start.plusMinutes(60);
        return data.session(schoolClass, subject, teacher, null, now.toLocalDate(), start, endTime, "OPEN");
    }

    private static void print(String label, List<Double> millis) {
        List<Double> sorted = new ArrayList<>(millis);
        Collections.sort(sorted);
        System.out.printf(Locale.ROOT, "  %-28s n=%4d  p50 %6.1f ms  p95 %6.1f ms  p99 %6.1f ms  max %6.1f ms%n", label,
                sorted.size(), pct(sorted, 50), pct(sorted, 95), pct(sorted, 99), sorted.getLast());
    }

    private static double pct(List<Double> sorted, int p) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }

    private static int count(String body, String needle) {
        int n = 0;
        for (int i = body.indexOf(needle); i >= 0; i = body.indexOf(needle, i + 1)) {
            n++;
        }
        return n;
    }

    private static HttpRequest multipart(String url, String bearer, String part, byte[] image) {
        return EveryoneMarkedBenchmark.form(url, bearer, java.util.Map.of(), image, part);
    }

    static HttpResponse<String> send(HttpRequest request) {
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
