package app.attendance.api.support;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.awt.image.RescaleOp;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A 1280×720 classroom webcam frame composed from faces of photos: seats in rows, each face at
 * about the chosen width with about three times its box of its own photo around it, and each
 * frame its own jitter (place, size ±10 %, turn ±6°, light ±20 %), so no two frames and no frame
 * and enrolment photo are alike.
 */
public final class ClassroomFrame {

    public static final int WIDTH = 1280;
    public static final int HEIGHT = 720;

    /** A face to seat: who, the photo and the face's box in it. */
    public record Seat(String who, byte[] photo, TestFaces.Face box) {
    }

    /** Where a face went in the frame. */
    public record Placed(String who, int x, int y, int width, int height) {
    }

    /** The frame as a JPEG and where each face went. */
    public record Composed(byte[] jpeg, List<Placed> faces) {
    }

    private ClassroomFrame() {
    }

    public static Composed compose(List<Seat> seats, int faceWidth, long seed) {
        Random random = new Random(seed);
        BufferedImage canvas = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = canvas.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.setPaint(new GradientPaint(0, 0, new Color(200, 194, 180), 0, HEIGHT, new Color(110, 96, 82)));
        g.fillRect(0, 0, WIDTH, HEIGHT);
        int cols = Math.max(1, Math.min(seats.size(), (int) (WIDTH / (faceWidth * 3.2))));
        int rows = (seats.size() + cols - 1) / cols;
        double cellW = (double) WIDTH / cols;
        double cellH = (double) HEIGHT / rows;
        List<Placed> placed = new ArrayList<>();
        for (int i = 0; i < seats.size(); i++) {
            Seat s = seats.get(i);
            TestFaces.Face b = s.box();
            double width = faceWidth * (0.9 + 0.2 * random.nextDouble());
            double scale = width / b.width();
            double cx = (i % cols + 0.5) * cellW + (random.nextDouble() - 0.5) * cellW * 0.15;
            double cy = (i / cols + 0.5) * cellH + (random.nextDouble() - 0.5) * cellH * 0.1;
            double side = Math.min(Math.max(b.width(), b.height()) * 3.0, Math.min(cellW, cellH) / scale);
            BufferedImage photo = TestFaces.read(s.photo());
            double fx = b.x() + b.width() / 2.0;
            double fy = b.y() + b.height() / 2.0;
            int x0 = (int) Math.max(0, fx - side / 2);
            int y0 = (int) Math.max(0, fy - side / 2);
            int x1 = (int) Math.min(photo.getWidth(), fx + side / 2);
            int y1 = (int) Math.min(photo.getHeight(), fy + side / 2);
            BufferedImage patch = lit(photo.getSubimage(x0, y0, x1 - x0, y1 - y0), 0.8f + 0.4f * random.nextFloat());
            AffineTransform t = new AffineTransform();
            t.translate(cx, cy);
            t.rotate(Math.toRadians((random.nextDouble() - 0.5) * 12));
            t.scale(scale, scale);
            t.translate(x0 - fx, y0 - fy);
            g.drawImage(patch, t, null);
            int w = (int) Math.round(b.width() * scale);
            int h = (int) Math.round(b.height() * scale);
            placed.add(new Placed(s.who(), (int) Math.round(cx - w / 2.0), (int) Math.round(cy - h / 2.0), w, h));
        }
        g.dispose();
        return new Composed(TestFaces.jpeg(canvas), placed);
    }

    private static BufferedImage lit(BufferedImage src, float light) {
        BufferedImage rgb = new BufferedImage(src.getWidth(), src.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = rgb.createGraphics();
        g.drawImage(src, 0, 0, null);
        g.dispose();
        return new RescaleOp(light, 0, null).filter(rgb, null);
    }
}
