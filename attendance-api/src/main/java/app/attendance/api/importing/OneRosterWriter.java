package app.attendance.api.importing;

import app.attendance.api.importing.OneRosterExport.Enrollment;
import app.attendance.api.importing.OneRosterExport.RosterClass;
import app.attendance.api.importing.OneRosterExport.User;
import app.attendance.api.importing.OneRosterResult.Unmapped;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Writes a checked export inside the caller's transaction: teachers, homeroom classes (with their
 * homeroom teacher), students (each in their one homeroom class), subjects and teacher–subject
 * links from scheduled classes whose students are one homeroom's, then deactivates the students
 * imported before who are no longer in the export. Rows are matched by sourcedId, else by code
 * (class by name), and written only when a value differs, so the same export twice changes
 * nothing. A code already used by a row of another sourcedId is an error on the export's line.
 */
final class OneRosterWriter {

    /** Mutable counts of one kind. */
    private static final class Tally {
        int created;
        int updated;
        int unchanged;
        int deactivated;

        OneRosterResult.Counts counts() {
            return new OneRosterResult.Counts(created, updated, unchanged, deactivated);
        }
    }

    private final JdbcClient jdbc;
    private final OneRosterExport export;
    private final OneRosterErrors errors;
    private final List<Unmapped> unmapped = new ArrayList<>();
    private final Map<String, Long> teacherIds = new HashMap<>();
    private final Map<String, Long> classIds = new HashMap<>();
    private final Map<String, Long> studentClass = new HashMap<>();
    private final Map<String, Long> subjectIds = new HashMap<>();
    private final Tally teachers = new Tally();
    private final Tally classes = new Tally();
    private final Tally students = new Tally();
    private final Tally subjects = new Tally();
    private final Tally assignments = new Tally();

    OneRosterWriter(JdbcClient jdbc, OneRosterExport export, OneRosterErrors errors) {
        this.jdbc = jdbc;
        this.export = export;
        this.errors = errors;
    }

    OneRosterResult write(boolean dryRun) {
        export.users.values().stream().filter(User::teacher).forEach(this::teacher);
        export.classes.values().stream().filter(RosterClass::homeroom).forEach(this::homeroom);
        Map<String, Set<String>> homerooms = new HashMap<>();
        for (Enrollment e : export.enrollments) {
            RosterClass c = export.classes.get(e.classSourcedId());
            if (!e.teacher() && c != null && c.homeroom()) {
                homerooms.computeIfAbsent(e.userSourcedId(), k -> new LinkedHashSet<>()).add(c.sourcedId());
            }
        }
        export.users.values().stream().filter(u -> !u.teacher())
                .forEach(u -> student(u, homerooms.getOrDefault(u.sourcedId(), Set.of())));
        deactivateMissing();
        export.classes.values().stream().filter(c -> !c.homeroom()).forEach(this::scheduled);
        return new OneRosterResult(dryRun, classes.counts(), subjects.counts(), teachers.counts(), students.counts(),
                assignments.counts(), List.copyOf(unmapped));
    }

    private void teacher(User u) {
        Optional<Map<String, Object>> row = row("select * from teachers where source_id = ?", u.sourcedId());
        if (row.isEmpty()) {
            row = claimable("teachers", "employee_code", u.code());
        }
        if (row.isEmpty() && u.email() != null) {
            row = row("select * from teachers where lower(email) = lower(?) and source_id is null", u.email());
        }
        if (row.isEmpty()) {
            if (!taken("teachers", "employee_code", u.code(), -1, u, "employee code")) {
                teacherIds.put(u.sourcedId(), jdbc.sql("""
                        insert into teachers (employee_code, full_name, email, source_id) values (?, ?, ?, ?)
                        returning id""").params(u.code(), u.fullName(), u.email(), u.sourcedId()).query(Long.class)
                        .single());
                teachers.created++;
            }
            return;
        }
        Map<String, Object> t = row.get();
        long id = ((Number) t.get("id")).longValue();
        teacherIds.put(u.sourcedId(), id);
        String email = u.email() == null ? (String) t.get("email") : u.email();
        if (Objects.equals(t.get("employee_code"), u.code()) && Objects.equals(t.get("full_name"), u.fullName())
                && Objects.equals(t.get("email"), email) && u.sourcedId().equals(t.get("source_id"))) {
            teachers.unchanged++;
        } else if (!taken("teachers", "employee_code", u.code(), id, u, "employee code")) {
            jdbc.sql("update teachers set employee_code = ?, full_name = ?, email = ?, source_id = ? where id = ?")
                    .params(u.code(), u.fullName(), email, u.sourcedId(), id).update();
            teachers.updated++;
        }
    }

