package app.attendance.web.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every message key a template uses exists in English and Vietnamese, and both files have the same keys. */
class MessagesTest {

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = MessagesTest.class.getResourceAsStream("/" + name)) {
            p.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void bothLanguagesHaveTheSameKeys() throws IOException {
        assertThat(load("messages_vi.properties").stringPropertyNames())
                .containsExactlyInAnyOrderElementsOf(load("messages.properties").stringPropertyNames());
    }

    @Test
    void everyStaticKeyInTheTemplatesExists() throws IOException {
        Set<String> en = new HashSet<>(load("messages.properties").stringPropertyNames());
        en.addAll(load("i18n/reports.properties").stringPropertyNames()); // basename of the report pages
        Set<String> used = new HashSet<>();
        Pattern key = Pattern.compile("#\\{([a-zA-Z0-9_.]+[a-zA-Z0-9_])[(}]");
        try (Stream<Path> files = Files.walk(Path.of("src/main/resources/templates"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
                Matcher m = key.matcher(Files.readString(file));
                while (m.find()) {
                    used.add(m.group(1));
                }
            }
        }
        assertThat(used).hasSizeGreaterThan(100);
        assertThat(en).containsAll(used);
    }

    @Test
    void vietnameseIsActuallyTranslated() throws IOException {
        Properties en = load("messages.properties");
        Properties vi = load("messages_vi.properties");
        long same = en.stringPropertyNames().stream().filter(k -> en.getProperty(k).equals(vi.getProperty(k))).count();
        assertThat(same).isLessThan(en.size() / 20); // a few (e.g. "Email", "Kiosk") may coincide
    }
}
