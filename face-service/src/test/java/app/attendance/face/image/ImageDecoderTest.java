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
import java.io.ByteArrayInputStream;
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
    void colourJpegPixelsAreExactlyThoseImageIoDecodes() throws Exception {
        byte[] jpeg = TestModels.sampleBytes(2);
        BufferedImage reference = ImageIO.read(new ByteArrayInputStream(jpeg));
        Frame f = decoder.decode(jpeg, "sample2.jpg");
        assertThat(f.width()).isEqualTo(reference.getWidth());
        assertThat(f.height()).isEqualTo(reference.getHeight());
        byte[] expected = new byte[f.rgb().length];
        for (int y = 0, i = 0; y < f.height(); y++) {
            for (int x = 0; x < f.width(); x++, i += 3) {
                int argb = reference.getRGB(x, y);
                expected[i] = (byte) (argb >> 16);
                expected[i + 1] = (byte) (argb >> 8);
                expected[i + 2] = (byte) argb;
            }
        }
        assertThat(f.rgb()).isEqualTo(expected);
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
    void cmykJpegBecomesRgb() throws Exception {
        Frame f = decoder.decode(cmykJpeg(), "cmyk.jpg");
        assertThat(f.width()).isEqualTo(64);
        int left = (20 * 64 + 5) * 3;
        int right = (20 * 64 + 50) * 3;
        assertThat(f.rgb()[left] & 0xFF).as("cyan has no red").isLessThan(60);
        assertThat(f.rgb()[left + 2] & 0xFF).as("cyan is blue-green").isGreaterThan(180);
        assertThat(f.rgb()[right] & 0xFF).as("no ink is white").isGreaterThan(220);
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
                .isInstanceOfSatisfying(ImageRejectedException.class, e -> assertThat(e.kind()).isEqualTo(
                        Kind.TOO_MANY_BYTES))
                .hasMessageContaining("big.jpg");
    }

    private void assertKind(byte[] bytes, Kind kind) {
        assertThatThrownBy(() -> decoder.decode(bytes, "upload"))
                .isInstanceOfSatisfying(ImageRejectedException.class, e -> assertThat(e.kind()).isEqualTo(kind))
                .hasMessageContaining("upload");
    }

    /** A 64×48 Adobe CMYK JPEG (inverted values, as Photoshop writes them): left cyan, right no ink. */
    private static byte[] cmykJpeg() throws java.io.IOException {
        java.awt.image.WritableRaster r = java.awt.image.Raster.createInterleavedRaster(
                java.awt.image.DataBuffer.TYPE_BYTE, 64, 48, 4, null);
        for (int y = 0; y < 48; y++) {
            for (int x = 0; x < 64; x++) {
                r.setPixel(x, y, new int[] {x < 32 ? 0 : 255, 255, 255, 255});
            }
        }
        javax.imageio.ImageWriter w = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (javax.imageio.stream.MemoryCacheImageOutputStream stream = new javax.imageio.stream.MemoryCacheImageOutputStream(
                out)) {
            w.setOutput(stream);
            w.write(null, new javax.imageio.IIOImage(r, null, null), w.getDefaultWriteParam());
        } finally {
            w.dispose();
        }
        byte[] raw = out.toByteArray();
        byte[] adobe = {(byte) 0xFF, (byte) 0xEE, 0, 14, 'A', 'd', 'o', 'b', 'e', 0, 100, 0, 0, 0, 0, 0};
        ByteArrayOutputStream cmyk = new ByteArrayOutputStream();
        cmyk.write(raw, 0, 2);
        cmyk.writeBytes(adobe);
        cmyk.write(raw, 2, raw.length - 2);
        return cmyk.toByteArray();
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
