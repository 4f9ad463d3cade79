package app.attendance.web.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The live page colours each face box by its outcome from {@code COLORS} in {@code static/js/camera.js}; the
 * outcomes are the enum of a frame result's faces in the API's committed contract. An outcome the API adds or drops
 * fails here instead of drawing a box in the fallback colour.
 */
class CameraColoursContractTest {

    private static final Path DOCUMENT = Path.of(System.getProperty("attendance.root", ".."), "docs", "openapi",
            "attendance-api.json");
    private static final Path CAMERA_JS = Path.of("src", "main", "resources", "static", "js", "camera.js");

    @Test
    void everyFrameOutcomeHasAColourAndEveryColourAnOutcome() throws Exception {
        JsonNode schemas = JsonMapper.builder().build().readTree(Files.readString(DOCUMENT)).get("components")
                .get("schemas");
        String faces = schemas.get("FrameResult").get("properties").get("faces").get("items").get("$ref")
                .asString();
        JsonNode outcome = schemas.get(faces.substring(faces.lastIndexOf('/') + 1)).get("properties").get("outcome");
        List<String> outcomes = new ArrayList<>();
        outcome.get("enum").forEach(v -> outcomes.add(v.asString()));

        assertThat(outcomes).isNotEmpty();
        assertThat(colourKeys(Files.readString(CAMERA_JS))).as("COLORS keys in %s against the outcomes in %s",
                CAMERA_JS, DOCUMENT).containsExactlyInAnyOrderElementsOf(new TreeSet<>(outcomes));
    }

    /** The keys of the {@code const COLORS = { KEY: '#rrggbb', ... };} object literal. */
    private static TreeSet<String> colourKeys(String js) {
        Matcher block = Pattern.compile("const COLORS = \\{(.*?)\\};", Pattern.DOTALL).matcher(js);
        assertThat(block.find()).as("a COLORS object in camera.js").isTrue();
        TreeSet<String> keys = new TreeSet<>();
        Matcher key = Pattern.compile("([A-Z_]+)\\s*:").matcher(block.group(1));
        while (key.find()) {
            keys.add(key.group(1));
        }
        return keys;
    }
}
