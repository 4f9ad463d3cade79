package app.attendance.api.system;

import java.util.function.ToLongFunction;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A {@link RecordController} with {@code GET path?q=&page=&size=&sort=}, one page of matching records.
 *
 * @param <V> the record on the wire
 * @param <C> the request that creates it
 * @param <U> the request that updates it
 */
public abstract class PagedController<V, C, U> extends RecordController<V, C, U> {

    private final PagedService<V, C, U> service;

    protected PagedController(PagedService<V, C, U> service, String path, ToLongFunction<V> id) {
        super(service, path, id);
        this.service = service;
    }

    @GetMapping
    public PageResponse<V> list(@RequestParam(required = false) String q,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
            @RequestParam(required = false) String sort) {
        return service.list(q, page, size, sort);
    }
}
