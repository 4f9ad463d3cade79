package app.attendance.api.system;

import java.util.List;
import java.util.function.Function;
import org.springframework.data.domain.Page;

/** The paged list shape of docs/api.md. */
public record PageResponse<T>(List<T> content, int page, int size, long totalElements, int totalPages) {

    /** Maps a Spring Data page to the wire shape. */
    public static <E, T> PageResponse<T> of(Page<E> page, Function<E, T> mapper) {
        return new PageResponse<>(page.getContent().stream().map(mapper).toList(), page.getNumber(),
                page.getSize(), page.getTotalElements(), page.getTotalPages());
    }
}
