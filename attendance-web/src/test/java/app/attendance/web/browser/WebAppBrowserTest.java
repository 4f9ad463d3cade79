package app.attendance.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The web app in real headless Chromium with a fake webcam playing a demo group photo. The API
 * is played by {@link FakeApiServer} (held to docs/openapi/attendance-api.json) — this test
 * checks the web layer: sign-in, the live page's camera loop, relay, overlay and roster, the
 * kiosk, and how pages look. The end-to-end test with the real API and face-service reuses
 * {@link Browsers}, {@link FakeWebcam} and {@link Screenshots}.
 */
class WebAppBrowserTest extends BrowserTest {

    @BeforeAll
    static void browser() throws IOException {
        assertThat(FakeWebcam.testImages().resolve("sample1.jpg")).as("demo photos: run bash models/fetch.sh").exists();
        startWithPhoto();
    }

    @BeforeEach
    void english() {
        driver.manage().window().setSize(Browsers.DESKTOP);
    }

    /** Opens a page and checks that it rendered (no error page). */
    void open(String path) {
        driver.get(url(path));
        assertThat(driver.findElements(By.tagName("h1"))).as(path).isNotEmpty();
        assertThat(driver.getPageSource()).as(path).doesNotContain("Something went wrong").doesNotContain("??");
    }

    @Test
    void signInShowsTodaysDashboard() throws IOException {
        driver.manage().deleteAllCookies();
        driver.get(url("/login?lang=en"));
        Screenshots.both(driver, "01-login");
        driver.findElement(By.id("username")).sendKeys("admin");
        driver.findElement(By.id("password")).sendKeys("wrong");
        driver.findElement(By.cssSelector("button[type=submit]")).click();
        waitUpTo(10).until(d -> !d.findElements(By.cssSelector(".alert-danger")).isEmpty());
        assertThat(driver.findElement(By.cssSelector(".alert-danger")).getText()).contains(
                "Wrong username or password");

        signIn("admin");
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Today");
        assertThat(driver.getPageSource()).contains("Toán").contains("Vật lý");
        assertThat(driver.manage().getCookies()).allSatisfy(c -> assertThat(c.getValue()).doesNotContain(
                "fake-access"));
        Screenshots.both(driver, "02-dashboard");

        driver.get(url("/?lang=vi"));
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Hôm nay");
        Screenshots.take(driver, "03-dashboard-vi");
        driver.get(url("/?lang=en"));
    }

