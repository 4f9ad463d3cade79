package app.attendance.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import app.attendance.web.browser.FakeApiServer.Answer;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * QR check-in through the real pages in headless Chromium, the API played by {@link FakeApiServer}:
 * the teacher's live page shows a QR image that is reloaded with a new code; the QR read back from
 * the screen is a link to this site's {@code /checkin}; a signed-out student following it signs in,
 * comes back to the confirm page and is marked; an expired code shows its message.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "attendance.zone=Asia/Ho_Chi_Minh")
class QrCheckinBrowserTest {

    static final Path SHOTS = Path.of(System.getProperty("attendance.qr-shots", "target/screenshots"));

    static FakeApiServer api;
    static ChromeDriver driver;
    static final AtomicInteger codes = new AtomicInteger();

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void apiUrl(DynamicPropertyRegistry registry) throws IOException {
        Browsers.assumeInstalled();
        api = new FakeApiServer();
        api.on("GET /api/sessions/42/checkin-code", x -> Answer.ok("""
                {"code":"c0de-%d","expiresAt":"2026-11-24T01:00:10Z","rotatesEvery":10}""".formatted(codes
                .incrementAndGet())));
        api.on("POST /api/me/checkin", x -> FakeSchool.read(x).contains("expired")
                ? new Answer(400,
                        """
                        {"status":400,"code":"code-expired","detail":"This code has expired: scan the one on the screen now"}""")
                : Answer.ok(
                        """
                        {"sessionId":42,"subjectName":"Toán","className":"10A1","status":"PRESENT","markedAt":"2026-11-24T01:02:00Z"}"""));
        api.on("GET /api/sessions/42/roster", x -> Answer.ok("""
                [{"studentId":7,"studentCode":"HS007","fullName":"Phạm Thu Hà","status":"PRESENT","firstSeenAt":"2026-11-24T01:02:00Z","source":"QR","pending":false},
                 {"studentId":8,"studentCode":"HS008","fullName":"Vũ Đức Long","status":null,"pending":false}]"""));
        api.on("GET /api/sessions/42/pending", x -> Answer.ok("[]"));
        registry.add("attendance.api.url", api::url);
    }

    @BeforeAll
    static void browser() throws IOException {
        driver = Browsers.start(null);
    }

    @AfterAll
    static void stop() {
        if (driver != null) {
            driver.quit();
        }
        if (api != null) {
            api.close();
        }
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }

    WebDriverWait waitUpTo(int seconds) {
        return (WebDriverWait) new WebDriverWait(driver, Duration.ofSeconds(seconds))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class);
    }

    void signIn(String username) {
        driver.findElement(By.id("username")).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys("secret");
        driver.findElement(By.cssSelector("button[type=submit]")).click();
    }

    @Test
    void aStudentScansTheTeachersRotatingCodeAndIsMarked() throws Exception {
        driver.manage().deleteAllCookies();
        driver.get(url("/login?lang=en"));
        signIn("lan");
        waitUpTo(10).until(d -> d.getCurrentUrl().equals(url("/")));
        driver.get(url("/sessions/42/live"));
        WebElement qr = driver.findElement(By.id("checkinQr"));
        // The page reloads the image with a new code every few seconds.
        waitUpTo(20).until(d -> Integer.parseInt(qr.getDomAttribute("data-loads")) >= 2);
        assertThat(codes.get()).isGreaterThanOrEqualTo(3);
        assertThat(((Number) ((JavascriptExecutor) driver).executeScript("return arguments[0].naturalWidth", qr))
                .intValue())
                .isPositive();
        // The roster refreshes by itself: read the row in a wait that retries on a swapped-out element.
        waitUpTo(10).until(d -> d.findElement(By.cssSelector(".roster-row[data-student-id='7']")).getText().contains(
                "QR"));
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block:'center', behavior:'instant'})",
                qr);
        String link = decode(qr);
        assertThat(link).matches("http://localhost:" + port + "/checkin\\?c=c0de-\\d+");
        shots("qr-live-panel", "checkinPanel");

        driver.manage().deleteAllCookies();
        driver.get(link + "&lang=en");
        waitUpTo(10).until(d -> d.getCurrentUrl().contains("/login"));
        signIn("minhanh");
        waitUpTo(10).until(d -> d.getCurrentUrl().contains("/checkin?c=c0de-"));
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Check in");
        shots("qr-student-confirm", null);
        driver.findElement(By.id("checkinConfirm")).click();
        waitUpTo(10).until(d -> !d.findElements(By.id("checkinDone")).isEmpty());
        assertThat(driver.findElement(By.id("checkinDone")).getText()).contains("You are marked present for Toán");
        assertThat(api.requests()).contains("POST /api/me/checkin");
        shots("qr-student-done", null);

        driver.get(url("/checkin?c=expired"));
        driver.findElement(By.id("checkinConfirm")).click();
        waitUpTo(10).until(d -> !d.findElements(By.id("checkinError")).isEmpty());
        assertThat(driver.findElement(By.id("checkinError")).getText())
                .isEqualTo("This code has expired — scan the current one.");
        assertThat(driver.findElements(By.cssSelector(".alert-danger"))).as("the refusal is shown once").hasSize(1);
        shots("qr-student-expired", null);
    }

    /** Reads the QR code shown by an image element back from a screenshot of it. */
    static String decode(WebElement image) throws Exception {
        BufferedImage shot = ImageIO.read(new ByteArrayInputStream(image.getScreenshotAs(OutputType.BYTES)));
        int[] pixels = shot.getRGB(0, 0, shot.getWidth(), shot.getHeight(), null, 0, shot.getWidth());
        return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(
                new RGBLuminanceSource(shot.getWidth(), shot.getHeight(), pixels)))).getText();
    }

    static void waitFor(java.util.function.Function<org.openqa.selenium.WebDriver, Boolean> condition) {
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(condition::apply);
    }

    /** Desktop and phone screenshots of the page, kept under {@link #SHOTS}. */
    static void shots(String name, String scrollTo) throws IOException {
        for (var size : new org.openqa.selenium.Dimension[] {Browsers.DESKTOP, Browsers.PHONE}) {
            driver.manage().window().setSize(size);
            waitFor(d -> ((Number) ((JavascriptExecutor) d).executeScript("return window.innerWidth"))
                    .intValue() <= size.width);
            if (scrollTo != null) {
                ((JavascriptExecutor) driver).executeScript(
                        "document.getElementById(arguments[0]).scrollIntoView({block:'start', behavior:'instant'})",
                        scrollTo);
            }
            Path file = Screenshots.take(driver, name + "-" + size.width);
            if (!SHOTS.equals(Screenshots.DIR)) {
                Files.createDirectories(SHOTS);
                Files.copy(file, SHOTS.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        driver.manage().window().setSize(Browsers.DESKTOP);
    }
}
