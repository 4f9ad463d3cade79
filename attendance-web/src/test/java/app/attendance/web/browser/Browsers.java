package app.attendance.web.browser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Starts Debian's headless Chromium through its own chromedriver (never a downloaded one), with
 * a fresh profile and, when asked, a fake webcam playing a file.
 */
public final class Browsers {

    public static final Path CHROMIUM = Path.of(System.getProperty("attendance.chromium", "/usr/bin/chromium"));
    public static final Path CHROMEDRIVER = Path.of(System.getProperty("attendance.chromedriver",
            "/usr/bin/chromedriver"));
    public static final Dimension DESKTOP = new Dimension(1366, 900);
    public static final Dimension PHONE = new Dimension(390, 844);

    private Browsers() {
    }

    /** Skips the calling test, saying why, when Chromium or chromedriver is not installed. */
    public static void assumeInstalled() {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "Browser tests skipped: Chromium is not installed (" + CHROMIUM + ", " + CHROMEDRIVER
                        + "). Install with: apt-get install chromium chromium-driver");
    }

    /** A headless Chromium; {@code fakeWebcam} may be null for no camera. */
    public static ChromeDriver start(Path fakeWebcam) throws IOException {
        assumeInstalled();
        Path profile = Files.createTempDirectory("attendance-chromium-");
        List<String> args = new ArrayList<>(List.of("--headless=new", "--no-sandbox", "--disable-gpu",
                "--disable-dev-shm-usage", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--no-first-run", "--user-data-dir=" + profile,
                "--window-size=" + DESKTOP.width + "," + DESKTOP.height));
        if (fakeWebcam != null) {
            args.add("--use-fake-ui-for-media-stream");
            args.add("--use-fake-device-for-media-stream");
            args.add("--use-file-for-fake-video-capture=" + fakeWebcam);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments(args);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        driver.manage().window().setSize(DESKTOP);
        return driver;
    }
}
