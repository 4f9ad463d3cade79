package app.attendance.face.support;

import app.attendance.face.image.Frame;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.Point2D;
import java.awt.image.BufferedImage;
import java.awt.image.ConvolveOp;
import java.awt.image.Kernel;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * Transformed copies of a photo, as a camera would deliver the same faces: scaled, shifted,
 * brighter or darker, heavily re-compressed, slightly rotated. Each carries the geometric map
 * from the original so a test knows where each original face went.
 */
public final class Augment {

    /** A transformed copy and the map original → copy. */
    public record Copy(String name, Frame frame, AffineTransform map) {

        public Point2D where(double x, double y) {
            return map.transform(new Point2D.Double(x, y), null);
        }
    }

    private Augment() {
    }

    /** The standard set: scale 0.5/1.5, shift, brightness ±30 %, JPEG quality 30, rotation ±10°. */
    public static List<Copy> standard(Frame f) {
        return List.of(
                scale(f, 0.5), scale(f, 1.5),
                shift(f, f.width() / 10, -f.height() / 12),
                brightness(f, 0.7f), brightness(f, 1.3f),
                jpeg(f, 30),
                rotate(f, 10), rotate(f, -10));
    }

    public static Copy scale(Frame f, double s) {
        AffineTransform t = AffineTransform.getScaleInstance(s, s);
        return warp("scale " + s, f, t, (int) Math.round(f.width() * s), (int) Math.round(f.height() * s));
    }

    public static Copy shift(Frame f, int dx, int dy) {
        return warp("shift " + dx + "," + dy, f, AffineTransform.getTranslateInstance(dx, dy), f.width(), f.height());
    }

    public static Copy rotate(Frame f, double degrees) {
        AffineTransform t = AffineTransform.getRotateInstance(Math.toRadians(degrees), f.width() / 2.0, f.height()
                / 2.0);
        return warp("rotate " + degrees, f, t, f.width(), f.height());
    }

    public static Copy brightness(Frame f, float factor) {
        byte[] out = new byte[f.rgb().length];
        for (int i = 0; i < out.length; i++) {
            out[i] = (byte) Math.min(255, Math.round((f.rgb()[i] & 0xFF) * factor));
        }
        return new Copy("brightness " + factor, new Frame(f.width(), f.height(), out), new AffineTransform());
    }

    public static Copy jpeg(Frame f, int quality) {
        return new Copy("jpeg q" + quality, Images.toFrame(decode(encodeJpeg(f, quality))), new AffineTransform());
    }

    /** Box blur of the given radius, repeated three times (close to a Gaussian). */
    public static Copy blur(Frame f, int radius) {
        int n = 2 * radius + 1;
        float[] k = new float[n];
        java.util.Arrays.fill(k, 1f / n);
        BufferedImage img = Images.toImage(f);
        for (int pass = 0; pass < 3; pass++) {
            img = new ConvolveOp(new Kernel(n, 1, k), ConvolveOp.EDGE_NO_OP, null).filter(img, null);
            img = new ConvolveOp(new Kernel(1, n, k), ConvolveOp.EDGE_NO_OP, null).filter(img, null);
        }
        return new Copy("blur " + radius, Images.toFrame(img), new AffineTransform());
    }

    public static byte[] encodeJpeg(Frame f, int quality) {
        try (ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                MemoryCacheImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
            ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(quality / 100f);
            writer.setOutput(out);
            writer.write(null, new IIOImage(Images.toImage(f), null, null), param);
            writer.dispose();
            out.flush();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A crop of the frame (clipped to it). */
    public static Frame crop(Frame f, int x, int y, int w, int h) {
        int x0 = Math.max(0, x);
        int y0 = Math.max(0, y);
        int x1 = Math.min(f.width(), x + w);
        int y1 = Math.min(f.height(), y + h);
        return Images.toFrame(Images.toImage(f).getSubimage(x0, y0, x1 - x0, y1 - y0));
    }

    private static BufferedImage decode(byte[] bytes) {
        try {
            return ImageIO.read(new ByteArrayInputStream(bytes));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Copy warp(String name, Frame f, AffineTransform t, int w, int h) {
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_3BYTE_BGR);
        Graphics2D g = out.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g.drawImage(Images.toImage(f), t, null);
        g.dispose();
        return new Copy(name, Images.toFrame(out), t);
    }
}
