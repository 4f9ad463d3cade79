package app.attendance.api.contract;

import static org.assertj.core.api.Assertions.assertThat;

import app.attendance.api.support.ApiTestBase;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The API's contract has one source: {@code docs/openapi/attendance-api.json}, committed. This test
 * compares it with what the running code publishes at {@code /v3/api-docs}; any drift (a new field,
 * a renamed path, a changed type) fails the build. After an intended change, regenerate with
 * {@code ./mvnw -pl attendance-api test -Dtest=OpenApiContractTest -Dopenapi.write=true} and commit
 * the file; the web app's contract test reads the same file.
 */
class OpenApiContractTest extends ApiTestBase {

    static final Path DOCUMENT = Path.of(System.getProperty("attendance.root", ".."), "docs", "openapi",
            "attendance-api.json");

    private static final ObjectMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    @Test
    void theCommittedDocumentIsWhatTheCodePublishes() throws Exception {
        String body = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .get("/v3/api-docs")).andReturn().getResponse().getContentAsString();
        JsonNode published = normalise(JSON.readTree(body));
        if (Boolean.getBoolean("openapi.write")) {
            Files.createDirectories(DOCUMENT.getParent());
            Files.writeString(DOCUMENT, JSON.writeValueAsString(published) + "\n");
        }
        assertThat(Files.exists(DOCUMENT)).as("%s is missing; generate it with -Dopenapi.write=true", DOCUMENT)
                .isTrue();
        JsonNode committed = JSON.readTree(Files.readString(DOCUMENT));
        assertThat(published)
                .as("/v3/api-docs differs from %s: the API's contract changed. If intended, regenerate with"
                        + " ./mvnw -pl attendance-api test -Dtest=OpenApiContractTest -Dopenapi.write=true,"
                        + " and check the web app's clients against it", DOCUMENT)
                .isEqualTo(committed);
    }

    /**
     * Drops what depends on the test run and is no part of the wire contract: the server URL with
     * its random port, and the generated operation ids (numbered in discovery order).
     */
    private static JsonNode normalise(JsonNode doc) {
        ((ObjectNode) doc).remove("servers");
        doc.findParents("operationId").forEach(op -> ((ObjectNode) op).remove("operationId"));
        return doc;
    }
}
