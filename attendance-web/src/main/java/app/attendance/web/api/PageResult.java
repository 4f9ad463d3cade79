package app.attendance.web.api;

import java.util.List;

/**
 * One page of a list endpoint (docs/api.md, "Paging").
 *
 * @param <T> element type
 */
public record PageResult<T>(List<T> content, int page, int size, long totalElements, int totalPages) {

    public PageResult {
        content = content == null ? List.of() : content;
    }

    public boolean hasPrevious() {
        return page > 0;
    }

    public boolean hasNext() {
        return page + 1 < totalPages;
    }
}
