package app.attendance.face.index;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * Operations on the index: consistent backups taken while the service keeps serving. The
 * index is looked up lazily so web-layer test slices without it still start.
 */
@RestController
@RequestMapping("/v1/index")
class IndexAdminController {

    private final ObjectProvider<LuceneFaceIndex> index;

    IndexAdminController(ObjectProvider<LuceneFaceIndex> index) {
        this.index = index;
    }

    /** Copies the last commit into a new timestamped folder; restore is in INDEX.md. */
    @PostMapping("/backups")
    @ResponseStatus(HttpStatus.CREATED)
    BackupResponse backup() {
        LuceneFaceIndex durable = index.getIfAvailable();
        if (durable == null) {
            throw new ResponseStatusException(HttpStatus.SERVICE_UNAVAILABLE, "no durable index configured");
        }
        IndexBackups.Backup backup = durable.backup();
        return new BackupResponse(backup.folder().toString(), backup.files(), backup.bytes());
    }

    /** Where the backup went and what it holds. */
    record BackupResponse(String folder, int files, long bytes) {
    }
}
