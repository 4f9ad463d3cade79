package app.attendance.face.support;

import app.attendance.face.detection.Detection;
import app.attendance.face.image.Frame;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Classroom frames composed from photos: 1280×720, each face pasted at a chosen width with about
 * three times its box of its own photo around it, in rows like seats, each frame with its own
 * jitter (position, size ±10 %, turn ±6°, light ±20 %). Knows where every face went.
 */
public final class ClassroomFrames {

    public static final int WIDTH = 1280;
    public static final int HEIGHT = 720;

    /** A face to place: the photo and the face's box in it, and who it is. */
    public record Source(String who, Frame photo, Detection box) {
    }

    /** A pasted face: who, and its box in the classroom frame. */
    public record Placed(String who, Detection box) {
    }

    /** A composed frame and where each face went. */
    public record Classroom(Frame frame, List<Placed> faces) {
    }

    private ClassroomFrames() {
    }

    /**
     * Composes one frame.
     *
     * @param faceWidth target face box width in pixels
     * @param seed      the frame's variation
     */
    public static Classroom compose(List<Source> sources, int faceWidth, long seed) {
        Random random = new Random(seed);
        BufferedImage canvas = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = canvas.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g.setPaint(new GradientPaint(0, 0, new Color(196, 190, 178), 0, HEIGHT, new Color(120, 104, 88)));
        g.fillRect(0, 0, WIDTH, HEIGHT);
        int n = sources.size();
        float cell = faceWidth * 3.2f;
        int cols = Math.max(1, Math.min(n, (int) (WIDTH / cell)));
        int rows = (n + cols - 1) / cols;
        float cellW = (float) WIDTH / cols;
        float cellH = Math.min(HEIGHT / (float) rows, cell * 1.2f);
        float top = (HEIGHT - cellH * rows) / 2;
        List<Placed> placed = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Source s = sources.get(i);
            float width = faceWidth * (0.9f + 0.2f * random.nextFloat());
            float scale = width / s.box().width();
            float cx = (i % cols + 0.5f) * cellW + (random.nextFloat() - 0.5f) * cellW * 0.2f;
            float cy = top + (i / cols + 0.5f) * cellH + (random.nextFloat() - 0.5f) * cellH * 0.15f;
            double turn = Math.toRadians((random.nextFloat() - 0.5f) * 12);
            float light = 0.8f + 0.4f * random.nextFloat();
            paste(g, s, scale, cx, cy, turn, light, Math.min(cellW, cellH) / scale);
            float bw = s.box().width() * scale;
            float bh = s.box().height() * scale;
            placed.add(new Placed(s.who(), new Detection(cx - bw / 2, cy - bh / 2, cx + bw / 2, cy + bh / 2, 1f)));
        }
        g.dispose();
        return new Classroom(toFrame(canvas), placed);
    }

    /** Pastes a patch of about 3× the face box (no more than {@code maxSide} source px) around the face. */
    private static void paste(Graphics2D g, Source s, float scale, float cx, float cy, double turn, float light,
            float maxSide) {
        Detection b = s.box();
        float side = Math.min(Math.max(b.width(), b.height()) * 3f, maxSide);
        float fx = (b.x1() + b.x2()) / 2;
        float fy = (b.y1() + b.y2()) / 2;
        int x0 = Math.max(0, Math.round(fx - side / 2));
        int y0 = Math.max(0, Math.round(fy - side / 2));
        int x1 = Math.min(s.photo().width(), Math.round(fx + side / 2));
        int y1 = Math.min(s.photo().height(), Math.round(fy + side / 2));
        BufferedImage patch = toImage(s.photo(), x0, y0, x1 - x0, y1 - y0, light);
        AffineTransform t = new AffineTransform();
        t.translate(cx, cy);
        t.rotate(turn);
        t.scale(scale, scale);
        t.translate(x0 - fx, y0 - fy);
        g.drawImage(patch, t, null);
    }

    private static BufferedImage toImage(Frame f, int x0, int y0, int w, int h, float light) {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        byte[] rgb = f.rgb();
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int i = ((y0 + y) * f.width() + x0 + x) * 3;
                int r = Math.min(255, Math.round((rgb[i] & 0xFF) * light));
                int gr = Math.min(255, Math.round((rgb[i + 1] & 0xFF) * light));
                int b = Math.min(255, Math.round((rgb[i + 2] & 0xFF) * light));
                img.setRGB(x, y, r << 16 | gr << 8 | b);
            }
        }
        return img;
    }

    private static Frame toFrame(BufferedImage img) {
        byte[] rgb = new byte[WIDTH * HEIGHT * 3];
        for (int y = 0; y < HEIGHT; y++) {
            for (int x = 0; x < WIDTH; x++) {
                int p = img.getRGB(x, y);
                int i = (y * WIDTH + x) * 3;
                rgb[i] = (byte) (p >> 16);
                rgb[i + 1] = (byte) (p >> 8);
                rgb[i + 2] = (byte) p;
            }
        }
        return new Frame(WIDTH, HEIGHT, rgb);
    }
}
