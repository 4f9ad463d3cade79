package app.attendance.api.room;

import app.attendance.api.system.CrudController;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/rooms}: ADMIN writes, TEACHER reads. */
@RestController
@RequestMapping("/api/rooms")
class RoomController extends CrudController<RoomView, RoomRequest> {

    RoomController(RoomService service) {
        super(service, "/api/rooms", RoomView::id);
    }
}
