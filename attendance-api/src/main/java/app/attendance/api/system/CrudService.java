package app.attendance.api.system;

/**
 * A {@link PagedService} created and updated by one request, whose records are deleted by id alone, refused with a
 * conflict while in use.
 *
 * @param <V> the record on the wire
 * @param <R> the request that creates or updates it
 */
public interface CrudService<V, R> extends PagedService<V, R, R> {

    /** Deletes the record, or refuses with a problem when it is still referenced. */
    void delete(long id);
}
