package app.attendance.face.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.attendance.face.image.ImageRejectedException.Kind;
import app.attendance.face.support.Augment;
import app.attendance.face.support.BadImages;
import app.attendance.face.support.Images;
import app.attendance.face.support.TestModels;
import app.attendance.face.support.WebpWriter;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** Intake of real and deliberately broken files, without the models. */
class ImageDecoderTest {

    private final ImageDecoder decoder = new ImageDecoder(10L << 20, 40_000_000L);

    @Test
    void decodesTheDemoJpegUpright() {
        Frame f = decoder.decode(TestModels.sampleBytes(1), "sample1.jpg");
        assertThat(f.width()).isEqualTo(1920);
        assertThat(f.height()).isEqualTo(1280);
    }

    @Test
    void decodesWebpAndPngWhateverTheirName() {
        Frame small = Augment.scale(TestModels.sample(1), 0.25).frame();
        Frame webp = decoder.decode(WebpWriter.encode(small), "photo.jpg");
        assertThat(webp.width()).isEqualTo(small.width());
        assertThat(webp.rgb()).isEqualTo(small.rgb());
        Frame png = decoder.decode(encode(Images.toImage(small), "png"), "photo.jpg");
        assertThat(png.rgb()).isEqualTo(small.rgb());
    }

    @Test
    void grayJpegBecomesRgb() {
        BufferedImage gray = new BufferedImage(40, 30, BufferedImage.TYPE_BYTE_GRAY);
        java.awt.Graphics g = gray.getGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 20, 30);
        Frame f = decoder.decode(encode(gray, "jpeg"), "gray.jpg");
        assertThat(f.width()).isEqualTo(40);
        int left = 10 * 3 + 15 * 40 * 3;
        assertThat(f.rgb()[left] & 0xFF).isGreaterThan(200);
        assertThat(f.rgb()[left]).isEqualTo(f.rgb()[left + 1]).isEqualTo(f.rgb()[left + 2]);
    }

    @Test
    void appliesExifOrientation() {
        BufferedImage img = new BufferedImage(64, 32, BufferedImage.TYPE_3BYTE_BGR);
        java.awt.Graphics g = img.getGraphics();
        g.setColor(Color.RED);
        g.fillRect(0, 0, 16, 16); // top-left corner red
        byte[] rotated = BadImages.withOrientation(encode(img, "jpeg"), 6); // display turned 90° clockwise
        Frame f = decoder.decode(rotated, "rotated.jpg");
        assertThat(f.width()).isEqualTo(32);
        assertThat(f.height()).isEqualTo(64);
        int topRight = (4 * 32 + 27) * 3; // the red corner is now top-right
        assertThat(f.rgb()[topRight] & 0xFF).isGreaterThan(200);
        assertThat(f.rgb()[topRight + 1] & 0xFF).isLessThan(60);
    }

    @Test
    void refusesBrokenFilesWithTheirKind() {
        byte[] jpeg = TestModels.sampleBytes(2);
        assertKind(new byte[0], Kind.EMPTY);
        assertKind(BadImages.corruptJpeg(), Kind.CORRUPT);
        assertKind(BadImages.truncated(jpeg, 0.5), Kind.CORRUPT);
        assertKind("name,class\nAnn,10A1\n".getBytes(), Kind.UNSUPPORTED);
        assertKind(BadImages.pngBomb(), Kind.TOO_MANY_PIXELS);
        assertKind(BadImages.jpegBomb(jpeg), Kind.TOO_MANY_PIXELS);
        assertThatThrownBy(() -> new ImageDecoder(1000, 40_000_000L).decode(jpeg, "big.jpg"))
                .isInstanceOfSatisfying(ImageRejectedException.class, e -> assertThat(e.kind()).isEqualTo(Kind.TOO_MANY_BYTES))
                .hasMessageContaining("big.jpg");
    }

    private void assertKind(byte[] bytes, Kind kind) {
        assertThatThrownBy(() -> decoder.decode(bytes, "upload"))
                .isInstanceOfSatisfying(ImageRejectedException.class, e -> assertThat(e.kind()).isEqualTo(kind))
                .hasMessageContaining("upload");
    }

    private static byte[] encode(BufferedImage img, String format) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(img, format, out);
            return out.toByteArray();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
