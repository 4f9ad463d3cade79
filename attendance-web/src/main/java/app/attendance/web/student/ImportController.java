package app.attendance.web.student;

import app.attendance.web.api.ApiException;
import app.attendance.web.api.FormErrors;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;

/**
 * Bulk import: students or teachers from CSV, enrolment photos from a ZIP. The page uploads by
 * script (to show a progress bar) and shows the API's answer: how many were imported, or the
 * invalid lines (the API imports all or nothing).
 */
@Controller
class ImportController {

    private static final Map<String, String> PATHS = Map.of(
            "students", "/api/students/import",
            "teachers", "/api/teachers/import",
            "photos", "/api/students/photos/zip");

    private final StudentClient students;

    ImportController(StudentClient students) {
        this.students = students;
    }

    @GetMapping("/students/import")
    String page() {
        return "student/import";
    }

    @PostMapping(value = "/students/import/{kind:students|teachers|photos}", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    ResponseEntity<?> upload(@PathVariable String kind, @RequestParam("file") MultipartFile file) {
        if (file.isEmpty()) {
            return ResponseEntity.badRequest().body(Map.of("message", "empty"));
        }
        try {
            String answer = students.importFile(PATHS.get(kind), file);
            return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(answer == null ? "{}" : answer);
        } catch (ApiException e) {
            if (e.is(401)) {
                throw e;
            }
            return ResponseEntity.status(e.status()).body(Map.of(
                    "message", FormErrors.message(e.problem()), "rows", e.problem().rows()));
        }
    }
}
