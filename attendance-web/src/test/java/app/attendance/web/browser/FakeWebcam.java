package app.attendance.web.browser;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/**
 * Writes a Y4M video (what Chromium's fake webcam plays) of a still photo, letterboxed to
 * 640×480, so browser tests have a real camera stream with real faces in it.
 */
public final class FakeWebcam {

    public static final int WIDTH = 640;
    public static final int HEIGHT = 480;

    private FakeWebcam() {
    }

    /** The directory of the demo photos ({@code models/test-images}). */
    public static Path testImages() {
        return Path.of(System.getProperty("attendance.testimages.dir", "../models/test-images"));
    }

    /** Writes {@code frames} identical frames of the photo into {@code target} (a .y4m file). */
    public static Path fromPhoto(Path photo, Path target, int frames) throws IOException {
        BufferedImage source = ImageIO.read(photo.toFile());
        if (source == null) {
            throw new IOException("Not an image: " + photo);
        }
        return fromImage(letterbox(source), target, frames);
    }

    /** Writes {@code frames} identical frames of an image (even width and height) into {@code target}. */
    public static Path fromImage(BufferedImage frame, Path target, int frames) throws IOException {
        byte[] yuv = toI420(frame);
        Files.createDirectories(target.getParent());
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(target))) {
            out.write(("YUV4MPEG2 W" + frame.getWidth() + " H" + frame.getHeight() + " F10:1 Ip A1:1 C420jpeg\n")
                    .getBytes(StandardCharsets.US_ASCII));
            for (int i = 0; i < frames; i++) {
                out.write("FRAME\n".getBytes(StandardCharsets.US_ASCII));
                out.write(yuv);
            }
        }
        return target;
    }

    static BufferedImage letterbox(BufferedImage source) {
        BufferedImage frame = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = frame.createGraphics();
        g.setColor(Color.BLACK);
        g.fillRect(0, 0, WIDTH, HEIGHT);
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        double scale = Math.min((double) WIDTH / source.getWidth(), (double) HEIGHT / source.getHeight());
        int w = (int) Math.round(source.getWidth() * scale);
        int h = (int) Math.round(source.getHeight() * scale);
        g.drawImage(source, (WIDTH - w) / 2, (HEIGHT - h) / 2, w, h, null);
        g.dispose();
        return frame;
    }

    /** BT.601 full-range RGB → planar YUV 4:2:0. */
    static byte[] toI420(BufferedImage img) {
        int w = img.getWidth();
        int h = img.getHeight();
        byte[] out = new byte[w * h * 3 / 2];
        int uOffset = w * h;
        int vOffset = uOffset + (w / 2) * (h / 2);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int rgb = img.getRGB(x, y);
                int r = (rgb >> 16) & 0xff;
                int g = (rgb >> 8) & 0xff;
                int b = rgb & 0xff;
                out[y * w + x] = (byte) clamp(0.299 * r + 0.587 * g + 0.114 * b);
                if (y % 2 == 0 && x % 2 == 0) {
                    int i = (y / 2) * (w / 2) + x / 2;
                    out[uOffset + i] = (byte) clamp(128 - 0.168736 * r - 0.331264 * g + 0.5 * b);
                    out[vOffset + i] = (byte) clamp(128 + 0.5 * r - 0.418688 * g - 0.081312 * b);
                }
            }
        }
        return out;
    }

    private static int clamp(double v) {
        return (int) Math.max(0, Math.min(255, Math.round(v)));
    }
}
