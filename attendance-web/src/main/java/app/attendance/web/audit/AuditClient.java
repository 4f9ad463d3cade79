package app.attendance.web.audit;

import app.attendance.web.api.ApiClient;
import app.attendance.web.api.PageResult;
import java.time.Instant;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.stereotype.Component;

/** {@code GET /api/audit} (ADMIN, newest first, paged). */
@Component
class AuditClient {

    private static final ParameterizedTypeReference<PageResult<AuditEntry>> PAGE = new ParameterizedTypeReference<>() {
    };

    private final ApiClient api;

    AuditClient(ApiClient api) {
        this.api = api;
    }

    /** Entries of one entity type (all when null) between two instants (open ends when null). */
    PageResult<AuditEntry> page(String entity, Instant from, Instant to, int page, int size) {
        return api.call(r -> r.get().uri(u -> {
            u.path("/api/audit").queryParam("page", page).queryParam("size", size);
            if (entity != null && !entity.isBlank()) {
                u.queryParam("entity", entity);
            }
            if (from != null) {
                u.queryParam("from", from);
            }
            if (to != null) {
                u.queryParam("to", to);
            }
            return u.build();
        }).retrieve().body(PAGE));
    }
}
