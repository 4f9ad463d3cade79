package app.attendance.api.system;

import jakarta.validation.Valid;
import java.net.URI;
import java.util.function.ToLongFunction;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * List, get, create and update of one admin-managed record under {@code path}; the subclass maps the path and
 * adds the delete; {@link CrudController} adds the plain one.
 *
 * @param <V> the record on the wire
 * @param <R> the request that creates or updates it
 */
public abstract class RecordController<V, R> {

    private final RecordService<V, R> service;
    private final String path;
    private final ToLongFunction<V> id;

    protected RecordController(RecordService<V, R> service, String path, ToLongFunction<V> id) {
        this.service = service;
        this.path = path;
        this.id = id;
    }

    @GetMapping
    public PageResponse<V> list(@RequestParam(required = false) String q,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
            @RequestParam(required = false) String sort) {
        return service.list(q, page, size, sort);
    }

    @GetMapping("/{id}")
    public V get(@PathVariable long id) {
        return service.get(id);
    }

    @PostMapping
    public ResponseEntity<V> create(@Valid @RequestBody R body) {
        V created = service.create(body);
        return ResponseEntity.created(URI.create(path + "/" + id.applyAsLong(created))).body(created);
    }

    @PutMapping("/{id}")
    public V update(@PathVariable long id, @Valid @RequestBody R body) {
        return service.update(id, body);
    }
}
