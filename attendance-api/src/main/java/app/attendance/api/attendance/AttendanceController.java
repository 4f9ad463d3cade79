package app.attendance.api.attendance;

import app.attendance.api.auth.AccessPolicy;
import app.attendance.api.user.CurrentUser;
import app.attendance.api.system.ApiException;
import app.attendance.api.system.PageResponse;
import app.attendance.api.system.Paging;
import java.time.LocalDate;
import java.util.Map;
import org.springframework.data.domain.Sort;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/attendance} (ADMIN all; TEACHER own classes and sessions) and
 * {@code GET /api/me/attendance} (a STUDENT's own records).
 */
@RestController
class AttendanceController {

    private static final Map<String, String> SORTABLE = Map.of("date", "session.date", "status", "status",
            "studentName", "student.fullName");
    /** Newest records first (ids grow with time), which needs no join to order. */
    private static final Sort DEFAULT_SORT = Sort.by(Sort.Direction.DESC, "id");

    private final AttendanceRecordRepository records;
    private final AccessPolicy access;

    AttendanceController(AttendanceRecordRepository records, AccessPolicy access) {
        this.records = records;
        this.access = access;
    }

    @GetMapping("/api/attendance")
    @Transactional(readOnly = true)
    public PageResponse<AttendanceView> list(@RequestParam(required = false) Long studentId,
            @RequestParam(required = false) Long classId, @RequestParam(required = false) LocalDate from,
            @RequestParam(required = false) LocalDate to, @RequestParam(required = false) AttendanceStatus status,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
            @RequestParam(required = false) String sort) {
        return search(studentId, classId, from, to, status, access.teacherScope(), page, size, sort);
    }

    @GetMapping("/api/me/attendance")
    @Transactional(readOnly = true)
    public PageResponse<AttendanceView> mine(@RequestParam(required = false) LocalDate from,
            @RequestParam(required = false) LocalDate to, @RequestParam(required = false) AttendanceStatus status,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
            @RequestParam(required = false) String sort) {
        Long studentId = CurrentUser.get().studentId();
        if (studentId == null) {
            throw ApiException.forbidden("Only students have their own attendance");
        }
        return search(studentId, null, from, to, status, null, page, size, sort);
    }

    private PageResponse<AttendanceView> search(Long studentId, Long classId, LocalDate from, LocalDate to,
            AttendanceStatus status, Long teacherScope, Integer page, Integer size, String sort) {
        return PageResponse.of(records.findAll(AttendanceSearch.of(studentId, classId, from, to, status, teacherScope),
                Paging.pageable(page, size, sort, SORTABLE, DEFAULT_SORT)), AttendanceView::of);
    }
}
