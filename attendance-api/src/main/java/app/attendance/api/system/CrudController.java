package app.attendance.api.system;

import java.util.function.ToLongFunction;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * A {@link PagedController} with {@code DELETE path/{id}}, answered 204 once the record is gone.
 *
 * @param <V> the record on the wire
 * @param <R> the request that creates or updates it
 */
public abstract class CrudController<V, R> extends PagedController<V, R, R> {

    private final CrudService<V, R> service;

    protected CrudController(CrudService<V, R> service, String path, ToLongFunction<V> id) {
        super(service, path, id);
        this.service = service;
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    public void delete(@PathVariable long id) {
        service.delete(id);
    }
}
