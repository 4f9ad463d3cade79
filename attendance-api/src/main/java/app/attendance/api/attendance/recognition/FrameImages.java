package app.attendance.api.attendance.recognition;

import app.attendance.api.faceclient.FaceRecords.Box;
import app.attendance.api.system.ApiException;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Caps the pixels of a frame before recognition. The size is read from the image header without
 * decoding: more than {@link RecognitionProperties#maxFramePixels()} is refused with 413
 * {@code frame-too-large}; a frame whose longer side exceeds {@link RecognitionProperties#recognitionSide()}
 * (1920 by default, never less: a 16:9 frame keeps 1920×1080, small faces need the pixels) is decoded with
 * source subsampling, scaled to that longer side and re-encoded as JPEG, so neither the API nor
 * face-service holds a 40 MP raster per frame (at most 1920×1920). Frames whose format ImageIO cannot read go on unchanged (face-service has its own limits).
 * Sizes are those of the upright frame (EXIF orientation applied, as face-service does); a scaled
 * frame is re-encoded upright, since the new JPEG carries no orientation tag.
 */
@Component
class FrameImages {

    private static final float QUALITY = 0.9f;

    private final long maxPixels;
    private final int side;

    FrameImages(RecognitionProperties rules) {
        this.maxPixels = rules.maxFramePixels();
        this.side = rules.recognitionSide();
    }

    /**
     * A frame as sent to face-service.
     *
     * @param bytes the image sent (the original, or a scaled-down JPEG)
     * @param width the original frame's upright width, or -1 when its header could not be read
     * @param height the original frame's height, or -1
     * @param scale sent pixels per original pixel (1 when unscaled)
     */
    record Frame(byte[] bytes, int width, int height, double scale) {

        boolean scaled() {
            return scale != 1.0;
        }

        /** A box of the original frame in the sent image's pixels. */
        Box toSent(Box b) {
            return scaled() && b != null ? map(b, scale) : b;
        }

        /** A box of the sent image in the original frame's pixels. */
        Box toOriginal(Box b) {
            return scaled() && b != null ? map(b, 1 / scale) : b;
        }

        private static Box map(Box b, double f) {
            int x = (int) Math.round(b.x() * f);
            int y = (int) Math.round(b.y() * f);
            return new Box(x, y, (int) Math.round((b.x() + b.width()) * f) - x,
                    (int) Math.round((b.y() + b.height()) * f) - y);
        }
    }

    /** The frame to recognise: refused when over the pixel cap, scaled down when larger than needed. */
    Frame prepare(byte[] bytes) {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = in == null ? null : UprightImages.readers(in);
            if (readers == null || !readers.hasNext()) {
                return new Frame(bytes, -1, -1, 1.0);
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, false);
                int orientation = UprightImages.orientation(reader);
                boolean swap = UprightImages.swapsSides(orientation);
                int width = swap ? reader.getHeight(0) : reader.getWidth(0);
                int height = swap ? reader.getWidth(0) : reader.getHeight(0);
                long pixels = (long) width * height;
                if (pixels > maxPixels) {
                    throw new ApiException(HttpStatus.CONTENT_TOO_LARGE, "frame-too-large",
                            "A frame of " + width + "×" + height + " pixels is larger than the " + maxPixels
                                    + " pixels accepted; send at most 1920×1080")
                            .with("maxPixels", maxPixels);
                }
                if (Math.max(width, height) <= side) {
                    return new Frame(bytes, width, height, 1.0);
                }
                return scaled(reader, width, height, orientation);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof ApiException api) {
                throw api;
            }
            throw ApiException.invalid("image", "the frame could not be decoded");
        }
    }

    private Frame scaled(ImageReader reader, int width, int height, int orientation) throws IOException {
        double scale = (double) side / Math.max(width, height);
        // Subsample by the largest whole factor that keeps at least the target size, then scale exactly.
        int step = Math.max(1, (int) Math.floor(1 / scale));
        ImageReadParam param = reader.getDefaultReadParam();
        param.setSourceSubsampling(step, step, 0, 0);
        BufferedImage read = UprightImages.apply(reader.read(0, param), orientation);
        int w = Math.max(1, (int) Math.round(width * scale));
        int h = Math.max(1, (int) Math.round(height * scale));
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.drawImage(read, 0, 0, w, h, null);
        } finally {
            g.dispose();
        }
        return new Frame(FaceCrops.jpeg(out, QUALITY), width, height, (double) w / width);
    }
}
