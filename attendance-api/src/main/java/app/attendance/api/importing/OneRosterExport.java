package app.attendance.api.importing;

import app.attendance.api.system.ApiException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A OneRoster CSV export (1.1 or 1.2), parsed and checked line by line: {@code users.csv},
 * {@code classes.csv}, {@code enrollments.csv} and {@code courses.csv} are required; a user's role
 * comes from the 1.1 {@code role} column of users.csv, else from the 1.2 {@code roles.csv}, else
 * from their enrolments; {@code demographics.csv} (optional) gives sex and birth date. Lines with
 * {@code status = tobedeleted} are left out, as if absent. Other files (orgs, academicSessions,
 * manifest) and extra columns are ignored.
 */
final class OneRosterExport {

    static final String USERS = "users.csv";
    static final String CLASSES = "classes.csv";
    static final String ENROLLMENTS = "enrollments.csv";
    static final String COURSES = "courses.csv";
    static final String ROLES = "roles.csv";
    static final String DEMOGRAPHICS = "demographics.csv";

    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9_.-]{1,32}");
    private static final Pattern GRADE = Pattern.compile("\\d{1,2}");

    /** A course: becomes a subject when one of its scheduled classes maps. */
    record Course(String sourcedId, int line, String code, String title) {
    }

    /** A class: {@code homeroom} or {@code scheduled}. */
    record RosterClass(String sourcedId, int line, String title, boolean homeroom, Integer grade, String gradeText,
            String courseSourcedId) {
    }

    /** A student or teacher (other roles are not read). */
    record User(String sourcedId, int line, boolean teacher, String code, String fullName, String email,
            String gender, LocalDate birthDate) {
    }

    /** A student or teacher in a class. */
    record Enrollment(int line, String classSourcedId, String userSourcedId, boolean teacher, boolean primary) {
    }

    final Map<String, Course> courses = new LinkedHashMap<>();
    final Map<String, RosterClass> classes = new LinkedHashMap<>();
    final Map<String, User> users = new LinkedHashMap<>();
    final List<Enrollment> enrollments = new ArrayList<>();

    private final OneRosterErrors errors;

    private OneRosterExport(OneRosterErrors errors) {
        this.errors = errors;
    }

    /** Parses the files; a missing required file or column is 400, bad lines land in {@code errors}. */
    static OneRosterExport parse(Map<String, String> files, OneRosterErrors errors) {
        for (String required : List.of(USERS, CLASSES, ENROLLMENTS, COURSES)) {
            if (!files.containsKey(required)) {
                throw ApiException.invalid("file", "the export lacks " + required).with("fileName", required);
            }
        }
        OneRosterExport export = new OneRosterExport(errors);
        export.readCourses(CsvTable.lenient(files.get(COURSES), COURSES, Set.of("sourcedId", "title")));
        export.readClasses(CsvTable.lenient(files.get(CLASSES), CLASSES,
                Set.of("sourcedId", "title", "classType", "courseSourcedId")));
        CsvTable users = CsvTable.lenient(files.get(USERS), USERS,
                Set.of("sourcedId", "givenName", "familyName"));
        CsvTable enrollments = CsvTable.lenient(files.get(ENROLLMENTS), ENROLLMENTS,
                Set.of("classSourcedId", "userSourcedId", "role"));
        Map<String, String> roles = new HashMap<>();
        if (!users.has("role")) {
            if (files.containsKey(ROLES)) {
                readRoles(CsvTable.lenient(files.get(ROLES), ROLES, Set.of("userSourcedId", "role")), roles);
            } else {
                for (CsvParser.Record r : enrollments.rows()) {
                    String role = role(enrollments.get(r, "role"));
                    String user = enrollments.get(r, "userSourcedId");
                    if (role != null && user != null && active(enrollments, r)) {
                        roles.merge(user, role, (a, b) -> a.equals("teacher") ? a : b);
                    }
                }
            }
        }
        Map<String, String[]> demographics = new HashMap<>();
        if (files.containsKey(DEMOGRAPHICS)) {
            CsvTable d = CsvTable.lenient(files.get(DEMOGRAPHICS), DEMOGRAPHICS, Set.of("sourcedId"));
            for (CsvParser.Record r : d.rows()) {
                if (d.get(r, "sourcedId") != null && active(d, r)) {
                    demographics.put(d.get(r, "sourcedId"), new String[] {d.get(r, "sex"), d.get(r, "birthDate"),
                            String.valueOf(r.line())});
                }
            }
        }
        export.readUsers(users, roles, demographics);
        export.readEnrollments(enrollments);
        return export;
    }

    private void readCourses(CsvTable t) {
        for (CsvParser.Record r : t.rows()) {
            String id = sourcedId(t, r, COURSES);
            if (id == null || !active(t, r)) {
                continue;
            }
            String title = t.get(r, "title");
            String code = t.get(r, "courseCode");
            code = code == null ? title : code;
            if (title == null) {
                errors.add(COURSES, r.line(), "title is blank");
            } else if (title.length() > 120) {
                errors.add(COURSES, r.line(), "title is longer than 120 characters");
            }
            if (code != null && code.length() > 32) {
                errors.add(COURSES, r.line(), "courseCode is longer than 32 characters");
            }
            if (courses.putIfAbsent(id, new Course(id, r.line(), code, title)) != null) {
                errors.add(COURSES, r.line(), "sourcedId '" + id + "' appears twice");
            }
        }
    }

    private void readClasses(CsvTable t) {
        for (CsvParser.Record r : t.rows()) {
            String id = sourcedId(t, r, CLASSES);
            if (id == null || !active(t, r)) {
                continue;
            }
            String title = t.get(r, "title");
            String type = t.get(r, "classType");
            String course = t.get(r, "courseSourcedId");
            if (title == null) {
                errors.add(CLASSES, r.line(), "title is blank");
            } else if (title.length() > 40) {
                errors.add(CLASSES, r.line(), "title is longer than 40 characters");
            }
            if (type == null || !Set.of("homeroom", "scheduled").contains(type.toLowerCase(Locale.ROOT))) {
                errors.add(CLASSES, r.line(), "classType must be homeroom or scheduled");
            }
            if (course == null) {
                errors.add(CLASSES, r.line(), "courseSourcedId is blank");
            } else if (!courses.containsKey(course)) {
                errors.add(CLASSES, r.line(), "course '" + course + "' is not in courses.csv");
            }
            String grades = t.get(r, "grades");
            String first = grades == null ? null : grades.split("[,\\s]+")[0];
            Integer grade = first != null && GRADE.matcher(first).matches() ? Integer.valueOf(first) : null;
            boolean homeroom = "homeroom".equalsIgnoreCase(type);
            if (classes.putIfAbsent(id, new RosterClass(id, r.line(), title, homeroom,
                    grade != null && grade >= 1 && grade <= 13 ? grade : null, grades, course)) != null) {
                errors.add(CLASSES, r.line(), "sourcedId '" + id + "' appears twice");
            }
        }
    }

    private static void readRoles(CsvTable t, Map<String, String> roles) {
        for (CsvParser.Record r : t.rows()) {
            String user = t.get(r, "userSourcedId");
            String role = role(t.get(r, "role"));
            if (user == null || role == null || !active(t, r)) {
                continue;
            }
            boolean primary = "primary".equalsIgnoreCase(t.get(r, "roleType"));
            if (primary || !roles.containsKey(user)) {
                roles.put(user, role);
            }
        }
    }

    private void readUsers(CsvTable t, Map<String, String> roles, Map<String, String[]> demographics) {
        Map<String, String> codes = new HashMap<>();
        for (CsvParser.Record r : t.rows()) {
            String id = sourcedId(t, r, USERS);
            if (id == null || !active(t, r)) {
                continue;
            }
            String role = t.has("role") ? role(t.get(r, "role")) : roles.get(id);
            if (role == null) {
                continue;
            }
            boolean teacher = role.equals("teacher");
            String column = t.get(r, "identifier") != null ? "identifier" : "username";
            String code = t.get(r, column);
            if (code == null) {
                errors.add(USERS, r.line(), "identifier and username are both blank");
            } else if (!CODE.matcher(code).matches()) {
                errors.add(USERS, r.line(), column + " '" + code
                        + "' is not a valid code (at most 32 letters, digits, _ . -)");
            } else if (codes.putIfAbsent(role + ":" + code.toLowerCase(Locale.ROOT), id) != null) {
                errors.add(USERS, r.line(), column + " '" + code + "' is used by two " + role + "s");
            }
            String name = join(t.get(r, "givenName"), t.get(r, "middleName"), t.get(r, "familyName"));
            if (name.isEmpty()) {
                errors.add(USERS, r.line(), "givenName and familyName are blank");
            } else if (name.length() > 160) {
                errors.add(USERS, r.line(), "the name is longer than 160 characters");
            }
            String email = t.get(r, "email");
            if (email != null && (email.length() > 254 || !email.contains("@"))) {
                errors.add(USERS, r.line(), "email '" + email + "' is not an e-mail address");
            }
            String[] demo = demographics.get(id);
            String gender = demo == null ? null : gender(demo[0]);
            LocalDate birth = null;
            if (demo != null && demo[1] != null) {
                try {
                    birth = LocalDate.parse(demo[1]);
                } catch (DateTimeParseException e) {
                    errors.add(DEMOGRAPHICS, Integer.parseInt(demo[2]), "birthDate must be a date like 2012-05-31");
                }
            }
            if (users.putIfAbsent(id, new User(id, r.line(), teacher, code, name, email, gender, birth)) != null) {
                errors.add(USERS, r.line(), "sourcedId '" + id + "' appears twice");
            }
        }
    }

    private void readEnrollments(CsvTable t) {
        for (CsvParser.Record r : t.rows()) {
            if (!active(t, r)) {
                continue;
            }
            String cls = t.get(r, "classSourcedId");
            String user = t.get(r, "userSourcedId");
            String role = role(t.get(r, "role"));
            if (cls == null || !classes.containsKey(cls)) {
                errors.add(ENROLLMENTS, r.line(), "class '" + cls + "' is not in classes.csv");
            }
            if (user == null) {
                errors.add(ENROLLMENTS, r.line(), "userSourcedId is blank");
            }
            if (role == null || user == null || !users.containsKey(user)) {
                continue;
            }
            enrollments.add(new Enrollment(r.line(), cls, user, role.equals("teacher"),
                    "true".equalsIgnoreCase(t.get(r, "primary"))));
        }
    }

    private String sourcedId(CsvTable t, CsvParser.Record r, String file) {
        String id = t.get(r, "sourcedId");
        if (id == null) {
            errors.add(file, r.line(), "sourcedId is blank");
        } else if (id.length() > 255) {
            errors.add(file, r.line(), "sourcedId is longer than 255 characters");
            return null;
        }
        return id;
    }

    private static boolean active(CsvTable t, CsvParser.Record r) {
        return !"tobedeleted".equalsIgnoreCase(t.get(r, "status"));
    }

    /** {@code teacher} or {@code student}; null for the roles that are not imported (parent, aide…). */
    private static String role(String role) {
        if (role == null) {
            return null;
        }
        return switch (role.toLowerCase(Locale.ROOT)) {
            case "teacher" -> "teacher";
            case "student" -> "student";
            default -> null;
        };
    }

    private static String gender(String sex) {
        if (sex == null) {
            return null;
        }
        return switch (sex.toLowerCase(Locale.ROOT)) {
            case "female", "f" -> "FEMALE";
            case "male", "m" -> "MALE";
            case "other", "unspecified", "o" -> "OTHER";
            default -> null;
        };
    }

    private static String join(String... parts) {
        StringBuilder b = new StringBuilder();
        for (String p : parts) {
            if (p != null) {
                b.append(b.isEmpty() ? "" : " ").append(p);
            }
        }
        return b.toString();
    }
}
