package app.attendance.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import app.attendance.web.browser.FakeApiServer.Answer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;

/**
 * Every page of the web app, as each role sees it, checked by axe-core for WCAG 2.2 A/AA at a
 * desktop (1366 px) and a phone (390 px) width: the GET routes of all controllers, the create
 * and edit forms, a form showing an error, the error pages, the live page with a running camera
 * and a match waiting for review, the kiosk, and the student's QR check-in page (to confirm,
 * marked, refused). The API is {@link FakeApiServer}. A failure lists each violation with its rule,
 * the element's selector and the page.
 */
class AccessibilityBrowserTest extends BrowserTest {

    static final List<String> ADMIN_PAGES = List.of("/", "/?lang=vi", "/sessions", "/sessions/new", "/sessions/42/live",
            "/timetable", "/timetable?classId=1", "/timetable/slots/new?classId=1", "/timetable/slots/1/edit",
            "/classes", "/classes/1", "/classes/new", "/classes/1/edit",
            "/reports", "/reports/rates", "/reports/classes/1", "/reports/sessions/42", "/reports/students/5",
            "/students", "/students/new", "/students/5/edit", "/students/5/photos", "/students/import",
            "/teachers", "/teachers/new", "/teachers/3/edit", "/subjects", "/subjects/new", "/subjects/1/edit",
            "/rooms", "/rooms/new", "/rooms/4/edit", "/devices", "/devices/new", "/devices/2/edit",
            "/users", "/users/new", "/users/12/edit", "/users/12/password?username=lan",
            "/audit", "/audit?entity=user&from=2026-11-01&to=2026-11-30");
    static final List<String> TEACHER_PAGES = List.of("/", "/sessions", "/sessions/new", "/sessions/42/live",
            "/timetable",
            "/classes", "/classes/1", "/reports", "/reports/sessions/42");
    static final List<String> STUDENT_PAGES = List.of("/me", "/reports/me");

    final List<Axe.Violation> violations = new ArrayList<>();

    @BeforeAll
    static void browser() throws IOException {
        startWithPhoto();
    }

