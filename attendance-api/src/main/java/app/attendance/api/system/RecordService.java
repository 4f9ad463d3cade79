package app.attendance.api.system;

/**
 * The four calls an admin-managed record answers to over {@link RecordController}: a searched, paged list, one by
 * id, create and update.
 *
 * @param <V> the record on the wire
 * @param <R> the request that creates or updates it
 */
public interface RecordService<V, R> {

    /** One page of records matching {@code q}, sorted by {@code sort} when it names a sortable field. */
    PageResponse<V> list(String q, Integer page, Integer size, String sort);

    /** The record with this id, or a 404 problem. */
    V get(long id);

    /** Creates a record from the request. */
    V create(R request);

    /** Replaces the record's fields with the request's. */
    V update(long id, R request);
}
