package app.attendance.web.system;

import app.attendance.testing.TestZone;
import static org.assertj.core.api.Assertions.assertThat;

import app.attendance.web.browser.Browsers;
import app.attendance.web.browser.FakeWebcam;
import app.attendance.web.browser.Screenshots;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Alert;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * The whole product end to end: face-service and attendance-api run from their packaged jars
 * (real ONNX models, real PostgreSQL, real HTTP), this web app in-process, and a real headless
 * Chromium whose webcam plays a demo group photo. An admin creates a class and its students in
 * the browser and enrols their photos; the teacher signs in, opens the live page, and the camera
 * marks exactly the enrolled students of the class; a student of another class is not marked;
 * closing the session marks the rest absent.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SchoolDayEndToEndTest {

    static final String ADMIN_PASSWORD = "Admin-" + UUID.randomUUID();
    static final String TEACHER_PASSWORD = "Teacher-" + UUID.randomUUID();
    static final String FACE_TOKEN = UUID.randomUUID().toString();
    static final Path SAMPLE = DemoPhoto.SAMPLE;

    static ServiceProcess face;
    static ServiceProcess api;
    static ChromeDriver driver;

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry registry) throws IOException {
        Browsers.assumeInstalled();
        face = DemoPhoto.faceService("face-service", ServiceProcess.database(), FACE_TOKEN);
        Map<String, String> apiEnv = new HashMap<>(ServiceProcess.database());
        apiEnv.putAll(Map.of(
                "FACE_SERVICE_URL", face.url(),
                "FACE_API_TOKEN", FACE_TOKEN,
                "JWT_SECRET", UUID.randomUUID() + "-" + UUID.randomUUID(),
                "ADMIN_USERNAME", "admin",
                "ADMIN_PASSWORD", ADMIN_PASSWORD,
                "TZ", "UTC"));
        apiEnv.put("ATTENDANCE_ZONE", TestZone.id());
        api = ServiceProcess.start("attendance-api", apiEnv);
        registry.add("attendance.api.url", api::url);
        registry.add("attendance.zone", TestZone::id);
    }

    @AfterAll
    static void stop() {
        if (driver != null) {
            driver.quit();
        }
        if (api != null) {
            api.close();
        }
        if (face != null) {
            face.close();
        }
    }

    @Test
    void aTeacherTakesAttendanceWithTheWebcam() throws Exception {
        List<byte[]> faces = DemoPhoto.faceCrops(new ApiCalls(face.url(), FACE_TOKEN));
        assertThat(faces).as("faces in the demo photo").hasSize(3);

        ApiCalls admin = ApiCalls.signIn(api.url(), "admin", ADMIN_PASSWORD);
        JsonNode teacher = admin.post("/api/teachers", """
                {"employeeCode":"T-001","fullName":"Tran Thi Lan","email":"lan@school.test","phone":"0901000001",
                 "subjectIds":[],"username":"lan","password":"%s"}""".formatted(TEACHER_PASSWORD));
        JsonNode subject = admin.post("/api/subjects",
                "{\"code\":\"MATH10\",\"name\":\"Mathematics\",\"color\":\"#1e88e5\"}");
        JsonNode room = admin.post("/api/rooms", "{\"name\":\"Room 101\",\"capacity\":40}");
        JsonNode otherClass = admin.post("/api/classes", "{\"name\":\"10A2\",\"grade\":10}");
        JsonNode outsider = admin.post("/api/students",
                """
                {"studentCode":"S-900","fullName":"Le Van Khach","classId":%d,"gender":"MALE","dateOfBirth":"2010-03-01"}"""
                        .formatted(otherClass.get("id").asLong()));
        admin.send("PUT", "/api/students/" + outsider.get("id").asLong() + "/consent", "{\"given\":true}");
        admin.postFile("/api/students/" + outsider.get("id").asLong() + "/photos", "photos", "khach.jpg", faces.get(2));

        Path webcam = FakeWebcam.fromPhoto(SAMPLE, Path.of("target", "fake-webcam", "e2e-class.y4m"), 10);
        driver = Browsers.start(webcam.toAbsolutePath());

        // The admin sets up the class in the browser and enrols two of its three students.
        signIn("admin", ADMIN_PASSWORD);
        driver.get(url("/classes/new"));
        type("name", "10A1");
        type("grade", "10");
        new Select(driver.findElement(By.id("homeroomTeacherId"))).selectByVisibleText("Tran Thi Lan");
        submit();
        long classId = admin.get("/api/classes?q=10A1").get("content").get(0).get("id").asLong();

        long an = createStudent(admin, "S-101", "Nguyen Thi An", "10A1");
        long binh = createStudent(admin, "S-102", "Pham Van Binh", "10A1");
        long cuong = createStudent(admin, "S-103", "Do Minh Cuong", "10A1");
        enrol(an, faces.get(0), "an.jpg");
        enrol(binh, faces.get(1), "binh.jpg");
        Screenshots.both(driver, "e2e-student-photos");

        LocalTime now = LocalTime.now(TestZone.MIDDAY).withSecond(0).withNano(0);
        DateTimeFormatter hm = DateTimeFormatter.ofPattern("HH:mm");
        JsonNode session = admin.post("/api/sessions", """
                {"classId":%d,"subjectId":%d,"teacherId":%d,"roomId":%d,"date":"%s","startTime":"%s","endTime":"%s"}"""
                .formatted(classId, subject.get("id").asLong(), teacher.get("id").asLong(), room.get("id").asLong(),
                        LocalDate.now(TestZone.MIDDAY), now.minusMinutes(2).format(hm), now.plusMinutes(45).format(
                                hm)));
        long sessionId = session.get("id").asLong();

        // The teacher opens the session and points the camera at the class.
        driver.manage().deleteAllCookies(); // a new browser session: the admin is signed out
        signIn("lan", TEACHER_PASSWORD);
        driver.get(url("/sessions/" + sessionId + "/live"));
        driver.findElement(By.cssSelector("form[action$='/open'] button")).click();
        waitUpTo(20).until(d -> d.findElement(By.id("liveStart")).isEnabled());
        driver.findElement(By.id("liveStart")).click();

        waitUpTo(90).until(d -> "PRESENT".equals(status(an)) && "PRESENT".equals(status(binh)));
        // Both enrolled students of the class are marked, so nobody is left to find: the overlay then
        // follows the faces of the marked students only (the other class's student is no longer boxed).
        waitUpTo(30).until(d -> Integer.parseInt(d.findElement(By.id("liveStage")).getAttribute(
                "data-faces-drawn")) >= 2);
        waitUpTo(30).until(d -> d.findElement(By.id("liveStatus")).getText().contains("everyone is marked"));
        Screenshots.both(driver, "e2e-live-marked");

        assertThat(status(cuong)).as("a student without photos is not marked").isEqualTo("NONE");
        JsonNode roster = admin.get("/api/sessions/" + sessionId + "/roster");
        assertThat(roster).hasSize(3);
        assertThat(roster.valueStream().filter(r -> "PRESENT".equals(r.path("status").asString(""))).count())
                .as("only the two enrolled students of the class are marked").isEqualTo(2);
        assertThat(roster.valueStream().map(r -> r.get("studentId").asLong()))
                .as("the student of another class is not on this roster").doesNotContain(outsider.get("id").asLong());
        assertThat(driver.findElement(By.id("liveRecent")).getText()).isNotBlank();

        // Closing the session marks the rest absent.
        driver.findElement(By.id("liveStop")).click();
        driver.findElement(By.cssSelector("form[action$='/close'] button")).click();
        acceptConfirmation();
        waitUpTo(20).until(d -> "ABSENT".equals(apiStatus(admin, sessionId, cuong)));
        assertThat(apiStatus(admin, sessionId, an)).isEqualTo("PRESENT");
        driver.get(url("/sessions/" + sessionId + "/live"));
        waitUpTo(10).until(d -> "ABSENT".equals(status(cuong)));
        Screenshots.both(driver, "e2e-live-closed");
    }

    private long createStudent(ApiCalls admin, String code, String name, String className) throws IOException {
        driver.get(url("/students/new"));
        type("studentCode", code);
        type("fullName", name);
        new Select(driver.findElement(By.id("classId"))).selectByVisibleText(className);
        submit();
        return admin.get("/api/students?q=" + code).get("content").get(0).get("id").asLong();
    }

    private void enrol(long studentId, byte[] photo, String fileName) throws IOException {
        driver.get(url("/students/" + studentId + "/photos"));
        List<WebElement> consent = driver.findElements(By.cssSelector("form[action$='/consent'] button"));
        if (!consent.isEmpty()) {
            consent.getFirst().click();
            waitUpTo(10).until(d -> !d.findElements(By.id("photoFiles")).isEmpty());
        }
        Path file = Path.of("target", "e2e-photos", fileName).toAbsolutePath();
        Files.createDirectories(file.getParent());
        Files.write(file, photo);
        driver.findElement(By.id("photoFiles")).sendKeys(file.toString());
        driver.findElement(By.cssSelector("#photoFiles ~ button[type=submit]")).click();
        waitUpTo(60).until(d -> !d.findElements(By.cssSelector("#uploadResults li")).isEmpty());
        assertThat(driver.findElement(By.id("uploadResults")).getText()).contains(fileName);
    }

    /** The roster row's status; htmx swaps the roster every few seconds, so a row may go stale. */
    private String status(long studentId) {
        for (int attempt = 0;; attempt++) {
            try {
                List<WebElement> rows = driver.findElements(By.cssSelector(".roster-row[data-student-id='" + studentId
                        + "']"));
                return rows.isEmpty() ? "MISSING" : rows.getFirst().getAttribute("data-status");
            } catch (StaleElementReferenceException swapped) {
                if (attempt == 5) {
                    throw swapped;
                }
            }
        }
    }

    private static String apiStatus(ApiCalls admin, long sessionId, long studentId) {
        for (JsonNode row : admin.get("/api/sessions/" + sessionId + "/roster")) {
            if (row.get("studentId").asLong() == studentId) {
                return row.path("status").asString("NONE");
            }
        }
        return "MISSING";
    }

    private void signIn(String username, String password) {
        driver.get(url("/login"));
        driver.findElement(By.name("username")).sendKeys(username);
        driver.findElement(By.name("password")).sendKeys(password);
        driver.findElement(By.cssSelector("form button[type=submit]")).click();
        waitUpTo(15).until(d -> !d.getCurrentUrl().contains("/login"));
    }

    private void submit() {
        String before = driver.getCurrentUrl();
        driver.findElement(By.cssSelector("main form button[type=submit]")).click();
        waitUpTo(15).until(d -> !d.getCurrentUrl().equals(before) || !d.findElements(By.cssSelector(
                ".is-invalid, .alert-danger")).isEmpty());
        assertThat(driver.findElements(By.cssSelector(".invalid-feedback, .alert-danger")).stream()
                .filter(WebElement::isDisplayed).map(WebElement::getText).toList())
                .as("form errors on " + before).isEmpty();
    }

    private void type(String fieldId, String text) {
        WebElement field = driver.findElement(By.id(fieldId));
        field.clear();
        field.sendKeys(text);
    }

    private void acceptConfirmation() {
        try {
            Alert alert = waitUpTo(5).until(d -> {
                try {
                    return d.switchTo().alert();
                } catch (NoAlertPresentException e) {
                    return null;
                }
            });
            alert.accept();
        } catch (org.openqa.selenium.TimeoutException e) {
            // the page asked no confirmation
        }
    }

    private WebDriverWait waitUpTo(int seconds) {
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(seconds));
        wait.ignoring(StaleElementReferenceException.class);
        return wait;
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
