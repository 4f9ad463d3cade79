package app.attendance.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The login page with single sign-on configured and password sign-in turned off: "Sign in with …" only,
 * the password form behind the "Administrator sign-in" link, a refused account's message in both
 * languages; each checked by axe-core (WCAG 2.2 A/AA) at 1366 and 390 px. The provider is never
 * contacted to draw the page.
 */
class SingleSignOnLoginPageBrowserTest extends BrowserTest {

    @DynamicPropertySource
    static void singleSignOn(DynamicPropertyRegistry registry) {
        registry.add("attendance.sign-in.oidc-issuer", () -> "http://127.0.0.1:9/never-contacted");
        registry.add("attendance.sign-in.oidc-client-id", () -> "attendance-web");
        registry.add("attendance.sign-in.oidc-display-name", () -> "Google");
        registry.add("attendance.sign-in.password-login", () -> "false");
    }

    @BeforeAll
    static void browser() throws IOException {
        startWithPhoto();
    }

    @Test
    void theLoginPageOffersSingleSignOnAndHidesThePasswordForm() {
        List<Axe.Violation> violations = new ArrayList<>();
        driver.manage().deleteAllCookies();

        driver.get(url("/login?lang=en"));
        assertThat(driver.findElement(By.id("ssoLogin")).getText()).isEqualTo("Sign in with Google");
        assertThat(driver.findElements(By.id("password"))).isEmpty();
        violations.addAll(checkBothWidths("sso-only"));

        driver.findElement(By.linkText("Administrator sign-in")).click();
        waitUpTo(10).until(d -> !d.findElements(By.id("password")).isEmpty());
        violations.addAll(checkBothWidths("sso-admin-form"));
        driver.findElement(By.linkText("Tiếng Việt")).click();
        waitUpTo(10).until(d -> d.findElement(By.tagName("h1")).getText().equals("Điểm danh"));
        assertThat(driver.findElements(By.id("password"))).as("the language switch keeps the form open").hasSize(1);

        driver.get(url("/login?error=sso-unknown&lang=vi"));
        assertThat(driver.findElement(By.cssSelector(".alert-danger")).getText())
                .isEqualTo(
                        "Tài khoản Google của bạn chưa có trong hệ thống. Vui lòng nhờ quản trị viên của trường thêm bạn.");
        violations.addAll(checkBothWidths("sso-refused-vi"));
        driver.get(url("/login?lang=en"));

        assertThat(violations).as("axe violations").isEmpty();
    }

    private List<Axe.Violation> checkBothWidths(String name) {
        List<Axe.Violation> found = new ArrayList<>();
        for (Dimension size : List.of(Browsers.DESKTOP, Browsers.PHONE)) {
            driver.manage().window().setSize(size);
            found.addAll(Axe.check(driver, name + " @" + size.width + "px"));
            try {
                java.nio.file.Path out = java.nio.file.Path.of("/tmp/shots-oidc");
                if (java.nio.file.Files.isDirectory(out)) {
                    java.nio.file.Files.write(out.resolve(name + "-" + size.width + ".png"),
                            driver.getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
                }
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        driver.manage().window().setSize(Browsers.DESKTOP);
        return found;
    }
}
