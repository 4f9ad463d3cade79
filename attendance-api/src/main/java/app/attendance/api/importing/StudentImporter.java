package app.attendance.api.importing;

import app.attendance.api.audit.AuditLog;
import app.attendance.api.system.SchoolProperties;
import jakarta.validation.Validator;
import java.time.Clock;
import java.sql.Date;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports students from CSV (columns {@code studentCode, fullName, className} required;
 * {@code gender, dateOfBirth, guardianName, guardianPhone, guardianEmail, consentGiven} optional).
 * Every row is checked (format, class exists, code unique in the file and the school) before a
 * single batch insert, so all rows land or none.
 */
@Service
class StudentImporter {

    static final Set<String> REQUIRED = Set.of("studentCode", "fullName", "className");
    static final Set<String> ALLOWED = Set.of("studentCode", "fullName", "className", "gender", "dateOfBirth",
            "guardianName", "guardianPhone", "guardianEmail", "consentGiven");

    private final JdbcTemplate jdbc;
    private final Validator validator;
    private final AuditLog audit;
    private final SchoolProperties school;
    private final Clock clock;

    StudentImporter(JdbcTemplate jdbc, Validator validator, AuditLog audit, SchoolProperties school, Clock clock) {
        this.jdbc = jdbc;
        this.validator = validator;
        this.audit = audit;
        this.school = school;
        this.clock = clock;
    }

    @Transactional
    ImportResult importCsv(String text) {
        CsvTable table = CsvTable.read(text, REQUIRED, ALLOWED);
        Map<String, Long> classes = new HashMap<>();
        jdbc.query("select lower(name), id from classes", rs -> {
            classes.put(rs.getString(1), rs.getLong(2));
        });
        Set<String> existing = new HashSet<>(jdbc.queryForList("select lower(student_code) from students",
                String.class));
        Set<String> seen = new HashSet<>();
        RowErrors errors = new RowErrors();
        LocalDate today = LocalDate.now(clock.withZone(school.zone()));
        List<Object[]> batch = new ArrayList<>();
        for (CsvParser.Record r : table.rows()) {
            errors.startRow(r.line());
            StudentRow row = new StudentRow(table.get(r, "studentCode"), table.get(r, "fullName"),
                    table.get(r, "className"), table.get(r, "guardianName"), table.get(r, "guardianPhone"),
                    table.get(r, "guardianEmail"));
            validator.validate(row).forEach(v -> errors.add(v.getPropertyPath().toString(), v.getMessage()));
            Long classId = row.className() == null ? null : classes.get(row.className().toLowerCase(Locale.ROOT));
            if (row.className() != null && classId == null) {
                errors.add("className", "class '" + row.className() + "' does not exist");
            }
            if (row.studentCode() != null) {
                String code = row.studentCode().toLowerCase(Locale.ROOT);
                if (existing.contains(code)) {
                    errors.add("studentCode", "'" + row.studentCode() + "' already exists");
                } else if (!seen.add(code)) {
                    errors.add("studentCode", "'" + row.studentCode() + "' appears twice in the file");
                }
            }
            String gender = Cells.gender(table.get(r, "gender"), errors);
            LocalDate dob = Cells.date(table.get(r, "dateOfBirth"), "dateOfBirth", errors);
            if (dob != null && !dob.isBefore(today)) {
                errors.add("dateOfBirth", "must be in the past");
            }
            boolean consent = Cells.bool(table.get(r, "consentGiven"), "consentGiven", errors);
            batch.add(new Object[] {row.studentCode(), row.fullName(), classId, gender,
                    dob == null ? null : Date.valueOf(dob), row.guardianName(), row.guardianPhone(),
                    row.guardianEmail(), consent, consent ? Date.valueOf(today) : null});
        }
        errors.throwIfAny();
        jdbc.batchUpdate("""
                insert into students (student_code, full_name, class_id, gender, date_of_birth, guardian_name,
                                      guardian_phone, guardian_email, consent_given, consent_date)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", batch);
        audit.record("IMPORT", "student", null, null, batch.size() + " students", "CSV import");
        return new ImportResult(batch.size());
    }

    /** Parsing of typed cells, reporting failures to the row's errors. */
    static final class Cells {

        private Cells() {
        }

        static String gender(String value, RowErrors errors) {
            if (value == null) {
                return null;
            }
            String v = value.toUpperCase(Locale.ROOT);
            return switch (v) {
                case "F", "FEMALE" -> "FEMALE";
                case "M", "MALE" -> "MALE";
                case "O", "OTHER" -> "OTHER";
                default -> {
                    errors.add("gender", "must be FEMALE, MALE or OTHER");
                    yield null;
                }
            };
        }

        static LocalDate date(String value, String field, RowErrors errors) {
            if (value == null) {
                return null;
            }
            try {
                return LocalDate.parse(value);
            } catch (DateTimeParseException e) {
                errors.add(field, "must be a date like 2012-05-31");
                return null;
            }
        }

        static boolean bool(String value, String field, RowErrors errors) {
            if (value == null) {
                return false;
            }
            return switch (value.toLowerCase(Locale.ROOT)) {
                case "true", "yes", "y", "1" -> true;
                case "false", "no", "n", "0" -> false;
                default -> {
                    errors.add(field, "must be true or false");
                    yield false;
                }
            };
        }
    }
}
