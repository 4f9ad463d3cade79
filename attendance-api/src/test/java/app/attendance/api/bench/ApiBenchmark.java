package app.attendance.api.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * Not a test: a benchmark run by {@code attendance-api/bench.sh} (surefire's default includes do not
 * match its name). Starts the API on a random port over real PostgreSQL, imports 5,000 students
 * from CSV over HTTP, grows the data to 50,000 students and 1,000,000 attendance rows with
 * {@code generate_series}, then times the list and search endpoints and prints the figures.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "attendance.admin.username=admin", "attendance.admin.password=bench-admin-password",
        "logging.level.root=WARN"})
class ApiBenchmark {

    private static final int CLASSES = 100;
    private static final int STUDENTS = 50_000;
    private static final int SESSIONS_PER_CLASS = 20;
    private static final int WARMUP = 30;
    private static final int RUNS = 300;

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    private final HttpClient http = HttpClient.newHttpClient();
    private final JsonMapper json = JsonMapper.builder().build();
    private String token;

    @Test
    void run() throws Exception {
        token = "Bearer " + json.readTree(send(HttpRequest.newBuilder(uri("/api/auth/login"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "{\"username\":\"admin\",\"password\":\"bench-admin-password\"}")).build()))
                .get("accessToken").asString();
        long teacher = jdbc.sql("insert into teachers (employee_code, full_name) values ('BENCH-T', 'Bench Teacher')"
                + " returning id").query(Long.class).single();
        long subject = jdbc.sql("insert into subjects (code, name) values ('BENCH', 'Bench') returning id")
                .query(Long.class).single();
        jdbc.sql("insert into classes (name, grade, homeroom_teacher_id) select 'B' || g, 10, :t"
                + " from generate_series(1, :n) g").param("t", teacher).param("n", CLASSES).update();

        StringBuilder csv = new StringBuilder("studentCode,fullName,className,gender,dateOfBirth,guardianEmail\n");
        for (int i = 1; i <= 5000; i++) {
            csv.append("IMP").append(i).append(",Imported Student ").append(i).append(",B").append(1 + i % CLASSES)
                    .append(i % 2 == 0 ? ",F" : ",M").append(",2012-01-").append(String.format("%02d", 1 + i % 28))
                    .append(",guardian").append(i).append("@example.test\n");
        }
        long t0 = System.nanoTime();
        String imported = send(HttpRequest.newBuilder(uri("/api/students/import")).header("Authorization", token)
                .header("Content-Type", "text/csv").POST(HttpRequest.BodyPublishers.ofString(csv.toString())).build());
        double importSeconds = (System.nanoTime() - t0) / 1e9;
        System.out.printf(Locale.ROOT, "%nCSV import of 5,000 students: %.2f s (%s)%n", importSeconds, imported);

        t0 = System.nanoTime();
        jdbc.sql("""
                insert into students (student_code, full_name, class_id, gender)
                select 'GEN' || g, 'Student ' || md5(g::text), (select min(id) from classes where name like 'B%') + g % :c,
                       case when g % 2 = 0 then 'FEMALE' else 'MALE' end
                from generate_series(1, :n) g""").param("c", CLASSES).param("n", STUDENTS - 5000).update();
        jdbc.sql("""
                insert into sessions (class_id, subject_id, teacher_id, session_date, start_time, end_time, status)
                select c.id, :s, :t, date '2026-09-01' + d, time '08:00', time '08:45', 'CLOSED'
                from classes c, generate_series(0, :k - 1) d where c.name like 'B%'""")
                .param("s", subject).param("t", teacher).param("k", SESSIONS_PER_CLASS).update();
        jdbc.sql("""
                insert into attendance_records (session_id, student_id, status, first_seen_at, source, similarity)
                select s.id, st.id, (array['PRESENT','PRESENT','PRESENT','LATE','ABSENT','EXCUSED'])[1 + (st.id + s.id) % 6],
                       now(), 'CAMERA', 0.7
                from sessions s join students st on st.class_id = s.class_id""").update();
        jdbc.sql("analyze").update();
        long rows = jdbc.sql("select count(*) from attendance_records").query(Long.class).single();
        long students = jdbc.sql("select count(*) from students").query(Long.class).single();
        System.out.printf(Locale.ROOT, "Generated data: %,d students, %,d attendance rows in %.1f s%n%n", students,
                rows, (System.nanoTime() - t0) / 1e9);

        long classId = jdbc.sql("select id from classes where name = 'B42'").query(Long.class).single();
        long studentId = jdbc.sql("select id from students where student_code = 'GEN777'").query(Long.class).single();
        long sessionId = jdbc.sql("select min(id) from sessions where class_id = :c").param("c", classId)
                .query(Long.class).single();
        System.out.printf("%-62s %8s %8s %8s%n", "endpoint (" + RUNS + " calls each)", "p50 ms", "p95 ms", "p99 ms");
        measure("/api/students?page=0&size=20");
        measure("/api/students?page=100&size=50&sort=studentCode,desc");
        measure("/api/students?q=student%20ab");
        measure("/api/students?q=GEN4242");
        measure("/api/students?classId=" + classId);
        measure("/api/teachers?q=bench");
        measure("/api/classes?size=100");
        measure("/api/sessions?classId=" + classId + "&from=2026-09-01&to=2026-09-30");
        measure("/api/sessions?date=2026-09-05&size=100");
        measure("/api/sessions/" + sessionId + "/roster");
        measure("/api/attendance?studentId=" + studentId);
        measure("/api/attendance?classId=" + classId + "&from=2026-09-01&to=2026-09-07&size=100");
        measure("/api/attendance?status=EXCUSED&from=2026-09-03&to=2026-09-03");
        measure("/api/attendance?size=20");
        measure("/api/audit?size=20");
    }

    private void measure(String path) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(uri(path)).header("Authorization", token).GET().build();
        for (int i = 0; i < WARMUP; i++) {
            send(request);
        }
        double[] ms = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long t = System.nanoTime();
            send(request);
            ms[i] = (System.nanoTime() - t) / 1e6;
        }
        Arrays.sort(ms);
        System.out.printf(Locale.ROOT, "%-62s %8.1f %8.1f %8.1f%n", path, ms[RUNS / 2], ms[(int) (RUNS * 0.95)],
                ms[(int) (RUNS * 0.99)]);
    }

    private String send(HttpRequest request) throws Exception {
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() >= 300) {
            throw new IllegalStateException(request.uri() + " → " + response.statusCode() + " " + response.body());
        }
        return response.body();
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
