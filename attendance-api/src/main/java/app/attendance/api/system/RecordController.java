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

/**
 * Get, create and update of one admin-managed record under {@code path}; the subclass maps the path and adds the
 * list and delete, or takes them from {@link PagedController} and {@link CrudController}.
 *
 * @param <V> the record on the wire
 * @param <C> the request that creates it
 * @param <U> the request that updates it
 */
public abstract class RecordController<V, C, U> {

    private final RecordService<V, C, U> service;
    private final String path;
    private final ToLongFunction<V> id;

    protected RecordController(RecordService<V, C, U> service, String path, ToLongFunction<V> id) {
        this.service = service;
        this.path = path;
        this.id = id;
    }

    @GetMapping("/{id}")
    public V get(@PathVariable long id) {
        return service.get(id);
    }

    @PostMapping
    public ResponseEntity<V> create(@Valid @RequestBody C body) {
        V created = service.create(body);
        return ResponseEntity.created(URI.create(path + "/" + id.applyAsLong(created))).body(created);
    }

    @PutMapping("/{id}")
    public V update(@PathVariable long id, @Valid @RequestBody U body) {
        return service.update(id, body);
    }
}
