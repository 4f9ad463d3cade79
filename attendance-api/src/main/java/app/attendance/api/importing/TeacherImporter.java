package app.attendance.api.importing;

import app.attendance.api.audit.AuditLog;
import jakarta.validation.Validator;
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
 * Imports teachers from CSV (columns {@code employeeCode, fullName} required; {@code email, phone,
 * subjects} optional, subjects as codes separated by {@code |} or spaces). All rows land or none.
 */
@Service
class TeacherImporter {

    static final Set<String> REQUIRED = Set.of("employeeCode", "fullName");
    static final Set<String> ALLOWED = Set.of("employeeCode", "fullName", "email", "phone", "subjects");

    private final JdbcTemplate jdbc;
    private final Validator validator;
    private final AuditLog audit;

    TeacherImporter(JdbcTemplate jdbc, Validator validator, AuditLog audit) {
        this.jdbc = jdbc;
        this.validator = validator;
        this.audit = audit;
    }

    @Transactional
    ImportResult importCsv(String text) {
        CsvTable table = CsvTable.read(text, REQUIRED, ALLOWED);
        Map<String, Long> subjects = new HashMap<>();
        jdbc.query("select lower(code), id from subjects", rs -> {
            subjects.put(rs.getString(1), rs.getLong(2));
        });
        Set<String> existing = new HashSet<>(jdbc.queryForList("select lower(employee_code) from teachers",
                String.class));
        Set<String> seen = new HashSet<>();
        RowErrors errors = new RowErrors();
        List<TeacherRow> rows = new ArrayList<>();
        List<List<Long>> subjectIds = new ArrayList<>();
        for (CsvParser.Record r : table.rows()) {
            errors.startRow(r.line());
            TeacherRow row = new TeacherRow(table.get(r, "employeeCode"), table.get(r, "fullName"),
                    table.get(r, "email"), table.get(r, "phone"));
            validator.validate(row).forEach(v -> errors.add(v.getPropertyPath().toString(), v.getMessage()));
            if (row.employeeCode() != null) {
                String code = row.employeeCode().toLowerCase(Locale.ROOT);
                if (existing.contains(code)) {
                    errors.add("employeeCode", "'" + row.employeeCode() + "' already exists");
                } else if (!seen.add(code)) {
                    errors.add("employeeCode", "'" + row.employeeCode() + "' appears twice in the file");
                }
            }
            List<Long> ids = new ArrayList<>();
            String codes = table.get(r, "subjects");
            if (codes != null) {
                for (String code : codes.split("[|\\s]+")) {
                    Long id = subjects.get(code.toLowerCase(Locale.ROOT));
                    if (id == null) {
                        errors.add("subjects", "subject '" + code + "' does not exist");
                    } else if (!ids.contains(id)) {
                        ids.add(id);
                    }
                }
            }
            rows.add(row);
            subjectIds.add(ids);
        }
        errors.throwIfAny();
        for (int i = 0; i < rows.size(); i++) {
            TeacherRow row = rows.get(i);
            Long id = jdbc.queryForObject("""
                    insert into teachers (employee_code, full_name, email, phone) values (?, ?, ?, ?) returning id""",
                    Long.class, row.employeeCode(), row.fullName(), row.email(), row.phone());
            for (Long subjectId : subjectIds.get(i)) {
                jdbc.update("insert into teacher_subjects (teacher_id, subject_id) values (?, ?)", id, subjectId);
            }
        }
        audit.record("IMPORT", "teacher", null, null, rows.size() + " teachers", "CSV import");
        return new ImportResult(rows.size());
    }
}
