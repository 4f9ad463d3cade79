package app.attendance.api.user;

import app.attendance.api.system.PageResponse;
import jakarta.validation.Valid;
import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/users} (ADMIN only). */
@RestController
@RequestMapping("/api/users")
class UserController {

    private final UserService service;

    UserController(UserService service) {
        this.service = service;
    }

    @GetMapping
    PageResponse<UserView> list(@RequestParam(required = false) String q,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
            @RequestParam(required = false) String sort) {
        return service.list(q, page, size, sort);
    }

    @GetMapping("/{id}")
    UserView get(@PathVariable long id) {
        return service.get(id);
    }

    @PostMapping
    ResponseEntity<UserView> create(@Valid @RequestBody UserRequests.Create body) {
        UserView created = service.create(body);
        return ResponseEntity.created(URI.create("/api/users/" + created.id())).body(created);
    }

    @PutMapping("/{id}")
    UserView update(@PathVariable long id, @Valid @RequestBody UserRequests.Update body) {
        return service.update(id, body);
    }

    @PostMapping("/{id}/password")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void password(@PathVariable long id, @Valid @RequestBody UserRequests.Password body) {
        service.changePassword(id, body.password());
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@PathVariable long id) {
        service.delete(id, CurrentUser.get().userId());
    }
}
