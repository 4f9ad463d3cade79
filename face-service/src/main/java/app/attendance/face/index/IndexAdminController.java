package app.attendance.face.index;

import java.nio.file.Path;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Operations on the index: consistent backups taken while the service keeps serving. */
@RestController
@RequestMapping("/v1/index")
class IndexAdminController {

    private final LuceneFaceIndex index;
    private final Path backupRoot;

    IndexAdminController(LuceneFaceIndex index, IndexProperties properties,
                         @Value("${face.index-dir:.data/face-index}") Path defaultDir) {
        this.index = index;
        this.backupRoot = IndexConfig.resolved(properties, defaultDir).backupRoot();
    }

    /** Copies the last commit into a new timestamped folder; restore is in INDEX.md. */
    @PostMapping("/backups")
    @ResponseStatus(HttpStatus.CREATED)
    BackupResponse backup() {
        IndexBackups.Backup backup = index.backup(backupRoot);
        return new BackupResponse(backup.folder().toString(), backup.files(), backup.bytes());
    }

    /** Where the backup went and what it holds. */
    record BackupResponse(String folder, int files, long bytes) {
    }
}
