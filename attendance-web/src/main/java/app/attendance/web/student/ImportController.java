package app.attendance.web.student;

import app.attendance.web.api.ApiCallException;
import app.attendance.web.api.FormErrors;
import java.util.Map;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;

/**
 * Bulk import: students or teachers from CSV, enrolment photos from a ZIP. The page uploads by
 * script (to show a progress bar) and shows the API's answer: how many were imported, or the
 * invalid lines (the API imports all or nothing). A OneRoster export answers an HTML fragment
 * (counts, unmapped items or bad lines) that the page shows as it is.
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

    @PostMapping(value = "/students/import/oneroster", produces = MediaType.TEXT_HTML_VALUE)
    String oneRoster(@RequestParam("file") MultipartFile file, @RequestParam(defaultValue = "false") boolean dryRun,
            Model model, HttpServletResponse response) {
        response.setHeader("X-Import-Fragment", "oneroster");
        if (file.isEmpty()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("failure", "empty");
            return "student/oneroster :: result";
        }
        try {
            model.addAttribute("result", students.importOneRoster(file, dryRun));
        } catch (ApiCallException e) {
            if (e.is(401) || e.status() >= 500) {
                throw e;
            }
            response.setStatus(e.status());
            model.addAttribute("failure", FormErrors.message(e.problem()));
            model.addAttribute("rows", e.problem().rows());
        }
        return "student/oneroster :: result";
    }

    @GetMapping("/students/import")
    String page() {
        return "student/import";
    }

    @PostMapping(value = "/students/import/{kind:students|teachers|photos}",
            produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    ResponseEntity<?> upload(@PathVariable String kind, @RequestParam("file") MultipartFile file) {
        if (file.isEmpty()) {
            return ResponseEntity.badRequest().body(Map.of("message", "empty"));
        }
        try {
            String answer = students.importFile(PATHS.get(kind), file);
            return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(answer == null ? "{}" : answer);
        } catch (ApiCallException e) {
            if (e.is(401)) {
                throw e;
            }
            return ResponseEntity.status(e.status()).body(Map.of(
                    "message", FormErrors.message(e.problem()), "rows", e.problem().rows()));
        }
    }
}