    @Test
    void theLivePageSendsWebcamFramesAndDrawsTheOutcomes() throws Exception {
        signIn("lan");
        assertThat(driver.findElements(By.cssSelector(".navbar a[href='/students']"))).as("teachers see no admin pages")
                .isEmpty();
        Screenshots.take(driver, "04-teacher-dashboard");
        driver.get(url("/sessions/42/live"));
        Screenshots.take(driver, "04-live-before-camera");
        int before = api.frames().size();
        driver.findElement(By.id("liveStart")).click();
        WebElement stage = driver.findElement(By.id("liveStage"));
        waitUpTo(30).until(d -> Integer.parseInt(stage.getDomAttribute("data-frames-sent") == null ? "0"
                : String.valueOf(((JavascriptExecutor) d).executeScript(
                        "return document.getElementById('liveStage').dataset.framesSent"))) >= 4);

        List<FakeApiServer.Frame> frames = api.frames().subList(before, api.frames().size());
        assertThat(frames).hasSizeGreaterThanOrEqualTo(4);
        long videoWidth = (Long) ((JavascriptExecutor) driver).executeScript(
                "return document.getElementById('liveVideo').videoWidth");
        for (FakeApiServer.Frame frame : frames) {
            BufferedImage jpeg = ImageIO.read(new ByteArrayInputStream(frame.jpeg()));
            assertThat(jpeg).as("a decodable JPEG").isNotNull();
            // Up to 1280 px wide, never upscaled: the fake webcam is 640 px wide, so its frames stay 640.
            assertThat(jpeg.getWidth()).isLessThanOrEqualTo(1280).isEqualTo((int) videoWidth).isEqualTo(
                    FakeWebcam.WIDTH);
            assertThat(frame.jpeg()[0]).isEqualTo((byte) 0xFF);
            assertThat(frame.jpeg()[1]).isEqualTo((byte) 0xD8);
        }
        assertThat(api.maxFramesInFlight()).as("never more than one frame in flight").isEqualTo(1);
        // At most 2 frames per second on average; the relay through the web app adds some jitter per frame.
        long span = frames.getLast().receivedAtMillis() - frames.getFirst().receivedAtMillis();
        assertThat(span).as("at most 2 frames per second").isGreaterThanOrEqualTo(500L * (frames.size() - 1) - 200);
        for (int i = 1; i < frames.size(); i++) {
            assertThat(frames.get(i).receivedAtMillis() - frames.get(i - 1).receivedAtMillis()).as("no bursts")
                    .isGreaterThan(250);
        }
        // The overlay: left edge of the MARKED box is green, of the NEEDS_CONFIRMATION box amber, of UNKNOWN grey.
        assertThat(pixel(121, 160)).satisfies(p -> assertThat(p[1]).isGreaterThan(150).isGreaterThan(p[0] + 60));
        assertThat(pixel(301, 160)).satisfies(p -> assertThat(p[0]).isGreaterThan(200));
        assertThat(pixel(301, 160)[2]).isLessThan(80);
        assertThat(pixel(451, 160)).satisfies(p -> assertThat(Math.abs(p[0] - p[2])).isLessThan(60));
        assertThat(String.valueOf(((JavascriptExecutor) driver).executeScript(
                "return document.getElementById('liveStage').dataset.lastOutcomes"))).isEqualTo(
                        "MARKED,NEEDS_CONFIRMATION,UNKNOWN");
        // The roster follows: the student the camera marked is now present.
        waitUpTo(10).until(d -> "PRESENT".equals(d.findElement(By.cssSelector(".roster-row[data-student-id='8']"))
                .getDomAttribute("data-status")));
        assertThat(driver.findElement(By.id("liveRecent")).getText()).contains("Vũ Đức Long");
        Screenshots.both(driver, "05-live");
        driver.findElement(By.id("liveStop")).click();

        // An uncertain match is confirmed with one click (htmx, CSRF header added by app.js).
        waitUpTo(10).ignoring(org.openqa.selenium.ElementClickInterceptedException.class).until(d -> {
            WebElement confirm = d.findElement(By.cssSelector(".pending-item .btn-success"));
            ((org.openqa.selenium.JavascriptExecutor) d).executeScript(
                    "arguments[0].scrollIntoView({block: 'center'})", confirm);
            confirm.click();
            return true;
        });
        waitUpTo(10).until(d -> api.requests().contains("POST /api/sessions/42/pending/77/confirm"));
    }

    @Test
    void aBusyFaceServiceShowsABannerAndTheCameraBacksOff() throws Exception {
        signIn("lan");
        api.busy(true);
        try {
            driver.get(url("/sessions/42/live"));
            int before = api.frames().size();
            driver.findElement(By.id("liveStart")).click();
            WebElement banner = driver.findElement(By.id("liveBanner"));
            waitUpTo(15).until(d -> banner.isDisplayed() && banner.getText().contains("busy"));
            Thread.sleep(4500);
            List<FakeApiServer.Frame> tries = api.frames().subList(before, api.frames().size());
            assertThat(tries).as("tries during 4.5 s with Retry-After: 2").hasSizeBetween(2, 4);
            for (int i = 1; i < tries.size(); i++) {
                assertThat(tries.get(i).receivedAtMillis() - tries.get(i - 1).receivedAtMillis())
                        .isGreaterThanOrEqualTo(1800);
            }
            Screenshots.take(driver, "05-live-busy-desktop");
            api.busy(false);
            waitUpTo(15).until(d -> !banner.isDisplayed());
        } finally {
            api.busy(false);
            driver.findElement(By.id("liveStop")).click();
        }
    }

    @Test
    void withoutACameraTheTeacherIsToldWhy() throws Exception {
        ChromeDriver noCamera = Browsers.start(null);
        try {
            noCamera.get(url("/login?lang=en"));
            noCamera.findElement(By.id("username")).sendKeys("lan");
            noCamera.findElement(By.id("password")).sendKeys("secret");
            noCamera.findElement(By.cssSelector("button[type=submit]")).click();
            new WebDriverWait(noCamera, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().equals(url("/")));
            noCamera.get(url("/sessions/42/live"));
            noCamera.findElement(By.id("liveStart")).click();
            WebElement banner = noCamera.findElement(By.id("liveBanner"));
            new WebDriverWait(noCamera, Duration.ofSeconds(10)).until(d -> banner.isDisplayed());
            assertThat(banner.getText()).containsAnyOf("No camera was found", "was not allowed to use the camera");
            assertThat(noCamera.findElement(By.id("liveStart")).isEnabled()).as("can try again").isTrue();
            Screenshots.take(noCamera, "05-live-no-camera-desktop");
        } finally {
            noCamera.quit();
        }
    }

