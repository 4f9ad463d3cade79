package app.attendance.web.browser;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * What the browser tests share: the web app on a random port talking to a fresh {@link FakeApiServer}
 * (one per test class: the context is closed after the class, so no class sees another's API), one
 * headless Chromium per class (started by the class, e.g. with {@link #startWithPhoto}), and the helpers
 * to open pages, wait and sign in.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "attendance.zone=Asia/Ho_Chi_Minh")
@DirtiesContext
abstract class BrowserTest {

    static FakeApiServer api;
    static ChromeDriver driver;

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void apiUrl(DynamicPropertyRegistry registry) throws IOException {
        Browsers.assumeInstalled();
        api = new FakeApiServer();
        registry.add("attendance.api.url", api::url);
    }

    /** Starts Chromium with a webcam showing the demo photo {@code sample1.jpg}. */
    static void startWithPhoto() throws IOException {
        Path webcam = Path.of("target", "fake-webcam", "class.y4m");
        FakeWebcam.fromPhoto(FakeWebcam.testImages().resolve("sample1.jpg"), webcam, 10);
        driver = Browsers.start(webcam.toAbsolutePath());
    }

    @AfterAll
    static void stop() {
        if (driver != null) {
            driver.quit();
            driver = null;
        }
        if (api != null) {
            api.close();
            api = null;
        }
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }

    /** A wait that retries over elements gone stale (htmx swaps parts of pages every few seconds). */
    WebDriverWait waitUpTo(int seconds) {
        return (WebDriverWait) new WebDriverWait(driver, Duration.ofSeconds(seconds)).ignoring(
                StaleElementReferenceException.class);
    }

    /** Signs in afresh with the fake API's password and waits until the sign-in page is left. */
    void signIn(String username) {
        driver.manage().deleteAllCookies();
        driver.get(url("/login?lang=en"));
        driver.findElement(By.id("username")).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys("secret");
        driver.findElement(By.cssSelector("button[type=submit]")).click();
        waitUpTo(30).until(d -> !d.getCurrentUrl().contains("/login"));
    }
}
