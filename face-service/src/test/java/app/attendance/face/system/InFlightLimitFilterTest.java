package app.attendance.face.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

/** One image request more than the limit is answered 503 with Retry-After at once; then it frees up. */
class InFlightLimitFilterTest {

    @Test
    void refusesTheRequestBeyondTheLimitWhileOneIsInFlight() throws Exception {
        InFlightLimitFilter filter = new InFlightLimitFilter(1, JsonMapper.builder().build());
        AtomicReference<MockHttpServletResponse> second = new AtomicReference<>();
        MockHttpServletResponse first = new MockHttpServletResponse();
        filter.doFilter(post(), first, (req, res) -> {
            MockHttpServletResponse r = new MockHttpServletResponse();
            filter.doFilter(post(), r, (q, s) -> ((MockHttpServletResponse) s).setStatus(200));
            second.set(r);
        });
        assertThat(second.get().getStatus()).isEqualTo(503);
        assertThat(second.get().getHeader("Retry-After")).isEqualTo("1");
        assertThat(second.get().getContentType()).startsWith("application/problem+json");
        assertThat(second.get().getContentAsString()).contains("\"code\":\"busy\"");
        MockHttpServletResponse third = new MockHttpServletResponse();
        filter.doFilter(post(), third, (q, s) -> ((MockHttpServletResponse) s).setStatus(200));
        assertThat(third.getStatus()).isEqualTo(200);
    }

    private static MockHttpServletRequest post() {
        return new MockHttpServletRequest("POST", "/v1/recognize");
    }
}