    private void homeroom(RosterClass c) {
        if (c.grade() == null) {
            unmapped.add(new Unmapped(OneRosterExport.CLASSES, c.sourcedId(), c.title(),
                    "grades '" + Objects.toString(c.gradeText(), "") + "' is not a grade from 1 to 13"));
            return;
        }
        Long teacher = export.enrollments.stream()
                .filter(e -> e.teacher() && e.classSourcedId().equals(c.sourcedId()))
                .sorted(Comparator.comparing(e -> !e.primary()))
                .map(e -> teacherIds.get(e.userSourcedId())).filter(Objects::nonNull).findFirst().orElse(null);
        Optional<Map<String, Object>> row = row("select * from classes where source_id = ?", c.sourcedId());
        if (row.isEmpty()) {
            row = claimableClass(c);
        }
        if (row.isEmpty()) {
            if (!classNameTaken(c, -1)) {
                classIds.put(c.sourcedId(), jdbc.sql("""
                        insert into classes (name, grade, homeroom_teacher_id, source_id) values (?, ?, ?, ?)
                        returning id""").params(c.title(), c.grade(), teacher, c.sourcedId()).query(Long.class)
                        .single());
                classes.created++;
            }
            return;
        }
        Map<String, Object> r = row.get();
        long id = ((Number) r.get("id")).longValue();
        classIds.put(c.sourcedId(), id);
        Long homeroomTeacher = teacher != null ? teacher
                : r.get("homeroom_teacher_id") == null ? null : ((Number) r.get("homeroom_teacher_id")).longValue();
        Long before = r.get("homeroom_teacher_id") == null ? null : ((Number) r.get("homeroom_teacher_id")).longValue();
        if (Objects.equals(r.get("name"), c.title()) && ((Number) r.get("grade")).intValue() == c.grade()
                && Objects.equals(before, homeroomTeacher) && c.sourcedId().equals(r.get("source_id"))) {
            classes.unchanged++;
        } else if (!classNameTaken(c, id)) {
            jdbc.sql("update classes set name = ?, grade = ?, homeroom_teacher_id = ?, source_id = ? where id = ?")
                    .params(c.title(), c.grade(), homeroomTeacher, c.sourcedId(), id).update();
            classes.updated++;
        }
    }

    private void student(User u, Set<String> homerooms) {
        if (homerooms.size() != 1) {
            unmapped.add(new Unmapped(OneRosterExport.USERS, u.sourcedId(), u.fullName(), homerooms.isEmpty()
                    ? "the student is in no homeroom class"
                    : "the student is in " + homerooms.size() + " homeroom classes; a student has one"));
            return;
        }
        String homeroom = homerooms.iterator().next();
        Long classId = classIds.get(homeroom);
        if (classId == null) {
            unmapped.add(new Unmapped(OneRosterExport.USERS, u.sourcedId(), u.fullName(),
                    "the homeroom class '" + export.classes.get(homeroom).title() + "' could not be mapped"));
            return;
        }
        studentClass.put(u.sourcedId(), classId);
        Optional<Map<String, Object>> row = row("select * from students where source_id = ?", u.sourcedId());
        if (row.isEmpty()) {
            row = claimable("students", "student_code", u.code());
        }
        Date birth = u.birthDate() == null ? null : Date.valueOf(u.birthDate());
        if (row.isEmpty()) {
            if (!taken("students", "student_code", u.code(), -1, u, "student code")) {
                jdbc.sql("""
                        insert into students (student_code, full_name, class_id, gender, date_of_birth, source_id)
                        values (?, ?, ?, ?, ?, ?)""")
                        .params(u.code(), u.fullName(), classId, u.gender(), birth, u.sourcedId()).update();
                students.created++;
            }
            return;
        }
        Map<String, Object> s = row.get();
        long id = ((Number) s.get("id")).longValue();
        String gender = u.gender() == null ? (String) s.get("gender") : u.gender();
        Object dob = s.get("date_of_birth");
        LocalDate oldBirth = dob instanceof Date d ? d.toLocalDate() : (LocalDate) dob;
        LocalDate newBirth = u.birthDate() == null ? oldBirth : u.birthDate();
        if (Objects.equals(s.get("student_code"), u.code()) && Objects.equals(s.get("full_name"), u.fullName())
                && ((Number) s.get("class_id")).longValue() == classId && Objects.equals(s.get("gender"), gender)
                && Objects.equals(oldBirth, newBirth) && Boolean.TRUE.equals(s.get("active"))
                && u.sourcedId().equals(s.get("source_id"))) {
            students.unchanged++;
        } else if (!taken("students", "student_code", u.code(), id, u, "student code")) {
            jdbc.sql("""
                    update students set student_code = ?, full_name = ?, class_id = ?, gender = ?, date_of_birth = ?,
                           active = true, source_id = ? where id = ?""")
                    .params(u.code(), u.fullName(), classId, gender, newBirth == null ? null : Date.valueOf(newBirth),
                            u.sourcedId(), id)
                    .update();
            students.updated++;
        }
    }

    /** Students imported before (with a sourcedId) who are not in this export leave every roster. */
    private void deactivateMissing() {
        Set<String> inExport = export.users.values().stream().filter(u -> !u.teacher()).map(User::sourcedId)
                .collect(Collectors.toSet());
        List<Long> gone = new ArrayList<>();
        jdbc.sql("select id, source_id from students where source_id is not null and active")
                .query((rs, n) -> inExport.contains(rs.getString(2)) ? null : gone.add(rs.getLong(1))).list();
        if (!gone.isEmpty()) {
            students.deactivated = jdbc.sql("update students set active = false where id in (:ids)")
                    .param("ids", gone).update();
        }
    }

