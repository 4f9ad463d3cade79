package app.attendance.api.user;

import app.attendance.api.system.PagedController;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/users} (ADMIN only). */
@RestController
@RequestMapping("/api/users")
class UserController extends PagedController<UserView, UserRequests.Create, UserRequests.Update> {

    private final UserService service;

    UserController(UserService service) {
        super(service, "/api/users", UserView::id);
        this.service = service;
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
