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
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

/** {@code POST /v1/index/backups} on a real index: a complete copy in a new folder. */
class IndexAdminControllerTest {

    @TempDir
    Path dir;

    @Test
    void answersUnavailableWithoutADurableIndex() throws Exception {
        MockMvc mvc = MockMvcBuilders.standaloneSetup(new IndexAdminController(
                new StaticListableBeanFactory().getBeanProvider(LuceneFaceIndex.class))).build();
        mvc.perform(post("/v1/index/backups")).andExpect(status().isServiceUnavailable());
    }

    @Test
    void backupCreatesAFolderHoldingTheReportedFiles() throws Exception {
        IndexProperties properties = IndexProperties.of(dir.resolve("index"));
        try (LuceneFaceIndex index = LuceneFaceIndex.open(properties)) {
            index.add(new SyntheticFaces(2, "m1").enrolment(0));
            StaticListableBeanFactory beans = new StaticListableBeanFactory();
            beans.addBean("faceIndex", index);
            MockMvc mvc = MockMvcBuilders.standaloneSetup(
                    new IndexAdminController(beans.getBeanProvider(LuceneFaceIndex.class))).build();
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
            try (LuceneFaceIndex restored = LuceneFaceIndex.open(IndexProperties.of(folder))) {
                assertThat(restored.faces("s0")).hasSameSizeAs(index.faces("s0"));
            }
        }
    }
}
