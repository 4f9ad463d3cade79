package app.attendance.web.dashboard;

import app.attendance.web.api.ApiClient;
import app.attendance.web.api.ApiCallException;
import app.attendance.web.api.ApiUnavailableException;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Reads {@code GET /api/dashboard}. The dashboard stays usable without it (today's sessions come
 * from their own call), so a failure here yields an empty result instead of an error page.
 */
@Component
class OverviewClient {

    private static final Logger log = LoggerFactory.getLogger(OverviewClient.class);
    private final ApiClient api;

    OverviewClient(ApiClient api) {
        this.api = api;
    }

    Optional<Overview> overview() {
        try {
            return Optional.ofNullable(api.call(r -> r.get().uri("/api/dashboard").retrieve().body(Overview.class)));
        } catch (ApiCallException | ApiUnavailableException e) {
            log.warn("Dashboard figures unavailable: {}", e.getMessage());
            return Optional.empty();
        }
    }
}
