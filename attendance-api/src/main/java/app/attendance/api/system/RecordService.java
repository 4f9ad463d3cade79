package app.attendance.api.system;

/**
 * The calls every admin-managed record answers to over {@link RecordController}: one by id, create and update.
 *
 * @param <V> the record on the wire
 * @param <C> the request that creates it
 * @param <U> the request that updates it
 */
public interface RecordService<V, C, U> {

    /** The record with this id, or a 404 problem. */
    V get(long id);

    /** Creates a record from the request. */
    V create(C request);

    /** Replaces the record's fields with the request's. */
    V update(long id, U request);
}
