package app.attendance.api.importing;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * {@code POST /api/students/import} and {@code /api/teachers/import} (ADMIN): a CSV body or a
 * multipart {@code file}, either read only up to the configured size ({@link CsvUploads}).
 */
@RestController
class ImportController {

    private final StudentImporter students;
    private final TeacherImporter teachers;
    private final CsvUploads uploads;

    ImportController(StudentImporter students, TeacherImporter teachers, CsvUploads uploads) {
        this.students = students;
        this.teachers = teachers;
        this.uploads = uploads;
    }

    @PostMapping(path = "/api/students/import", consumes = {"text/csv", MediaType.TEXT_PLAIN_VALUE})
    @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = {
            @Content(mediaType = "text/csv", schema = @Schema(type = "string")),
            @Content(mediaType = MediaType.TEXT_PLAIN_VALUE, schema = @Schema(type = "string"))})
    ImportResult studentsText(HttpServletRequest request) {
        return students.importCsv(uploads.body(request));
    }

    @PostMapping(path = "/api/students/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ImportResult studentsFile(@RequestPart("file") MultipartFile file) {
        return students.importCsv(uploads.file(file));
    }

    @PostMapping(path = "/api/teachers/import", consumes = {"text/csv", MediaType.TEXT_PLAIN_VALUE})
    @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = {
            @Content(mediaType = "text/csv", schema = @Schema(type = "string")),
            @Content(mediaType = MediaType.TEXT_PLAIN_VALUE, schema = @Schema(type = "string"))})
    ImportResult teachersText(HttpServletRequest request) {
        return teachers.importCsv(uploads.body(request));
    }

    @PostMapping(path = "/api/teachers/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ImportResult teachersFile(@RequestPart("file") MultipartFile file) {
        return teachers.importCsv(uploads.file(file));
    }
}
