package app.attendance.api.enrolment;

import app.attendance.api.faceclient.FaceRecords.Image;
import app.attendance.api.system.ApiException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.springframework.http.HttpStatus;

/**
 * Reads the image files of an enrolment zip ({@code <studentCode>[_n].jpg}), with limits on the
 * number of files and on the unpacked size so that a zip bomb is refused.
 */
final class ZipPhotos {

    static final int MAX_FILES = 2000;
    static final long MAX_FILE_BYTES = 12L * 1024 * 1024;
    static final long MAX_TOTAL_BYTES = 400L * 1024 * 1024;

    private ZipPhotos() {
    }

    static List<Image> read(InputStream zip) {
        List<Image> images = new ArrayList<>();
        long total = 0;
        try (ZipInputStream in = new ZipInputStream(zip)) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                String name = entry.getName().replace('\\', '/');
                String file = name.substring(name.lastIndexOf('/') + 1);
                if (entry.isDirectory() || name.startsWith("__MACOSX/") || file.startsWith(".") || !isImage(file)) {
                    continue;
                }
                if (images.size() >= MAX_FILES) {
                    throw tooLarge("more than " + MAX_FILES + " photos in one zip");
                }
                byte[] bytes = readLimited(in, MAX_FILE_BYTES, file);
                total += bytes.length;
                if (total > MAX_TOTAL_BYTES) {
                    throw tooLarge("the zip unpacks to more than " + MAX_TOTAL_BYTES / (1024 * 1024) + " MB");
                }
                images.add(new Image(file, bytes));
            }
        } catch (IOException e) {
            throw ApiException.invalid("file", "not a readable zip file");
        }
        if (images.isEmpty()) {
            throw ApiException.invalid("file", "the zip holds no .jpg, .jpeg or .png files");
        }
        return images;
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

    private static byte[] readLimited(InputStream in, long limit, String file) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        int n;
        while ((n = in.read(buffer)) > 0) {
            if (out.size() + n > limit) {
                throw tooLarge(file + " is larger than " + limit / (1024 * 1024) + " MB");
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }

    private static ApiException tooLarge(String detail) {
        return new ApiException(HttpStatus.CONTENT_TOO_LARGE, "too-large", detail);
    }
}
