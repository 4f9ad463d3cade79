package app.attendance.web.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** The report pages' messages exist in English and Vietnamese with the same keys, translated. */
class ReportMessagesTest {

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = ReportMessagesTest.class.getResourceAsStream("/i18n/" + name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void bothLanguagesHaveTheSameKeysAndVietnameseIsTranslated() throws IOException {
        Properties en = load("reports.properties");
        Properties vi = load("reports_vi.properties");
        assertThat(vi.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(en.stringPropertyNames());
        long same = en.stringPropertyNames().stream().filter(k -> en.getProperty(k).equals(vi.getProperty(k))).count();
        assertThat(same).isLessThanOrEqualTo(1); // "{0} – {1}" is the same in both
    }
}