    /** Waits until the page and the htmx fragments it loads have settled. */
    void settle() {
        waitUpTo(10).until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                "return document.readyState === 'complete' && !document.querySelector('.htmx-request')")));
        // Two animation frames: the resize handlers have run and the layout is the new one.
        ((JavascriptExecutor) driver).executeAsyncScript(
                "const done = arguments[0]; requestAnimationFrame(() => requestAnimationFrame(() => done()));");
    }

    /** Checks the page as it is now, at both widths; {@code name} says which state it is in. */
    void checkBothWidths(String name) {
        for (Dimension size : List.of(Browsers.DESKTOP, Browsers.PHONE)) {
            driver.manage().window().setSize(size);
            settle();
            violations.addAll(Axe.check(driver, name + " @" + size.width + "px"));
            shoot(name + "-" + size.width);
        }
        driver.manage().window().setSize(Browsers.DESKTOP);
    }

    /** With -Dattendance.a11y.shots=DIR, a screenshot of every state checked is saved there to look at. */
    void shoot(String name) {
        String dir = System.getProperty("attendance.a11y.shots");
        if (dir == null) {
            return;
        }
        try {
            Path file = Path.of(dir, name.replaceAll("[^A-Za-z0-9]+", "_").replaceAll("^_", "") + ".png");
            Files.createDirectories(file.getParent());
            Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void check(String path) {
        driver.get(url(path));
        assertThat(driver.getPageSource()).as(path).doesNotContain("Something went wrong");
        checkBothWidths(path);
    }

    /** An (empty) zip file to upload; the fake API answers without reading it. */
    static String zipFile() {
        try {
            Path zip = Files.createTempFile("oneroster", ".zip");
            Files.write(zip, new byte[] {80, 75, 5, 6, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0});
            return zip.toAbsolutePath().toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void assertNoViolations() {
        assertThat(violations).as("axe-core violations (page | rule | element | why):%n%s",
                String.join(System.lineSeparator(), violations.stream().map(Axe.Violation::toString).toList()))
                .isEmpty();
    }

    @Test
    void everyAdminPage() {
        signIn("admin");
        ADMIN_PAGES.forEach(this::check);

        driver.get(url("/?lang=en"));
        driver.findElement(By.id("navAdmin")).click();
        waitUpTo(5).until(d -> d.findElement(By.cssSelector(".navbar a[href='/audit']")).isDisplayed());
        violations.addAll(Axe.check(driver, "/ with the admin menu open"));

        driver.get(url("/subjects/new"));
        driver.findElement(By.id("code")).sendKeys("TOAN");
        driver.findElement(By.id("name")).sendKeys("Toán nâng cao");
        driver.findElement(By.cssSelector("main form button[type=submit]")).click();
        waitUpTo(10).until(d -> !d.findElements(By.id("code-error")).isEmpty());
        checkBothWidths("/subjects/new with a field error");

        driver.get(url("/devices"));
        ((JavascriptExecutor) driver).executeScript(
                "document.querySelector(\"form[action$='/devices/2/rotate-key']\").submit()");
        waitUpTo(10).until(d -> d.getPageSource().contains("dk_new_9Zx4"));
        checkBothWidths("the new device key");

        driver.get(url("/students/5/photos"));
        driver.findElement(By.id("enrolStart")).click();
        waitUpTo(10).until(d -> d.findElement(By.id("enrolCapture")).isEnabled());
        driver.findElement(By.id("enrolCapture")).click();
        waitUpTo(10).until(d -> !d.findElement(By.id("enrolResults")).getText().isBlank());
        checkBothWidths("/students/5/photos with the webcam on");

        driver.get(url("/students/import"));
        driver.findElement(By.id("file-oneroster")).sendKeys(zipFile());
        driver.findElement(By.cssSelector("form[action$='/students/import/oneroster'] button[value=true]")).click();
        waitUpTo(10).until(d -> !d.findElements(By.cssSelector(".oneroster-result")).isEmpty());
        checkBothWidths("/students/import after a OneRoster dry run");

        driver.get(url("/students/999/edit"));
        checkBothWidths("/students/999/edit (the API's 404)");
        driver.get(url("/no-such-page"));
        checkBothWidths("/no-such-page (404)");
        assertNoViolations();
    }

    @Test
    void everyTeacherPageAndTheRunningLivePage() {
        signIn("lan");
        TEACHER_PAGES.forEach(this::check);

        driver.get(url("/sessions/42/live"));
        driver.findElement(By.id("liveStart")).click();
        waitUpTo(30).until(d -> "MARKED,NEEDS_CONFIRMATION,UNKNOWN".equals(((JavascriptExecutor) d).executeScript(
                "return document.getElementById('liveStage').dataset.lastOutcomes")));
        waitUpTo(10).until(d -> !d.findElements(By.cssSelector(".pending-item")).isEmpty());
        checkBothWidths("/sessions/42/live with the camera on");
        driver.findElement(By.id("liveStop")).click();
        assertNoViolations();
    }

    @Test
    void everyStudentPage() {
        signIn("minhanh");
        STUDENT_PAGES.forEach(this::check);
        assertNoViolations();
    }

    @Test
    void theStudentsCheckInPageInEachState() throws IOException {
        api.on("POST /api/me/checkin", x -> FakeSchool.read(x).contains("expired")
                ? new Answer(400, """
                        {"status":400,"code":"code-expired","detail":"This code has expired"}""")
                : Answer.ok("""
                        {"sessionId":42,"subjectName":"Toán","className":"10A1","status":"PRESENT",\
                        "markedAt":"2026-11-24T01:02:00Z"}"""));
        signIn("minhanh");

        check("/checkin?c=c0de-1&lang=en");
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Check in");
        Screenshots.both(driver, "a11y-checkin-confirm");
        driver.findElement(By.id("checkinConfirm")).click();
        waitUpTo(10).until(d -> !d.findElements(By.id("checkinDone")).isEmpty());
        checkBothWidths("/checkin marked present");
        Screenshots.both(driver, "a11y-checkin-done");

        driver.get(url("/checkin?c=expired"));
        driver.findElement(By.id("checkinConfirm")).click();
        waitUpTo(10).until(d -> !d.findElements(By.id("checkinError")).isEmpty());
        assertThat(driver.findElement(By.id("checkinError")).getText())
                .isEqualTo("This code has expired — scan the current one.");
        checkBothWidths("/checkin with an expired code");
        Screenshots.both(driver, "a11y-checkin-expired");

        check("/checkin");
        assertThat(driver.findElement(By.id("checkinError")).getText()).startsWith("This is not a valid check-in code");
        assertThat(driver.findElements(By.id("checkinConfirm"))).isEmpty();
        Screenshots.both(driver, "a11y-checkin-no-code");
        assertNoViolations();
    }

    @Test
    void signInErrorAndKioskPages() {
        driver.manage().deleteAllCookies();
        check("/login?lang=en");
        driver.findElement(By.id("username")).sendKeys("admin");
        driver.findElement(By.id("password")).sendKeys("wrong");
        driver.findElement(By.cssSelector("button[type=submit]")).click();
        waitUpTo(10).until(d -> !d.findElements(By.cssSelector(".alert-danger")).isEmpty());
        checkBothWidths("/login after a wrong password");

        check("/kiosk?lang=en");
        driver.findElement(By.id("key")).sendKeys("nope");
        driver.findElement(By.cssSelector("button[type=submit]")).click();
        waitUpTo(10).until(d -> !d.findElements(By.cssSelector(".alert-danger")).isEmpty());
        checkBothWidths("/kiosk with a rejected key");
        driver.findElement(By.id("key")).sendKeys(FakeApiServer.DEVICE_KEY);
        driver.findElement(By.cssSelector("button[type=submit]")).click();
        waitUpTo(10).until(d -> !d.findElements(By.id("liveStart")).isEmpty());
        checkBothWidths("/kiosk with a device key");
        driver.findElement(By.id("liveStart")).click();
        waitUpTo(30).until(d -> d.findElement(By.id("kioskMarked")).getText().contains("Vũ Đức Long"));
        checkBothWidths("/kiosk with the camera on");
        driver.manage().deleteAllCookies();
        assertNoViolations();
    }
}
