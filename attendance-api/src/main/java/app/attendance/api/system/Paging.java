package app.attendance.api.system;

import java.util.Locale;
import java.util.Map;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/**
 * Turns the list parameters of docs/api.md ({@code page}, {@code size}, {@code sort}, {@code q})
 * into a Pageable and a LIKE pattern. Only whitelisted sort fields are accepted (400 otherwise).
 */
public final class Paging {

    public static final int MAX_SIZE = 200;

    private Paging() {
    }

    /**
     * @param sortable API field name → entity property path
     * @param defaultSort used when {@code sort} is absent; the id is always the final tie-breaker
     */
    public static Pageable pageable(Integer page, Integer size, String sort, Map<String, String> sortable,
            Sort defaultSort) {
        int p = page == null ? 0 : page;
        int s = size == null ? 20 : size;
        if (p < 0) {
            throw ApiException.invalid("page", "must be 0 or more");
        }
        if (s < 1 || s > MAX_SIZE) {
            throw ApiException.invalid("size", "must be between 1 and " + MAX_SIZE);
        }
        if ((long) p * s > Integer.MAX_VALUE) {
            throw ApiException.invalid("page", "is beyond the last possible page");
        }
        Sort order = defaultSort;
        if (sort != null && !sort.isBlank()) {
            String[] parts = sort.split(",");
            String property = parts.length == 0 ? null : sortable.get(parts[0].trim());
            if (property == null) {
                throw ApiException.invalid("sort", "can sort by " + String.join(", ", sortable.keySet()));
            }
            Sort.Direction direction = Sort.Direction.ASC;
            if (parts.length > 1) {
                direction = Sort.Direction.fromOptionalString(parts[1].trim())
                        .orElseThrow(() -> ApiException.invalid("sort", "direction must be asc or desc"));
            }
            order = Sort.by(direction, property);
        }
        Sort.Direction tieBreak = order.stream().reduce((a, b) -> b).map(Sort.Order::getDirection)
                .orElse(Sort.Direction.ASC);
        return PageRequest.of(p, s, order.and(Sort.by(tieBreak, "id")));
    }

    /** Like {@link #like} but null when {@code q} is absent (no text filter at all). */
    public static String likeOrNull(String q) {
        return q == null || q.isBlank() ? null : like(q);
    }

    /** A case-insensitive LIKE pattern for {@code q}; {@code %} (everything) when absent. */
    public static String like(String q) {
        if (q == null || q.isBlank()) {
            return "%";
        }
        String escaped = q.trim().toLowerCase(Locale.ROOT)
                .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%" + escaped + "%";
    }
}
