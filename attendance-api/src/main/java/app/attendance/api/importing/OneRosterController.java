package app.attendance.api.importing;

import app.attendance.api.system.ApiException;
import java.io.IOException;
import java.io.InputStream;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * {@code POST /api/import/oneroster?dryRun=} (ADMIN): a OneRoster 1.1/1.2 CSV export as a
 * multipart zip {@code file}. Answers what changed (or would change, with {@code dryRun=true}),
 * what could not be mapped; 400 for a missing file or column, 422 with every bad line.
 */
@RestController
class OneRosterController {

    private final OneRosterImporter importer;

    OneRosterController(OneRosterImporter importer) {
        this.importer = importer;
    }

    @PostMapping(path = "/api/import/oneroster", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    OneRosterResult importZip(@RequestPart("file") MultipartFile file,
            @RequestParam(defaultValue = "false") boolean dryRun) {
        try (InputStream in = file.getInputStream()) {
            return importer.importZip(in, dryRun);
        } catch (IOException e) {
            throw ApiException.invalid("file", "could not be read");
        }
    }
}