    private long[] pixel(int x, int y) {
        @SuppressWarnings("unchecked")
        List<Long> rgba = (List<Long>) ((JavascriptExecutor) driver).executeScript(
                "const c = document.getElementById('liveOverlay'); return Array.from(c.getContext('2d').getImageData(arguments[0], arguments[1], 1, 1).data);",
                x, y);
        return new long[] {rgba.get(0), rgba.get(1), rgba.get(2), rgba.get(3)};
    }

    @Test
    void adminPagesLookRightAndExplainApiErrors() throws IOException {
        signIn("admin");
        open("/students");
        assertThat(driver.getPageSource()).contains("Phạm Thu Hà");
        Screenshots.both(driver, "06-students");
        open("/timetable?classId=1");
        assertThat(driver.findElements(By.cssSelector(".tt-slot"))).hasSizeGreaterThan(10);
        Screenshots.both(driver, "07-timetable");
        open("/subjects/new");
        driver.findElement(By.id("code")).sendKeys("TOAN");
        driver.findElement(By.id("name")).sendKeys("Toán nâng cao");
        driver.findElement(By.cssSelector("main form button[type=submit]")).click();
        waitUpTo(10).until(d -> !d.findElements(By.id("code-error")).isEmpty());
        assertThat(driver.findElement(By.id("code-error")).getText()).isEqualTo(
                "The code TOAN is already used by Toán");
        assertThat(driver.findElement(By.id("code")).getDomAttribute("class")).contains("is-invalid");
        Screenshots.both(driver, "08-subject-error");
        open("/devices");
        assertThat(driver.getPageSource()).contains("Cửa phòng A101").contains("Cổng trường");
        Screenshots.both(driver, "09-devices");
        open("/students/5/photos");
        Screenshots.both(driver, "10-photos");
        open("/sessions");
        Screenshots.both(driver, "12-sessions");
        for (String page : new String[] {"/classes", "/classes/1", "/teachers", "/teachers/new", "/rooms", "/subjects",
                "/students/new", "/students/5/edit", "/timetable/slots/new?classId=1", "/devices/new",
                "/students/import", "/sessions/new", "/users", "/users/new",
                "/users/12/password?username=lan", "/audit", "/audit?entity=user&from=2026-11-01&to=2026-11-30"}) {
            open(page);
        }
    }

