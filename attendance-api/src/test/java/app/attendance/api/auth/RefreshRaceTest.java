package app.attendance.api.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.attendance.api.support.ApiTestBase;
import app.attendance.api.support.TestData;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.RepeatedTest;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import tools.jackson.databind.JsonNode;

/**
 * Issue 13, defect 3: ten parallel refreshes with one token. Exactly one rotates it; the other nine
 * are reuse (401, never 500), and reuse revokes everything of the account — the winner's new
 * refresh token and its new access token included, since a parallel use cannot be told from a thief.
 */
class RefreshRaceTest extends ApiTestBase {

    private static final int PARALLEL = 10;

    @RepeatedTest(5) // a race: one lucky pass proves little
    void exactlyOneOfTenParallelRefreshesWinsAndTheRestRevokeEverything() throws Exception {
        String name = TestData.unique("racer");
        long id = body(postAs(admin, "/api/users", "{\"username\":\"" + name
                + "\",\"password\":\"long-enough-pw\",\"role\":\"ADMIN\"}")).get("id").asLong();
        String refresh = api.login(name, "long-enough-pw").get("refreshToken").asString();

        ExecutorService threads = Executors.newFixedThreadPool(PARALLEL);
        List<MockHttpServletResponse> responses = new ArrayList<>();
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<MockHttpServletResponse>> calls = new ArrayList<>();
            for (int i = 0; i < PARALLEL; i++) {
                calls.add(threads.submit(() -> {
                    start.await();
                    return refresh(refresh);
                }));
            }
            start.countDown();
            for (Future<MockHttpServletResponse> call : calls) {
                responses.add(call.get(30, TimeUnit.SECONDS));
            }
        } finally {
            threads.shutdownNow();
        }

        List<Integer> statuses = responses.stream().map(MockHttpServletResponse::getStatus).toList();
        assertThat(statuses).containsOnly(200, 401);
        assertThat(statuses.stream().filter(s -> s == 200).count()).as("winners in %s", statuses).isEqualTo(1);
        JsonNode winner = api.read(responses.stream().filter(r -> r.getStatus() == 200).findFirst().orElseThrow()
                .getContentAsString());

        assertThat(refresh(winner.get("refreshToken").asString()).getStatus()).isEqualTo(401);
        getAs("Bearer " + winner.get("accessToken").asString(), "/api/users/" + id)
                .andExpect(status().isUnauthorized());
        assertThat(count("select count(*) from refresh_tokens where user_id = ?", id)).isZero();
        deleteAs(admin, "/api/users/" + id).andExpect(status().isNoContent());
    }

    private MockHttpServletResponse refresh(String token) throws Exception {
        return mvc.perform(post("/api/auth/refresh").contentType(MediaType.APPLICATION_JSON)
                .content("{\"refreshToken\":\"" + token + "\"}")).andReturn().getResponse();
    }
}
