package app.attendance.api.importing;

import app.attendance.api.system.ApiException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.springframework.http.HttpStatus;

/**
 * The CSV files of a OneRoster export zip, by lower-case file name (folders inside the zip are
 * ignored). Each CSV is capped at {@link ImportProperties#maxBytes()} and all of them together at
 * {@link ImportProperties#maxZipBytes()}, counted while inflating, so a zip bomb stops at the cap
 * with 413; other entries are skipped unread (but counted).
 */
final class OneRosterZip {

    static final int MAX_ENTRIES = 200;
    private static final int CHUNK = 64 * 1024;

    private OneRosterZip() {
    }

    static Map<String, String> read(InputStream zip, ImportProperties limits) {
        Map<String, String> files = new HashMap<>();
        long total = 0;
        int entries = 0;
        long maxEntry = limits.maxBytes().toBytes();
        long maxTotal = limits.maxZipBytes().toBytes();
        try (ZipInputStream in = new ZipInputStream(zip, StandardCharsets.UTF_8)) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                if (++entries > MAX_ENTRIES) {
                    throw tooLarge("entries", MAX_ENTRIES, "the zip holds more than " + MAX_ENTRIES + " entries");
                }
                String name = entry.getName().replace('\\', '/');
                String file = name.substring(name.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
                boolean wanted = !entry.isDirectory() && !name.startsWith("__MACOSX/") && !file.startsWith(".")
                        && file.endsWith(".csv");
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                byte[] buffer = new byte[CHUNK];
                int n;
                while ((n = in.read(buffer)) > 0) {
                    total += n;
                    if (total > maxTotal) {
                        throw tooLarge("total-bytes", maxTotal, "the zip unpacks to more than " + maxTotal + " bytes");
                    }
                    if (wanted) {
                        if (out.size() + n > maxEntry) {
                            throw tooLarge("csv-bytes", maxEntry, file + " unpacks to more than " + maxEntry
                                    + " bytes").with("fileName", file);
                        }
                        out.write(buffer, 0, n);
                    }
                }
                if (wanted) {
                    if (files.containsKey(file)) {
                        throw ApiException.invalid("file", "the zip holds " + file + " twice");
                    }
                    files.put(file, out.toString(StandardCharsets.UTF_8));
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            throw ApiException.invalid("file", "not a readable zip file");
        }
        if (entries == 0) {
            throw ApiException.invalid("file", "not a zip file (or an empty one); expected a OneRoster CSV export");
        }
        return files;
    }

    private static ApiException tooLarge(String limit, long max, String detail) {
        return new ApiException(HttpStatus.CONTENT_TOO_LARGE, "too-large", detail).with("limit", limit)
                .with("max", max);
    }
}
