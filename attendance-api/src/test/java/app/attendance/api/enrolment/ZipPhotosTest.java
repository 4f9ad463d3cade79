package app.attendance.api.enrolment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.attendance.api.faceclient.FaceRecords.Image;
import app.attendance.api.system.ApiException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.util.unit.DataSize;

/** The streaming zip reader on its own: photos of many chunks come out byte for byte, caps count every byte. */
class ZipPhotosTest {

    private static final ZipLimits DEFAULTS = new ZipLimits(2000, DataSize.ofMegabytes(12), DataSize.ofMegabytes(64));

    @Test
    void photosSpanningManyChunksComeOutByteForByte() throws IOException {
        byte[] big = random(300_001);
        byte[] exact = random(64 * 1024);
        byte[] zip = zip("a/S1.jpg", big, "S2.JPEG", exact, "notes.txt", random(1000));

        List<Image> images = ZipPhotos.read(new ByteArrayInputStream(zip), DEFAULTS);

        assertThat(images).extracting(Image::fileName).containsExactly("S1.jpg", "S2.JPEG");
        assertThat(images.get(0).bytes()).isEqualTo(big);
        assertThat(images.get(1).bytes()).isEqualTo(exact);
    }

    @Test
    void skippedFilesCountAgainstTheTotal() throws IOException {
        ZipLimits small = new ZipLimits(10, DataSize.ofKilobytes(100), DataSize.ofKilobytes(150));
        byte[] zip = zip("S1.jpg", random(90_000), "video.mp4", random(90_000));

        assertThatThrownBy(() -> ZipPhotos.read(new ByteArrayInputStream(zip), small))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.getStatus()).isEqualTo(HttpStatus.CONTENT_TOO_LARGE);
                    assertThat(e.getProperties()).containsEntry("limit", "total-bytes");
                });
    }

    private static byte[] random(int size) {
        byte[] bytes = new byte[size];
        new Random(size).nextBytes(bytes);
        return bytes;
    }

    private static byte[] zip(Object... namesAndContents) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (int i = 0; i < namesAndContents.length; i += 2) {
                zip.putNextEntry(new ZipEntry((String) namesAndContents[i]));
                zip.write((byte[]) namesAndContents[i + 1]);
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }
}