    @Test
    void adminsManageUsersReadTheAuditLogAndCreateAdHocSessions() throws IOException {
        signIn("admin");
        open("/users");
        assertThat(driver.getPageSource()).contains("Nguyễn Thị Lan").contains("hung.tran");
        assertThat(driver.findElements(By.cssSelector(".navbar a[href='/users']"))).hasSize(1);
        assertThat(driver.findElements(By.cssSelector(".navbar a[href='/audit']"))).hasSize(1);
        Screenshots.both(driver, "14-users");
        driver.findElement(By.id("navAdmin")).click();
        waitUpTo(5).until(d -> d.findElement(By.cssSelector(".navbar a[href='/audit']")).isDisplayed());
        Screenshots.take(driver, "14-users-admin-menu-desktop");

        open("/users/new");
        assertThat(driver.findElement(By.id("studentField")).isDisplayed()).as("student code only for students")
                .isFalse();
        new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("role"))).selectByValue("STUDENT");
        assertThat(driver.findElement(By.id("studentField")).isDisplayed()).isTrue();
        assertThat(driver.findElement(By.id("teacherField")).isDisplayed()).isFalse();
        new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("role"))).selectByValue("TEACHER");
        driver.findElement(By.id("username")).sendKeys("lan");
        driver.findElement(By.id("password")).sendKeys("long-enough-1");
        new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("teacherId"))).selectByValue("3");
        driver.findElement(By.cssSelector("main form button[type=submit]")).click();
        waitUpTo(10).until(d -> !d.findElements(By.id("username-error")).isEmpty());
        assertThat(driver.findElement(By.id("username-error")).getText()).isEqualTo("username 'lan' is already used");
        assertThat(driver.findElement(By.id("teacherField")).isDisplayed()).isTrue();
        Screenshots.both(driver, "15-user-error");

        open("/users/12/password?username=lan");
        driver.findElement(By.id("password")).sendKeys("new-secret-1");
        driver.findElement(By.cssSelector("main form button[type=submit]")).click();
        waitUpTo(10).until(d -> d.getCurrentUrl().equals(url("/users")));
        assertThat(driver.findElement(By.cssSelector(".alert-success")).getText()).contains(
                "The password was changed.");

        open("/audit?entity=user");
        assertThat(driver.getPageSource()).contains("MARK_MANUAL").contains("Giấy khám bệnh").contains("enabled=false");
        Screenshots.both(driver, "16-audit");
        open("/audit?lang=vi");
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Nhật ký thay đổi");
        Screenshots.both(driver, "16-audit-vi");
        driver.get(url("/?lang=en"));

        open("/sessions");
        driver.findElement(By.id("newSession")).click();
        waitUpTo(10).until(d -> d.getCurrentUrl().startsWith(url("/sessions/new")));
        new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("classId"))).selectByValue("1");
        new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("subjectId"))).selectByValue("1");
        new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("teacherId"))).selectByValue("3");
        Screenshots.both(driver, "17-session-new");
        driver.findElement(By.cssSelector("main form button[type=submit]")).click();
        waitUpTo(10).until(d -> d.getCurrentUrl().equals(url("/sessions/42/live")));
        assertThat(api.requests()).contains("POST /api/sessions");

        driver.manage().window().setSize(Browsers.PHONE);
        for (String page : new String[] {"/users", "/users/new", "/users/12/password?username=lan", "/audit",
                "/sessions",
                "/sessions/new"}) {
            open(page);
            Object wider = ((JavascriptExecutor) driver).executeScript(
                    """
                    const w = document.documentElement.clientWidth;
                    if (document.documentElement.scrollWidth <= w) { return null; }
                    const el = Array.from(document.querySelectorAll('body *')).filter(e => !e.closest('.table-responsive'))
                        .find(e => e.getBoundingClientRect().right > w + 1);
                    const any = Array.from(document.querySelectorAll('body *')).filter(e => e.getBoundingClientRect().right > w + 1)
                        .map(e => e.tagName + '.' + e.className + ':' + Math.round(e.getBoundingClientRect().right)).slice(0, 8).join(' | ');
                    return (el ? el.outerHTML.substring(0, 200) : 'inside a table: ') + ' / ' + document.documentElement.scrollWidth + ' > ' + w + ' / ' + any;""");
            assertThat(wider).as(page + " fits a 390 px phone").isNull();
        }
        driver.manage().window().setSize(Browsers.DESKTOP);
    }

    @Test
    void aTeacherCreatesASessionForThemselves() throws IOException {
        signIn("lan");
        assertThat(driver.findElements(By.id("navAdmin"))).as("no admin menu for teachers").isEmpty();
        open("/sessions/new");
        assertThat(driver.findElements(By.id("teacherId")).stream().filter(WebElement::isDisplayed).toList()).isEmpty();
        assertThat(driver.findElement(By.id("teacherName")).getDomProperty("value")).isEqualTo("Đỗ Văn Quản");
        new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("classId"))).selectByValue("1");
        new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("subjectId"))).selectByValue("1");
        Screenshots.both(driver, "17-session-new-teacher");
        driver.findElement(By.cssSelector("main form button[type=submit]")).click();
        waitUpTo(10).until(d -> d.getCurrentUrl().equals(url("/sessions/42/live")));
    }

    @Test
    void webcamEnrolmentShowsWhyAPhotoWasRejected() throws IOException {
        signIn("admin");
        driver.get(url("/students/5/photos"));
        driver.findElement(By.id("enrolStart")).click();
        waitUpTo(10).until(d -> d.findElement(By.id("enrolCapture")).isEnabled());
        driver.findElement(By.id("enrolCapture")).click();
        waitUpTo(10).until(d -> !d.findElement(By.id("enrolResults")).getText().isBlank());
        assertThat(driver.findElement(By.id("enrolResults")).getText()).contains("Rejected:").contains(
                "3 faces in the photo");
        Screenshots.both(driver, "10-photos-webcam");
    }

    @Test
    void aCsvImportUploadsWithProgressAndReportsTheCount() throws IOException {
        signIn("admin");
        Path csv = Files.createTempFile("students", ".csv");
        Files.writeString(csv,
                "studentCode,fullName,className\nHS101,Đinh Thảo,10A1\nHS102,Bùi Khang,10A1\nHS103,Mai Linh,10A2\n");
        driver.get(url("/students/import"));
        driver.findElement(By.id("file-students")).sendKeys(csv.toAbsolutePath().toString());
        driver.findElement(By.cssSelector("form[action$='/students/import/students'] button[type=submit]")).click();
        waitUpTo(10).until(d -> d.findElements(By.cssSelector(".import-result .alert-success")).size() == 1);
        assertThat(driver.findElement(By.cssSelector(".import-result .alert-success")).getText()).isEqualTo(
                "Done: 3 imported.");
        assertThat(driver.findElement(By.cssSelector("form[action$='/students/import/students'] .progress-bar"))
                .getText()).isEqualTo("100%");
        Screenshots.both(driver, "11-import");
    }

    @Test
    void aOneRosterDryRunUploadsWithProgressAndShowsTheCounts() throws IOException {
        signIn("admin");
        Path zip = Files.createTempFile("oneroster", ".zip");
        Files.write(zip, new byte[] {80, 75, 5, 6, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0});
        driver.get(url("/students/import"));
        driver.findElement(By.id("file-oneroster")).sendKeys(zip.toAbsolutePath().toString());
        driver.findElement(By.cssSelector("form[action$='/students/import/oneroster'] button[value=true]")).click();
        waitUpTo(10).until(d -> !d.findElements(By.cssSelector(".oneroster-result")).isEmpty());
        assertThat(driver.findElement(By.cssSelector(".oneroster-result .alert")).getText())
                .startsWith("Dry run: nothing was written");
        assertThat(driver.findElement(By.cssSelector(".oneroster-result tr[data-kind=students]")).getText())
                .isEqualTo("Students 38 12 402 5");
        assertThat(driver.findElement(By.cssSelector(".oneroster-unmapped")).getText())
                .contains("Toán 10 nâng cao", "3 homeroom classes");
        assertThat(driver.findElement(By.cssSelector("form[action$='/students/import/oneroster'] .progress-bar"))
                .getText()).isEqualTo("100%");
        // On a phone the "unchanged" column is left out, so the table fits the screen.
        for (Dimension size : List.of(Browsers.DESKTOP, Browsers.PHONE)) {
            driver.manage().window().setSize(size);
            settle();
            ((JavascriptExecutor) driver).executeScript(
                    "document.querySelector(arguments[0]).scrollIntoView({behavior: 'instant'})",
                    size.equals(Browsers.DESKTOP) ? "form[action$='/students/import/oneroster'] .progress"
                            : ".oneroster-result");
            Screenshots.take(driver, "11-import-oneroster-" + size.width);
        }
        driver.manage().window().setSize(Browsers.DESKTOP);
    }

    /** Two animation frames, so that a resized window has its new layout. */
    private void settle() {
        ((JavascriptExecutor) driver).executeAsyncScript(
                "const done = arguments[0]; requestAnimationFrame(() => requestAnimationFrame(() => done()));");
    }

    @Test
    void theKioskMarksWithItsDeviceKey() throws IOException {
        driver.manage().deleteAllCookies();
        driver.get(url("/kiosk?lang=en"));
        driver.findElement(By.id("key")).sendKeys("nope");
        driver.findElement(By.cssSelector("button[type=submit]")).click();
        waitUpTo(10).until(d -> !d.findElements(By.cssSelector(".alert-danger")).isEmpty());
        assertThat(driver.findElement(By.cssSelector(".alert-danger")).getText()).contains("not accepted");
        driver.findElement(By.id("key")).sendKeys(FakeApiServer.DEVICE_KEY);
        driver.findElement(By.cssSelector("button[type=submit]")).click();
        waitUpTo(10).until(d -> !d.findElements(By.id("liveStart")).isEmpty());
        assertThat(driver.getPageSource()).contains("Cửa phòng A101").doesNotContain(FakeApiServer.DEVICE_KEY);
        int before = api.frames().size();
        driver.findElement(By.id("liveStart")).click();
        waitUpTo(30).until(d -> d.findElement(By.id("kioskMarked")).getText().contains("Vũ Đức Long"));
        List<FakeApiServer.Frame> frames = api.frames().subList(before, api.frames().size());
        assertThat(frames).isNotEmpty().allSatisfy(f -> assertThat(f.deviceKey()).isEqualTo(FakeApiServer.DEVICE_KEY));
        Screenshots.both(driver, "13-kiosk");
        Files.createDirectories(Screenshots.DIR);
    }
}
