package app.attendance.api.audit;

import app.attendance.api.system.PageResponse;
import app.attendance.api.system.Paging;
import java.time.Instant;
import java.util.Map;
import org.springframework.data.domain.Sort;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/audit} (ADMIN): newest first, filtered by entity, id and time. */
@RestController
@RequestMapping("/api/audit")
class AuditController {

    private final AuditEntryRepository entries;

    AuditController(AuditEntryRepository entries) {
        this.entries = entries;
    }

    @GetMapping
    @Transactional(readOnly = true)
    public PageResponse<AuditView> list(@RequestParam(required = false) String entity,
            @RequestParam(required = false) Long entityId, @RequestParam(required = false) Instant from,
            @RequestParam(required = false) Instant to, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return PageResponse.of(entries.search(entity, entityId, from == null ? Instant.EPOCH : from,
                to == null ? Instant.parse("9999-12-31T00:00:00Z") : to,
                Paging.pageable(page, size, null, Map.of(), Sort.by(Sort.Direction.DESC, "at"))), AuditView::of);
    }
}
