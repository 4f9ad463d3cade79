package app.attendance.api.enrolment;

import app.attendance.api.faceclient.FaceRecords.Image;
import app.attendance.api.system.ApiException;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.springframework.http.HttpStatus;

/**
 * Reads the image files of an enrolment zip ({@code <studentCode>[_n].jpg}) as a stream, under
 * the hard caps of {@link ZipLimits}: every entry counts against the number of entries, and every
 * byte inflated (skipped files too) counts against the per-entry and total caps as it is read, so
 * a zip bomb is stopped at the cap with a 413 naming the limit, and no more than one photo's
 * limit is ever buffered for a single entry.
 */
final class ZipPhotos {

    private static final int CHUNK = 64 * 1024;

    private final ZipLimits limits;
    private long total;
    private int entries;

    private ZipPhotos(ZipLimits limits) {
        this.limits = limits;
    }

    static List<Image> read(InputStream zip, ZipLimits limits) {
        return new ZipPhotos(limits).readAll(zip);
    }

    private List<Image> readAll(InputStream zip) {
        List<Image> images = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(zip)) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                if (++entries > limits.maxEntries()) {
                    throw tooLarge("entries", limits.maxEntries(),
                            "the zip holds more than " + limits.maxEntries() + " entries");
                }
                String name = entry.getName().replace('\\', '/');
                String file = name.substring(name.lastIndexOf('/') + 1);
                if (entry.isDirectory() || name.startsWith("__MACOSX/") || file.startsWith(".") || !isImage(file)) {
                    drain(in);
                    continue;
                }
                images.add(new Image(file, readPhoto(in, entry, file)));
            }
        } catch (IOException e) {
            throw ApiException.invalid("file", "not a readable zip file");
        }
        if (images.isEmpty()) {
            throw ApiException.invalid("file", "the zip holds no .jpg, .jpeg or .png files");
        }
        return images;
    }

    /**
     * The entry's bytes, stopping with 413 as soon as the per-entry or the total cap is passed. Read
     * in fixed chunks and joined once at the end, so an entry costs about twice its size while read.
     */
    private byte[] readPhoto(InputStream in, ZipEntry entry, String file) throws IOException {
        long cap = limits.maxEntryBytes().toBytes();
        if (entry.getSize() > cap) {
            throw entryTooLarge(file, cap);
        }
        List<byte[]> chunks = new ArrayList<>();
        long size = 0;
        int n;
        do {
            byte[] chunk = new byte[CHUNK];
            n = in.readNBytes(chunk, 0, CHUNK);
            if (size + n > cap) {
                throw entryTooLarge(file, cap);
            }
            count(n);
            size += n;
            chunks.add(chunk);
        } while (n == CHUNK);
        byte[] bytes = new byte[(int) size];
        int at = 0;
        for (byte[] chunk : chunks) {
            int length = (int) Math.min(CHUNK, size - at);
            System.arraycopy(chunk, 0, bytes, at, length);
            at += length;
        }
        return bytes;
    }

    /** Inflates a skipped entry without keeping it, counting its bytes against the total. */
    private void drain(InputStream in) throws IOException {
        byte[] buffer = new byte[CHUNK];
        int n;
        while ((n = in.read(buffer)) > 0) {
            count(n);
        }
    }

    private void count(int n) {
        total += n;
        long cap = limits.maxTotalBytes().toBytes();
        if (total > cap) {
            throw tooLarge("total-bytes", cap, "the zip unpacks to more than " + megabytes(cap));
        }
    }

    /** The student code candidates of a file name: the whole base name, then without a {@code _n} suffix. */
    static List<String> codeCandidates(String fileName) {
        String base = fileName.substring(0, fileName.lastIndexOf('.'));
        List<String> codes = new ArrayList<>(List.of(base));
        int underscore = base.lastIndexOf('_');
        if (underscore > 0 && base.substring(underscore + 1).chars().allMatch(Character::isDigit)
                && underscore < base.length() - 1) {
            codes.add(base.substring(0, underscore));
        }
        return codes;
    }

    private static boolean isImage(String file) {
        String lower = file.toLowerCase(Locale.ROOT);
        return lower.endsWith(".jpg") || lower.endsWith(".jpeg") || lower.endsWith(".png");
    }

    private static ApiException entryTooLarge(String file, long cap) {
        return tooLarge("entry-bytes", cap, file + " unpacks to more than " + megabytes(cap))
                .with("fileName", file);
    }

    private static ApiException tooLarge(String limit, long max, String detail) {
        return new ApiException(HttpStatus.CONTENT_TOO_LARGE, "too-large", detail)
                .with("limit", limit).with("max", max);
    }

    private static String megabytes(long bytes) {
        return bytes % (1024 * 1024) == 0 ? bytes / (1024 * 1024) + " MB" : bytes + " bytes";
    }
}
