package app.attendance.api.system;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Handles a PostgreSQL server left behind by an earlier run of the API that was killed
 * before it could stop its embedded database: such a server still holds the data folder, so
 * it is shut down (fast mode, then forcibly) before a new one starts on the same folder.
 */
final class StalePostmaster {

    private static final Logger log = LoggerFactory.getLogger(StalePostmaster.class);

    private StalePostmaster() {
    }

    static void stopIfRunning(Path dataDir) throws IOException {
        Path pidFile = dataDir.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        List<String> lines = Files.readAllLines(pidFile);
        if (lines.isEmpty()) {
            Files.deleteIfExists(pidFile);
            return;
        }
        long pid;
        try {
            pid = Long.parseLong(lines.getFirst().trim());
        } catch (NumberFormatException e) {
            Files.deleteIfExists(pidFile);
            return;
        }
        Optional<ProcessHandle> process = ProcessHandle.of(pid)
                .filter(ProcessHandle::isAlive)
                .filter(p -> p.info().command().map(c -> c.contains("postgres")).orElse(false));
        if (process.isEmpty()) {
            log.info("Removing stale {} (pid {} is not running)", pidFile, pid);
            Files.deleteIfExists(pidFile);
            return;
        }
        log.warn("A PostgreSQL server from an earlier run (pid {}) still holds {}; stopping it", pid, dataDir);
        ProcessHandle handle = process.get();
        handle.destroy(); // SIGTERM = smart shutdown; clients of the dead run are gone already
        if (!waitForExit(handle, Duration.ofSeconds(20))) {
            handle.destroyForcibly();
            waitForExit(handle, Duration.ofSeconds(5));
        }
        Files.deleteIfExists(pidFile);
    }

    private static boolean waitForExit(ProcessHandle handle, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (handle.isAlive() && System.nanoTime() < deadline) {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return !handle.isAlive();
    }
}
