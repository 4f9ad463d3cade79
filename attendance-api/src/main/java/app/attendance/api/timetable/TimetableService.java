package app.attendance.api.timetable;

import app.attendance.api.audit.AuditLog;
import app.attendance.api.auth.AccessPolicy;
import app.attendance.api.room.Room;
import app.attendance.api.room.RoomRepository;
import app.attendance.api.schoolclass.SchoolClass;
import app.attendance.api.schoolclass.SchoolClassRepository;
import app.attendance.api.subject.Subject;
import app.attendance.api.subject.SubjectRepository;
import app.attendance.api.system.ApiException;
import app.attendance.api.system.RecordService;
import app.attendance.api.teacher.Teacher;
import app.attendance.api.teacher.TeacherRepository;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Timetable slots. A slot may not share its class, teacher or room with another slot on the same
 * weekday when both times and validity periods overlap: such a change is refused with every clash.
 */
@Service
class TimetableService implements RecordService<SlotView, SlotRequest, SlotRequest> {

    private final TimetableSlotRepository slots;
    private final SchoolClassRepository classes;
    private final SubjectRepository subjects;
    private final TeacherRepository teachers;
    private final RoomRepository rooms;
    private final AccessPolicy access;
    private final List<SlotReferences> slotReferences;
    private final AuditLog audit;

    TimetableService(TimetableSlotRepository slots, SchoolClassRepository classes, SubjectRepository subjects,
            TeacherRepository teachers, RoomRepository rooms, AccessPolicy access, List<SlotReferences> slotReferences,
            AuditLog audit) {
        this.slots = slots;
        this.classes = classes;
        this.subjects = subjects;
        this.teachers = teachers;
        this.rooms = rooms;
        this.access = access;
        this.slotReferences = slotReferences;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    List<SlotView> list(Long classId, Long teacherId, Long roomId) {
        Long scope = access.teacherScope();
        List<TimetableSlot> found = slots.findFiltered(classId, teacherId, roomId);
        if (scope != null) {
            Set<Long> mine = access.teacherClassIds(scope);
            found = found.stream().filter(s -> s.getTeacher().getId().equals(scope)
                    || mine.contains(s.getSchoolClass().getId())).toList();
        }
        return found.stream().map(SlotView::of).toList();
    }

    @Transactional(readOnly = true)
    @Override
    public SlotView get(long id) {
        TimetableSlot s = find(id);
        Long scope = access.teacherScope();
        if (scope != null && !s.getTeacher().getId().equals(scope)) {
            access.requireClass(s.getSchoolClass().getId());
        }
        return SlotView.of(s);
    }

    @Transactional
    @Override
    public SlotView create(SlotRequest r) {
        validate(r, null);
        TimetableSlot s = new TimetableSlot(schoolClass(r.classId()), subject(r.subjectId()), teacher(r.teacherId()),
                room(r.roomId()), r.weekday(), r.startTime(), r.endTime(), r.validFrom(), r.validTo());
        slots.save(s);
        SlotView view = SlotView.of(s);
        audit.record("CREATE", "timetable_slot", s.getId(), null, view, null);
        return view;
    }

    @Transactional
    @Override
    public SlotView update(long id, SlotRequest r) {
        TimetableSlot s = find(id);
        validate(r, id);
        return audit.update("timetable_slot", id, s, SlotView::of, x -> x.update(schoolClass(r.classId()),
                subject(r.subjectId()), teacher(r.teacherId()), room(r.roomId()), r.weekday(), r.startTime(),
                r.endTime(), r.validFrom(), r.validTo()));
    }

    /** Deletes the slot and its future sessions that were never opened; other sessions stay (ad hoc). */
    @Transactional
    void delete(long id) {
        TimetableSlot s = find(id);
        slotReferences.forEach(r -> r.slotDeleted(id));
        audit.record("DELETE", "timetable_slot", id, SlotView.of(s), null, null);
        slots.delete(s);
    }

    private void validate(SlotRequest r, Long selfId) {
        if (!r.startTime().isBefore(r.endTime())) {
            throw ApiException.invalid("endTime", "must be after startTime");
        }
        if (r.validTo().isBefore(r.validFrom())) {
            throw ApiException.invalid("validTo", "must not be before validFrom");
        }
        List<Clash> clashes = new ArrayList<>();
        for (TimetableSlot other : slots.findOverlapping(r.weekday(), r.startTime(), r.endTime(), r.validFrom(),
                r.validTo(), r.classId(), r.teacherId(), r.roomId(), selfId)) {
            clashes.addAll(Clash.between(r, other));
        }
        if (!clashes.isEmpty()) {
            throw new ApiException(HttpStatus.CONFLICT, "timetable-clash",
                    "The slot clashes with " + clashes.size() + " existing slot(s)").with("clashes", clashes);
        }
    }

    private SchoolClass schoolClass(Long id) {
        return classes.findById(id).orElseThrow(() -> ApiException.invalid("classId", "class " + id
                + " does not exist"));
    }

    private Subject subject(Long id) {
        return subjects.findById(id).orElseThrow(() -> ApiException.invalid("subjectId", "subject " + id
                + " does not exist"));
    }

    private Teacher teacher(Long id) {
        return teachers.findById(id).orElseThrow(() -> ApiException.invalid("teacherId", "teacher " + id
                + " does not exist"));
    }

    private Room room(Long id) {
        return id == null ? null
                : rooms.findById(id).orElseThrow(() -> ApiException.invalid("roomId", "room " + id
                        + " does not exist"));
    }

    private TimetableSlot find(long id) {
        return slots.findById(id).orElseThrow(() -> ApiException.notFound("timetable slot", id));
    }
}
