package app.attendance.api.timetable;

import app.attendance.api.system.RecordController;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/timetable}: ADMIN writes; TEACHER reads the slots of own classes. Not paged. */
@RestController
@RequestMapping("/api/timetable")
class TimetableController extends RecordController<SlotView, SlotRequest, SlotRequest> {

    private final TimetableService service;

    TimetableController(TimetableService service) {
        super(service, "/api/timetable", SlotView::id);
        this.service = service;
    }

    @GetMapping
    List<SlotView> list(@RequestParam(required = false) Long classId, @RequestParam(required = false) Long teacherId,
            @RequestParam(required = false) Long roomId) {
        return service.list(classId, teacherId, roomId);
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@PathVariable long id) {
        service.delete(id);
    }
}
