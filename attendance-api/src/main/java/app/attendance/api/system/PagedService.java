package app.attendance.api.system;

/**
 * A {@link RecordService} whose records are listed a page at a time, searched by one text.
 *
 * @param <V> the record on the wire
 * @param <C> the request that creates it
 * @param <U> the request that updates it
 */
public interface PagedService<V, C, U> extends RecordService<V, C, U> {

    /** One page of records matching {@code q}, sorted by {@code sort} when it names a sortable field. */
    PageResponse<V> list(String q, Integer page, Integer size, String sort);
}
