package app.attendance.web.room;

import app.attendance.web.api.CrudController;
import app.attendance.web.api.CrudPages;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/** Admin pages for rooms. */
@Controller
@RequestMapping("/rooms")
class RoomController extends CrudController<Room, RoomForm> {

    RoomController(RoomClient rooms) {
        super(rooms, new CrudPages("/rooms", "room"), "name,asc", () -> new RoomForm("", 40), RoomForm::of);
    }
}
