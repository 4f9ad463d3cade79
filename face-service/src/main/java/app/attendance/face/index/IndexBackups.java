package app.attendance.face.index;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.apache.lucene.index.IndexCommit;
import org.apache.lucene.util.IOUtils;

/**
 * Consistent backups while serving: the last commit is pinned (its files cannot be deleted by
 * merges meanwhile), copied into {@code <root>/<timestamp>.partial}, synced, then renamed to
 * {@code <root>/<timestamp>}; a folder without the suffix is always a complete index.
 */
final class IndexBackups {

    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss.SSS'Z'").withZone(ZoneOffset.UTC);

    /** A finished backup: its folder, how many files and bytes it holds. */
    record Backup(Path folder, int files, long bytes) {
    }

    private IndexBackups() {
    }

    static synchronized Backup copyLastCommit(LuceneStore store, Path root) throws IOException {
        IndexCommit commit = store.snapshots().snapshot();
        try {
            Path source = store.directory().getDirectory();
            Path target = uniqueFolder(root.toAbsolutePath());
            Path partial = target.resolveSibling(target.getFileName() + ".partial");
            Files.createDirectories(partial);
            long bytes = 0;
            for (String file : commit.getFileNames()) {
                Path copy = Files.copy(source.resolve(file), partial.resolve(file), StandardCopyOption.COPY_ATTRIBUTES);
                IOUtils.fsync(copy, false);
                bytes += Files.size(copy);
            }
            IOUtils.fsync(partial, true);
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
            IOUtils.fsync(root.toAbsolutePath(), true);
            return new Backup(target, commit.getFileNames().size(), bytes);
        } finally {
            store.snapshots().release(commit);
            store.writer().deleteUnusedFiles();
        }
    }

    private static Path uniqueFolder(Path root) {
        String stamp = STAMP.format(Instant.now());
        Path folder = root.resolve(stamp);
        for (int i = 1; Files.exists(folder) || Files.exists(root.resolve(folder.getFileName() + ".partial")); i++) {
            folder = root.resolve(stamp + "-" + i);
        }
        return folder;
    }
}
