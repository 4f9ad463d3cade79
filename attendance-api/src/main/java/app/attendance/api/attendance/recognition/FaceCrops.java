package app.attendance.api.attendance.recognition;

import app.attendance.api.faceclient.FaceRecords.Box;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;

/**
 * Small JPEGs cut from frames and photos: face crops kept as evidence and enrolment thumbnails.
 * Images larger than {@link #MAX_PIXELS} are refused before decoding (decompression bombs). Images
 * are turned upright by their EXIF orientation when decoded ({@link UprightImages}), so that boxes
 * from face-service (upright pixels) cut the right area.
 */
public final class FaceCrops {

    static final long MAX_PIXELS = 40_000_000L;

    private FaceCrops() {
    }

    /** Decodes an image, upright, or null when it cannot be decoded or is too large. */
    public static BufferedImage decode(byte[] bytes) {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            if (in == null) {
                return null;
            }
            Iterator<ImageReader> readers = UprightImages.readers(in);
            if (!readers.hasNext()) {
                return null;
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, false);
                if ((long) reader.getWidth(0) * reader.getHeight(0) > MAX_PIXELS) {
                    return null;
                }
                BufferedImage image = reader.read(0);
                return UprightImages.apply(image, UprightImages.orientation(reader));
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** The face's box widened by a quarter on each side, clipped, scaled to at most {@code size}. */
    public static byte[] crop(BufferedImage image, Box box, int size) {
        int mx = box.width() / 4;
        int my = box.height() / 4;
        int x0 = Math.max(0, box.x() - mx);
        int y0 = Math.max(0, box.y() - my);
        int x1 = Math.min(image.getWidth(), box.x() + box.width() + mx);
        int y1 = Math.min(image.getHeight(), box.y() + box.height() + my);
        if (x1 - x0 < 2 || y1 - y0 < 2) {
            return null;
        }
        return jpeg(scale(image.getSubimage(x0, y0, x1 - x0, y1 - y0), size), 0.85f);
    }

    /** The whole image scaled to at most {@code size} on its longest side, or null when undecodable. */
    public static byte[] thumbnail(byte[] bytes, int size) {
        BufferedImage image = decode(bytes);
        return image == null ? null : jpeg(scale(image, size), 0.85f);
    }

    static BufferedImage scale(BufferedImage source, int size) {
        double factor = Math.min(1.0, (double) size / Math.max(source.getWidth(), source.getHeight()));
        int w = Math.max(1, (int) Math.round(source.getWidth() * factor));
        int h = Math.max(1, (int) Math.round(source.getHeight() * factor));
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.drawImage(source, 0, 0, w, h, null);
        } finally {
            g.dispose();
        }
        return out;
    }

    static byte[] jpeg(BufferedImage image, float quality) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
            writer.setOutput(out);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(quality);
            writer.write(null, new IIOImage(image, null, null), param);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }
}
