package app.attendance.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * What axe-core cannot check: the live page's review of uncertain matches and the student
 * enrolment, done with the keyboard alone (TAB, SHIFT+TAB, ENTER, SPACE). Every stop must come
 * after the previous one in the page (no jumps back), show a focus indicator, and every form
 * control reached must have an accessible name; focus must stay on the page when the control
 * that had it goes away.
 */
class KeyboardBrowserTest extends BrowserTest {

    /** The focus stops seen since the page loaded (or since the skip link), in order. */
    final List<Stop> stops = new ArrayList<>();

    /** One focus stop: the element's place in document order, its description and accessible name. */
    record Stop(long position, String element, String name, boolean indicator) {
    }

    @BeforeAll
    static void browser() throws IOException {
        startWithPhoto();
    }

    void press(CharSequence... keys) {
        new Actions(driver).sendKeys(keys).perform();
    }

    void shiftTab() {
        new Actions(driver).keyDown(Keys.SHIFT).sendKeys(Keys.TAB).keyUp(Keys.SHIFT).perform();
    }

    WebElement focused() {
        return driver.switchTo().activeElement();
    }

    /** The focused element as a stop: where it is, what it is, its name, whether its focus shows. */
    Stop here() {
        WebElement el = focused();
        @SuppressWarnings("unchecked")
        List<Object> info = (List<Object>) ((JavascriptExecutor) driver).executeScript("""
                const el = document.activeElement;
                const s = getComputedStyle(el);
                const outline = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0;
                const shadow = s.boxShadow && s.boxShadow !== 'none';
                const r = el.getBoundingClientRect();
                const all = Array.from(document.querySelectorAll('*'));
                return [all.indexOf(el), el.tagName.toLowerCase() + (el.id ? '#' + el.id : '')
                        + (el.getAttribute('type') ? '[type=' + el.getAttribute('type') + ']' : '')
                        + (el.getAttribute('href') ? '[href=' + el.getAttribute('href') + ']' : ''),
                        (outline || shadow) && r.width > 0 && r.height > 0];""");
        return new Stop((Long) info.get(0), (String) info.get(1), el.getAccessibleName(), (Boolean) info.get(2));
    }

    /**
     * TAB to the next control (a date field takes one TAB per part: day, month, year); the new
     * stop is recorded and checked.
     */
    Stop tab() {
        Stop stop = null;
        for (int parts = 0; parts < 4 && (stop == null || !stops.isEmpty() && stop.position() == stops.getLast()
                .position()); parts++) {
            press(Keys.TAB);
            stop = here();
        }
        assertThat(stop.element()).as("focus left the page's controls").isNotIn("body", "html");
        assertThat(stop.indicator()).as("a visible focus indicator on " + stop).isTrue();
        assertThat(stop.name()).as("an accessible name for " + stop).isNotBlank();
        if (!stops.isEmpty()) {
            assertThat(stop.position()).as("focus order follows the page: " + stop + " after " + stops.getLast())
                    .isGreaterThan(stops.getLast().position());
        }
        stops.add(stop);
        return stop;
    }

    /** TABs until the focused element matches, at most {@code max} times. */
    WebElement tabTo(Predicate<WebElement> wanted, int max) {
        for (int i = 0; i < max; i++) {
            tab();
            if (wanted.test(focused())) {
                return focused();
            }
        }
        throw new AssertionError("not reached with " + max + " TABs; stops: " + stops);
    }

    static Predicate<WebElement> id(String id) {
        return el -> id.equals(el.getDomAttribute("id"));
    }

    /** The first TAB reaches the skip link; ENTER on it puts the focus in the main content. */
    void skipToMain() {
        stops.clear();
        // Start where a freshly loaded page starts: nothing focused, the window focused.
        ((JavascriptExecutor) driver).executeScript(
                "window.focus(); if (document.activeElement) { document.activeElement.blur(); }");
        Stop skip = tab();
        assertThat(skip.name()).isEqualTo("Skip to main content");
        press(Keys.ENTER);
        assertThat(focused().getDomAttribute("id")).as("focus after the skip link").isEqualTo("main");
        stops.clear();
    }

