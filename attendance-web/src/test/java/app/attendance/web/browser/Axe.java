package app.attendance.web.browser;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.webjars.WebJarVersionLocator;

/**
 * Runs axe-core (from its WebJar) in the page the browser shows and returns what it finds against
 * WCAG 2.0, 2.1 and 2.2 A and AA. The script goes in through WebDriver, which the page's content
 * security policy does not govern; the page itself is left unchanged.
 */
public final class Axe {

    /** The axe-core tags checked. */
    public static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

    /** One rule broken by one element. */
    public record Violation(String page, String rule, String impact, String target, String summary) {
        @Override
        public String toString() {
            return page + " | " + rule + " (" + impact + ") | " + target + " | " + summary.replace('\n', ' ');
        }
    }

    private static final String SOURCE = load();

    private Axe() {
    }

    private static String load() {
        String path = new WebJarVersionLocator().fullPath("axe-core", "axe.min.js");
        if (path == null) {
            throw new IllegalStateException("the axe-core WebJar is not on the test class path");
        }
        try (InputStream in = Axe.class.getClassLoader().getResourceAsStream(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Checks the current page; {@code page} names it in the result. Target size (WCAG 2.5.8, a
     * 2.2 AA criterion) is switched on explicitly: axe-core 4.6 still ships it disabled.
     */
    @SuppressWarnings("unchecked")
    public static List<Violation> check(WebDriver driver, String page) {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        if (!Boolean.TRUE.equals(js.executeScript("return typeof window.axe === 'object'"))) {
            js.executeScript(SOURCE);
        }
        Object answer = js.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, {runOnly: {type: 'tag', values: arguments[0]},
                                   rules: {'target-size': {enabled: true}}, resultTypes: ['violations']})
                  .then(r => done(r.violations.flatMap(v => v.nodes.map(n => ({
                      rule: v.id, impact: String(v.impact), target: n.target.join(' '),
                      summary: n.failureSummary || v.help})))))
                  .catch(e => done('axe failed: ' + e));""", TAGS);
        if (answer instanceof String error) {
            throw new IllegalStateException(page + ": " + error);
        }
        List<Violation> found = new ArrayList<>();
        for (Map<String, Object> v : (List<Map<String, Object>>) answer) {
            found.add(new Violation(page, (String) v.get("rule"), (String) v.get("impact"), (String) v.get("target"),
                    (String) v.get("summary")));
        }
        return found;
    }
}
