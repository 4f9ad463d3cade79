package app.attendance.face.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import app.attendance.face.support.Http;
import app.attendance.face.support.ServiceTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The service's OpenAPI document ({@code /v3/api-docs}) is the committed
 * {@code docs/openapi/face-service.json}: a change of the REST contract (a path, a parameter, a
 * field of a record on the wire) fails the build until the file is regenerated and committed with
 * it. {@code -Dopenapi.write=true} writes the file instead of comparing. The document is behind the
 * service token like the calls it describes.
 */
@ServiceTest
class OpenApiContractTest {

    private static final String REGENERATE = "./mvnw -B -ntp -pl face-service test -Dtest=OpenApiContractTest "
            + "-Dopenapi.write=true";
    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    @LocalServerPort
    int port;

    @Test
    void theDocumentNeedsTheServiceToken() {
        Http http = new Http(port, ServiceTest.TOKEN);
        for (String path : List.of("/v3/api-docs", "/v3/api-docs.yaml", "/v3/api-docs/swagger-config")) {
            Http.Answer anonymous = http.send("GET", path, null, null);
            assertThat(anonymous.status()).as(path).isEqualTo(401);
            assertThat(anonymous.json().get("code").asString()).isEqualTo("unauthenticated");
            assertThat(http.send("GET", path, null, "wrong-token").status()).as(path).isEqualTo(401);
        }
        assertThat(http.get("/v3/api-docs.yaml").status()).isEqualTo(200);
    }

    @Test
    void theServedDocumentIsTheCommittedOne() throws IOException {
        Http.Answer answer = new Http(port, ServiceTest.TOKEN).get("/v3/api-docs");
        assertThat(answer.status()).isEqualTo(200);
        JsonNode served = normalised(answer.json());
        Path committed = committedFile();
        if (Boolean.getBoolean("openapi.write")) {
            Files.createDirectories(committed.getParent());
            Files.writeString(committed, JSON.writeValueAsString(served) + "\n");
            return;
        }
        if (!Files.isRegularFile(committed)) {
            fail(committed + " is missing. Write it with: " + REGENERATE);
        }
        JsonNode expected = JSON.readTree(committed.toFile());
        if (!expected.equals(served)) {
            fail("face-service's REST contract differs from " + committed + " at " + differences(expected, served, "")
                    + ".\nIf the change is intended, regenerate the file with\n  " + REGENERATE
                    + "\nthen review the diff (git diff docs/openapi) and commit it with the change; attendance-api's "
                    + "client records may need the same change.");
        }
    }

    /** The document without the server URL, which names this test's random port. */
    private static JsonNode normalised(JsonNode document) {
        ObjectNode copy = (ObjectNode) document.deepCopy();
        copy.remove("servers");
        return copy;
    }

    private static Path committedFile() {
        String root = System.getProperty("attendance.root");
        Path base = root != null ? Path.of(root) : Path.of("").toAbsolutePath();
        while (root == null && base.getParent() != null && !Files.isDirectory(base.resolve("docs"))) {
            base = base.getParent();
        }
        return base.resolve("docs/openapi/face-service.json");
    }

    /** JSON pointers where the two documents differ, at most ten. */
    private static List<String> differences(JsonNode expected, JsonNode actual, String at) {
        List<String> out = new ArrayList<>();
        collect(expected, actual, at, out);
        return out.size() > 10 ? out.subList(0, 10) : out;
    }

    private static void collect(JsonNode expected, JsonNode actual, String at, List<String> out) {
        if (out.size() > 10 || expected.equals(actual)) {
            return;
        }
        if (expected.isObject() && actual.isObject()) {
            TreeSet<String> names = new TreeSet<>(expected.propertyNames());
            names.addAll(actual.propertyNames());
            for (String name : names) {
                String pointer = at + "/" + name.replace("~", "~0").replace("/", "~1");
                if (!expected.has(name)) {
                    out.add(pointer + " (new)");
                } else if (!actual.has(name)) {
                    out.add(pointer + " (gone)");
                } else {
                    collect(expected.get(name), actual.get(name), pointer, out);
                }
            }
        } else {
            out.add(at.isEmpty() ? "/" : at);
        }
    }
}
