package app.attendance.api.system;

import java.util.Map;
import java.util.Optional;

/** Maps the database's unique constraint names to the API field they protect. */
final class ConstraintNames {

    private static final Map<String, String> FIELDS = Map.ofEntries(
            Map.entry("uk_subjects_code", "code"),
            Map.entry("uk_rooms_name", "name"),
            Map.entry("uk_teachers_employee_code", "employeeCode"),
            Map.entry("uk_classes_name", "name"),
            Map.entry("uk_students_student_code", "studentCode"),
            Map.entry("uk_users_username", "username"),
            Map.entry("uk_users_teacher", "teacherId"),
            Map.entry("uk_users_student", "studentId"),
            Map.entry("uk_devices_name", "name"),
            Map.entry("uk_sessions_slot_date", "date"));

    private ConstraintNames() {
    }

    static Optional<String> field(String lowerCaseMessage) {
        return FIELDS.entrySet().stream()
                .filter(e -> lowerCaseMessage.contains(e.getKey()))
                .map(Map.Entry::getValue)
                .findFirst();
    }
}