    private void scheduled(RosterClass c) {
        Set<Long> homerooms = new HashSet<>();
        List<Long> teachersOfClass = new ArrayList<>();
        for (Enrollment e : export.enrollments) {
            if (!e.classSourcedId().equals(c.sourcedId())) {
                continue;
            }
            if (e.teacher()) {
                Optional.ofNullable(teacherIds.get(e.userSourcedId())).ifPresent(teachersOfClass::add);
            } else {
                Optional.ofNullable(studentClass.get(e.userSourcedId())).ifPresent(homerooms::add);
            }
        }
        if (homerooms.size() != 1) {
            unmapped.add(new Unmapped(OneRosterExport.CLASSES, c.sourcedId(), c.title(), homerooms.isEmpty()
                    ? "no student of this class is in a mapped homeroom class"
                    : "its students are in " + homerooms.size() + " homeroom classes; it must be one homeroom's"));
            return;
        }
        Long subject = subject(export.courses.get(c.courseSourcedId()));
        if (subject == null) {
            return;
        }
        if (teachersOfClass.isEmpty()) {
            unmapped.add(new Unmapped(OneRosterExport.CLASSES, c.sourcedId(), c.title(),
                    "no teacher is enrolled; the subject was imported without one"));
        }
        for (Long teacher : teachersOfClass) {
            int added = jdbc.sql("""
                    insert into teacher_subjects (teacher_id, subject_id) values (?, ?) on conflict do nothing""")
                    .params(teacher, subject).update();
            if (added > 0) {
                assignments.created++;
            } else {
                assignments.unchanged++;
            }
        }
    }

    private Long subject(OneRosterExport.Course course) {
        if (subjectIds.containsKey(course.sourcedId())) {
            return subjectIds.get(course.sourcedId());
        }
        subjectIds.put(course.sourcedId(), null);
        Optional<Map<String, Object>> row = row("select * from subjects where source_id = ?", course.sourcedId());
        if (row.isEmpty()) {
            row = row("select * from subjects where lower(code) = lower(?)", course.code());
            if (row.isPresent() && row.get().get("source_id") != null) {
                errors.add(OneRosterExport.COURSES, course.line(), "courseCode '" + course.code()
                        + "' is already the subject of course '" + row.get().get("source_id") + "'");
                return null;
            }
        }
        if (row.isEmpty()) {
            long id = jdbc.sql("insert into subjects (code, name, source_id) values (?, ?, ?) returning id")
                    .params(course.code(), course.title(), course.sourcedId()).query(Long.class).single();
            subjects.created++;
            subjectIds.put(course.sourcedId(), id);
            return id;
        }
        Map<String, Object> s = row.get();
        long id = ((Number) s.get("id")).longValue();
        if (Objects.equals(s.get("code"), course.code()) && Objects.equals(s.get("name"), course.title())
                && course.sourcedId().equals(s.get("source_id"))) {
            subjects.unchanged++;
        } else if (row("select * from subjects where lower(code) = lower(?) and id <> ?", course.code(), id)
                .isPresent()) {
            errors.add(OneRosterExport.COURSES, course.line(), "courseCode '" + course.code()
                    + "' is already used by another subject");
            return null;
        } else {
            jdbc.sql("update subjects set code = ?, name = ?, source_id = ? where id = ?")
                    .params(course.code(), course.title(), course.sourcedId(), id).update();
            subjects.updated++;
        }
        subjectIds.put(course.sourcedId(), id);
        return id;
    }

    /** The row with this code and no sourcedId yet (a row of another sourcedId is not taken over). */
    private Optional<Map<String, Object>> claimable(String table, String column, String code) {
        Optional<Map<String, Object>> row = row("select * from " + table + " where lower(" + column + ") = lower(?)",
                code);
        return row.filter(r -> r.get("source_id") == null);
    }

    private Optional<Map<String, Object>> claimableClass(RosterClass c) {
        Optional<Map<String, Object>> row = row("select * from classes where lower(name) = lower(?)", c.title());
        return row.filter(r -> r.get("source_id") == null);
    }

    private boolean taken(String table, String column, String code, long id, User u, String what) {
        boolean taken = row("select id from " + table + " where lower(" + column + ") = lower(?) and id <> ?", code, id)
                .isPresent();
        if (taken) {
            errors.add(OneRosterExport.USERS, u.line(), what + " '" + code + "' is already used");
        }
        return taken;
    }

    private boolean classNameTaken(RosterClass c, long id) {
        boolean taken = row("select id from classes where lower(name) = lower(?) and id <> ?", c.title(), id)
                .isPresent();
        if (taken) {
            errors.add(OneRosterExport.CLASSES, c.line(), "class name '" + c.title() + "' is already used");
        }
        return taken;
    }

    private Optional<Map<String, Object>> row(String sql, Object... params) {
        return jdbc.sql(sql).params(params).query().listOfRows().stream().findFirst();
    }
}
