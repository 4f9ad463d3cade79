package app.attendance.api.timetable;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** One clash of a proposed slot with an existing one, as listed in a {@code timetable-clash} problem. */
record Clash(long slotId, Kind kind, String description) {

    /** What the two slots share. */
    enum Kind {
        CLASS, TEACHER, ROOM
    }

    /** Every clash between the proposal and an overlapping existing slot (one per shared resource). */
    static List<Clash> between(SlotRequest proposal, TimetableSlot existing) {
        List<Clash> clashes = new ArrayList<>();
        String when = existing.getWeekday() + " " + existing.getStartTime() + "–" + existing.getEndTime()
                + " (" + existing.getSubject().getCode() + ", slot " + existing.getId() + ")";
        if (existing.getSchoolClass().getId().equals(proposal.classId())) {
            clashes.add(new Clash(existing.getId(), Kind.CLASS,
                    "Class " + existing.getSchoolClass().getName() + " already has a lesson " + when));
        }
        if (existing.getTeacher().getId().equals(proposal.teacherId())) {
            clashes.add(new Clash(existing.getId(), Kind.TEACHER,
                    "Teacher " + existing.getTeacher().getFullName() + " already teaches " + when));
        }
        if (proposal.roomId() != null && existing.getRoom() != null
                && Objects.equals(existing.getRoom().getId(), proposal.roomId())) {
            clashes.add(new Clash(existing.getId(), Kind.ROOM,
                    "Room " + existing.getRoom().getName() + " is already used " + when));
        }
        return clashes;
    }
}