    @Test
    void theLivePageReviewWithTheKeyboardOnly() {
        signIn("lan");
        driver.get(url("/sessions/42/live?lang=en"));
        skipToMain();
        tabTo(id("liveStart"), 20);
        press(Keys.ENTER);
        waitUpTo(30).until(d -> d.findElement(By.id("liveStop")).isDisplayed());
        assertThat(focused().getDomAttribute("id")).as("the Start button hides: focus moves to Stop").isEqualTo(
                "liveStop");
        stops.set(stops.size() - 1, here());

        waitUpTo(30).until(d -> !d.findElements(By.cssSelector("#livePendingFaces button[data-decision=confirm]"))
                .isEmpty());
        WebElement confirm = tabTo(el -> "confirm".equals(el.getDomAttribute("data-decision")), 10);
        assertThat(confirm.getAccessibleName()).contains("Phạm Thu Hà");
        assertThat(tab().name()).as("Reject comes right after Confirm").contains("Reject").contains("Phạm Thu Hà");
        shiftTab();
        assertThat(here().element() + " " + here().name()).as("SHIFT+TAB goes back to Confirm").contains("Confirm");
        press(Keys.ENTER);
        waitUpTo(10).until(d -> api.requests().contains("POST /api/sessions/42/pending/77/confirm"));
        Stop after = here();
        assertThat(after.element()).as("focus after the last review is decided").isEqualTo(
                "button#liveStop[type=button]");
        assertThat(after.indicator()).isTrue();

        press(Keys.ENTER);
        waitUpTo(10).until(d -> d.findElement(By.id("liveStart")).isDisplayed());
        assertThat(focused().getDomAttribute("id")).as("the Stop button hides: focus moves to Start").isEqualTo(
                "liveStart");
        stops.clear();
        stops.add(here());
        WebElement reject = tabTo(el -> String.valueOf(el.getDomAttribute("hx-post")).endsWith("/pending/77/reject"),
                30);
        assertThat(reject.getAccessibleName()).isEqualTo("Reject");
        press(Keys.SPACE);
        waitUpTo(10).until(d -> api.requests().contains("POST /api/sessions/42/pending/77/reject"));
        // The roster is swapped in after the decision (and may be swapped again by its periodic
        // refresh at any moment): focus must end up inside the current roster, visibly. Checked in
        // the page in one step, so a later swap cannot leave the test holding a stale element.
        waitUpTo(10).until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript("""
                const el = document.activeElement;
                const roster = document.getElementById('roster');
                if (!el || !roster || !roster.contains(el)) { return false; }
                const s = getComputedStyle(el);
                const outline = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0;
                const shadow = s.boxShadow && s.boxShadow !== 'none';
                const r = el.getBoundingClientRect();
                return (outline || shadow) && r.width > 0 && r.height > 0;""")));
    }

    @Test
    void aStudentIsCreatedAndEnrolledWithTheKeyboardOnly() throws IOException {
        signIn("admin");
        driver.get(url("/students/new?lang=en"));
        skipToMain();
        tabTo(id("studentCode"), 5);
        press("HS120");
        tab();
        assertThat(focused().getDomAttribute("id")).isEqualTo("fullName");
        press("Đinh Thảo");
        tab();
        assertThat(focused().getDomAttribute("id")).isEqualTo("classId");
        press(Keys.ARROW_DOWN);
        List<String> rest = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            rest.add(String.valueOf(tab().element()));
        }
        assertThat(rest).containsExactly("select#gender", "input#dateOfBirth[type=date]", "input#guardianName",
                "input#guardianPhone[type=tel]", "input#guardianEmail[type=email]", "input#username",
                "input#password[type=password]");
        Stop save = tab();
        assertThat(save.element()).isEqualTo("button[type=submit]");
        assertThat(save.name()).isEqualTo("Save");
        assertThat(tab().name()).isEqualTo("Cancel");
        shiftTab();
        press(Keys.ENTER);
        waitUpTo(10).until(d -> d.getCurrentUrl().contains("/students/5/photos"));
        assertThat(api.requests()).contains("POST /api/students");

        Path photo = FakeWebcam.testImages().resolve("sample2.jpg");
        assertThat(Files.exists(photo)).isTrue();
        skipToMain();
        tabTo(id("photoFiles"), 10);
        // A file chooser cannot be driven in a headless browser: the file name is typed into the focused field.
        focused().sendKeys(photo.toAbsolutePath().toString());
        Stop upload = tab();
        assertThat(upload.name()).isEqualTo("Upload");
        press(Keys.ENTER);
        waitUpTo(10).until(d -> !d.findElements(By.id("uploadResults")).isEmpty());

        skipToMain();
        tabTo(id("enrolStart"), 20);
        press(Keys.SPACE);
        waitUpTo(10).until(d -> d.findElement(By.id("enrolCapture")).isEnabled());
        Stop capture = tab();
        assertThat(capture.element()).isEqualTo("button#enrolCapture[type=button]");
        press(Keys.ENTER);
        waitUpTo(10).until(d -> !d.findElement(By.id("enrolResults")).getText().isBlank());
        assertThat(driver.findElement(By.id("enrolResults")).getText()).contains("3 faces in the photo");
    }
}
