package app.attendance.web.browser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;

/** Saves screenshots under {@code target/screenshots/} at desktop and phone widths. */
public final class Screenshots {

    public static final Path DIR = Path.of("target", "screenshots");

    private Screenshots() {
    }

    public static Path take(WebDriver driver, String name) throws IOException {
        Files.createDirectories(DIR);
        Path file = DIR.resolve(name + ".png");
        Path shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(shot, file, StandardCopyOption.REPLACE_EXISTING);
        return file;
    }

    /** Desktop (1366×900) and phone (390×844) screenshots of the current page; restores desktop size. */
    public static void both(WebDriver driver, String name) throws IOException {
        driver.manage().window().setSize(Browsers.DESKTOP);
        take(driver, name + "-desktop");
        driver.manage().window().setSize(Browsers.PHONE);
        take(driver, name + "-phone");
        driver.manage().window().setSize(Browsers.DESKTOP);
    }

    /** Same, at a given size. */
    public static void at(WebDriver driver, Dimension size, String name) throws IOException {
        driver.manage().window().setSize(size);
        take(driver, name);
        driver.manage().window().setSize(Browsers.DESKTOP);
    }
}
