package app.attendance.face.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

/** {@code POST /v1/index/backups} on a real index: a complete copy in a new folder. */
class IndexAdminControllerTest {

    @TempDir
    Path dir;

    @Test
    void backupCreatesAFolderHoldingTheReportedFiles() throws Exception {
        IndexProperties properties = IndexProperties.of(dir.resolve("index"));
        try (LuceneFaceIndex index = LuceneFaceIndex.open(properties)) {
            index.add(new SyntheticFaces(2, "m1").enrolment(0));
            MockMvc mvc = MockMvcBuilders.standaloneSetup(
                    new IndexAdminController(index, properties, dir.resolve("unused"))).build();
            MvcResult result = mvc.perform(post("/v1/index/backups"))
                    .andExpect(status().isCreated())
                    .andExpect(jsonPath("$.folder").isString())
                    .andExpect(jsonPath("$.files").isNumber())
                    .andReturn();
            String body = result.getResponse().getContentAsString();
            Path folder = Path.of(body.replaceAll(".*\"folder\":\"([^\"]+)\".*", "$1"));
            int files = Integer.parseInt(body.replaceAll(".*\"files\":(\\d+).*", "$1"));
            assertThat(folder.getParent()).isEqualTo(dir.resolve("index-backups").toAbsolutePath());
            try (Stream<Path> listed = Files.list(folder)) {
                assertThat(listed.count()).isEqualTo(files).isPositive();
            }
        }
    }
}
