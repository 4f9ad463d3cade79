package app.attendance.api.importing;

import app.attendance.api.system.ApiException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** {@code POST /api/students/import} and {@code /api/teachers/import} (ADMIN): a CSV body or a multipart {@code file}. */
@RestController
class ImportController {

    private final StudentImporter students;
    private final TeacherImporter teachers;

    ImportController(StudentImporter students, TeacherImporter teachers) {
        this.students = students;
        this.teachers = teachers;
    }

    @PostMapping(path = "/api/students/import", consumes = {"text/csv", MediaType.TEXT_PLAIN_VALUE})
    ImportResult studentsText(@RequestBody String csv) {
        return students.importCsv(csv);
    }

    @PostMapping(path = "/api/students/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ImportResult studentsFile(@RequestPart("file") MultipartFile file) {
        return students.importCsv(text(file));
    }

    @PostMapping(path = "/api/teachers/import", consumes = {"text/csv", MediaType.TEXT_PLAIN_VALUE})
    ImportResult teachersText(@RequestBody String csv) {
        return teachers.importCsv(csv);
    }

    @PostMapping(path = "/api/teachers/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ImportResult teachersFile(@RequestPart("file") MultipartFile file) {
        return teachers.importCsv(text(file));
    }

    private static String text(MultipartFile file) {
        try {
            return new String(file.getBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw ApiException.invalid("file", "could not be read");
        }
    }
}
