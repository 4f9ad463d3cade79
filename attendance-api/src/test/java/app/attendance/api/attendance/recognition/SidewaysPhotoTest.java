package app.attendance.api.attendance.recognition;

import static org.assertj.core.api.Assertions.assertThat;

import app.attendance.api.faceclient.FaceRecords.Box;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.time.Duration;
import javax.imageio.ImageIO;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A phone photo taken sideways is stored sideways with an EXIF orientation tag (6: turn clockwise,
 * 8: turn anticlockwise to view). face-service finds faces in the upright picture, so the API's
 * evidence crops, thumbnails and scaled frames must be cut from the upright picture too. The
 * upright test picture is red in its top quarter, green in its bottom quarter and blue between; it
 * is stored turned and tagged, as a camera does.
 */
class SidewaysPhotoTest {

    private static final int WIDTH = 400;
    private static final int HEIGHT = 600;

    @ParameterizedTest
    @ValueSource(ints = {6, 8, 3})
    void theCropOfABoxInTheUprightPictureIsTheRightArea(int orientation) throws IOException {
        byte[] photo = tagged(stored(upright(), orientation), orientation);

        BufferedImage decoded = FaceCrops.decode(photo);
        assertThat(decoded.getWidth()).isEqualTo(WIDTH);
        assertThat(decoded.getHeight()).isEqualTo(HEIGHT);

        byte[] top = FaceCrops.crop(decoded, new Box(160, 40, 80, 60), 112);
        byte[] bottom = FaceCrops.crop(decoded, new Box(160, 500, 80, 60), 112);
        assertThat(centre(top)).as("crop of the top").isEqualTo(Color.RED);
        assertThat(centre(bottom)).as("crop of the bottom").isEqualTo(Color.GREEN);

        BufferedImage thumbnail = read(FaceCrops.thumbnail(photo, 120));
        assertThat(thumbnail.getWidth()).isEqualTo(80);
        assertThat(thumbnail.getHeight()).isEqualTo(120);
        assertThat(near(new Color(thumbnail.getRGB(40, 10)))).isEqualTo(Color.RED);
    }

    @ParameterizedTest
    @ValueSource(ints = {6, 8})
    void aScaledFrameIsSentUprightAndSizedUpright(int orientation) throws IOException {
        // Recognition at 300 pixels on the longer side instead of 1920, so a small picture is scaled.
        FrameImages images = new FrameImages(new RecognitionProperties(null, null, 0.05, 0.05, Duration.ofSeconds(10),
                2, Duration.ofDays(30), "0 17 3 * * *", 160, null, AttendedLiveness.EVIDENCE, 256,
                Duration.ofSeconds(20), Duration.ofSeconds(5), 2, 40_000_000L, 300));
        FrameImages.Frame frame = images.prepare(tagged(stored(upright(), orientation), orientation));
        assertThat(frame.width()).isEqualTo(WIDTH);
        assertThat(frame.height()).isEqualTo(HEIGHT);
        BufferedImage sent = read(frame.bytes());
        assertThat(sent.getWidth()).isEqualTo(200);
        assertThat(sent.getHeight()).isEqualTo(300);
        assertThat(near(new Color(sent.getRGB(100, 20)))).isEqualTo(Color.RED);
        assertThat(near(new Color(sent.getRGB(100, 280)))).isEqualTo(Color.GREEN);
    }

    private static BufferedImage upright() {
        BufferedImage img = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < HEIGHT; y++) {
            int rgb = y < HEIGHT / 4 ? Color.RED.getRGB() : y >= HEIGHT * 3 / 4 ? Color.GREEN.getRGB()
                    : Color.BLUE.getRGB();
            for (int x = 0; x < WIDTH; x++) {
                img.setRGB(x, y, rgb);
            }
        }
        return img;
    }

    /** The picture as the camera stores it: the upright pixel (tx, ty) at its stored place. */
    private static BufferedImage stored(BufferedImage up, int orientation) {
        boolean swap = orientation >= 5;
        int w = swap ? up.getHeight() : up.getWidth();
        int h = swap ? up.getWidth() : up.getHeight();
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                // EXIF: the stored pixel (x, y) is shown at (tx, ty).
                int tx = switch (orientation) {
                    case 3 -> w - 1 - x;
                    case 6 -> h - 1 - y;
                    case 8 -> y;
                    default -> x;
                };
                int ty = switch (orientation) {
                    case 3 -> h - 1 - y;
                    case 6 -> x;
                    case 8 -> w - 1 - x;
                    default -> y;
                };
                img.setRGB(x, y, up.getRGB(tx, ty));
            }
        }
        return img;
    }

    /** A JPEG of the image with an EXIF block (after the JFIF header) holding only the orientation. */
    private static byte[] tagged(BufferedImage img, int orientation) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(img, "jpeg", out);
        byte[] jpeg = out.toByteArray();
        ByteBuffer exif = ByteBuffer.allocate(36);
        exif.putShort((short) 0xFFE1).putShort((short) 34).put("Exif\0\0".getBytes(
                java.nio.charset.StandardCharsets.US_ASCII))
                .put(new byte[] {'M', 'M', 0, 42}).putInt(8)
                .putShort((short) 1)
                .putShort((short) 0x0112).putShort((short) 3).putInt(1).putShort((short) orientation).putShort(
                        (short) 0)
                .putInt(0);
        int at = 2;
        if ((jpeg[2] & 0xFF) == 0xFF && (jpeg[3] & 0xFF) == 0xE0) {
            at = 4 + (((jpeg[4] & 0xFF) << 8) | (jpeg[5] & 0xFF));
        }
        ByteArrayOutputStream tagged = new ByteArrayOutputStream();
        tagged.write(jpeg, 0, at);
        tagged.write(exif.array());
        tagged.write(jpeg, at, jpeg.length - at);
        return tagged.toByteArray();
    }

    private static BufferedImage read(byte[] jpeg) throws IOException {
        return ImageIO.read(new ByteArrayInputStream(jpeg));
    }

    private static Color centre(byte[] jpeg) throws IOException {
        BufferedImage img = read(jpeg);
        return near(new Color(img.getRGB(img.getWidth() / 2, img.getHeight() / 2)));
    }

    /** The nearest of red, green and blue (JPEG shifts colours a little). */
    private static Color near(Color c) {
        if (c.getRed() > c.getGreen() && c.getRed() > c.getBlue()) {
            return Color.RED;
        }
        return c.getGreen() > c.getBlue() ? Color.GREEN : Color.BLUE;
    }
}
