package app.attendance.face.image;

import app.attendance.face.config.FaceProperties;
import app.attendance.face.image.ImageRejectedException.Kind;
import java.awt.Graphics2D;
import java.awt.Transparency;
import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.awt.image.ComponentColorModel;
import java.awt.image.DataBuffer;
import java.awt.image.DataBufferByte;
import java.awt.image.PixelInterleavedSampleModel;
import java.awt.image.Raster;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.Locale;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.stream.ImageInputStream;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Turns uploaded bytes into an upright RGB {@link Frame}. The format comes from the magic bytes;
 * the byte and pixel limits are checked before any pixel is allocated (the pixel count is read
 * from the header), so a decompression bomb costs nothing. EXIF orientation is applied; gray,
 * CMYK and paletted images end up as RGB.
 */
@Component
public class ImageDecoder {

    static {
        ImageIO.setUseCache(false);
        ImageIO.scanForPlugins();
    }

    private final long maxBytes;
    private final long maxPixels;

    @Autowired
    public ImageDecoder(FaceProperties props) {
        this(props.limits().maxImageBytes().toBytes(), props.limits().maxPixels());
    }

    public ImageDecoder(long maxBytes, long maxPixels) {
        this.maxBytes = maxBytes;
        this.maxPixels = maxPixels;
    }

    /** Decodes {@code bytes}; {@code name} only appears in messages. */
    public Frame decode(byte[] bytes, String name) {
        if (bytes == null || bytes.length == 0) {
            throw new ImageRejectedException(Kind.EMPTY, name + " is empty.");
        }
        if (bytes.length > maxBytes) {
            throw new ImageRejectedException(Kind.TOO_MANY_BYTES, String.format(Locale.ROOT,
                    "%s has %,d bytes; the limit is %,d bytes.", name, bytes.length, maxBytes));
        }
        ImageFormat format = ImageFormat.sniff(bytes);
        if (format == null) {
            throw new ImageRejectedException(Kind.UNSUPPORTED,
                    name + " is not a JPEG, PNG or WebP image (judged by its content, not its name).");
        }
        BufferedImage image = read(bytes, name, format);
        int orientation = format == ImageFormat.JPEG ? ExifOrientation.of(bytes) : 1;
        return Orientation.apply(toRgb(image), image.getWidth(), image.getHeight(), orientation);
    }

    private BufferedImage read(byte[] bytes, String name, ImageFormat format) {
        Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(format.imageIoName());
        if (!readers.hasNext()) {
            throw new IllegalStateException("no ImageIO reader for " + format);
        }
        ImageReader reader = readers.next();
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            reader.setInput(in, true, true);
            long width = reader.getWidth(0);
            long height = reader.getHeight(0);
            if (width * height > maxPixels) {
                throw new ImageRejectedException(Kind.TOO_MANY_PIXELS, String.format(Locale.ROOT,
                        "%s declares %d × %d = %,d pixels; the limit is %,d pixels.",
                        name, width, height, width * height, maxPixels));
            }
            TruncationWatch watch = new TruncationWatch();
            reader.addIIOReadWarningListener(watch);
            ImageReadParam param = reader.getDefaultReadParam();
            if (format == ImageFormat.JPEG && decodesToBgr(reader)) {
                // Straight into RGB order: the decoder's rows are copied as they are, and the
                // pixels need neither a copy nor a swap of their red and blue afterwards.
                param.setDestination(rgbImage((int) width, (int) height));
            }
            BufferedImage image = reader.read(0, param);
            if (watch.truncated) {
                throw new ImageRejectedException(Kind.CORRUPT, name + " is truncated: " + watch.message);
            }
            return image;
        } catch (IOException | RuntimeException e) {
            if (e instanceof ImageRejectedException rejected) {
                throw rejected;
            }
            throw new ImageRejectedException(Kind.CORRUPT, name + " looks like " + format
                    + " but cannot be decoded (corrupt or truncated)" + detail(e));
        } finally {
            reader.dispose();
        }
    }

    private static String detail(Exception e) {
        return e.getMessage() == null ? "." : ": " + e.getMessage();
    }

    /** True when the reader's own choice for the image is 8-bit BGR (a colour JPEG). */
    private static boolean decodesToBgr(ImageReader reader) throws IOException {
        Iterator<ImageTypeSpecifier> types = reader.getImageTypes(0);
        return types.hasNext() && types.next().getBufferedImageType() == BufferedImage.TYPE_3BYTE_BGR;
    }

    /** An image whose pixels are one byte array of interleaved R, G, B: the layout of a {@link Frame}. */
    private static BufferedImage rgbImage(int width, int height) {
        ComponentColorModel model = new ComponentColorModel(ColorSpace.getInstance(ColorSpace.CS_sRGB), false, false,
                Transparency.OPAQUE, DataBuffer.TYPE_BYTE);
        return new BufferedImage(model, Raster.createInterleavedRaster(DataBuffer.TYPE_BYTE, width, height,
                width * 3, 3, new int[] {0, 1, 2}, null), false, null);
    }

    /** True for an image laid out as {@link #rgbImage}: its byte array is the frame's as it is. */
    private static boolean isRgb(BufferedImage image) {
        return image.getColorModel() instanceof ComponentColorModel model
                && model.getColorSpace().isCS_sRGB() && !model.hasAlpha()
                && image.getSampleModel() instanceof PixelInterleavedSampleModel sample
                && sample.getNumBands() == 3 && sample.getPixelStride() == 3
                && sample.getScanlineStride() == image.getWidth() * 3
                && java.util.Arrays.equals(sample.getBandOffsets(), new int[] {0, 1, 2})
                && image.getRaster().getDataBuffer() instanceof DataBufferByte bytes
                && bytes.getNumBanks() == 1 && bytes.getOffset() == 0
                && image.getRaster().getSampleModelTranslateX() == 0
                && image.getRaster().getSampleModelTranslateY() == 0
                && bytes.getData().length == image.getWidth() * image.getHeight() * 3;
    }

    /** Interleaved RGB bytes of any decoded image. */
    private static byte[] toRgb(BufferedImage image) {
        if (isRgb(image)) {
            return ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
        }
        BufferedImage bgr = image;
        if (image.getType() != BufferedImage.TYPE_3BYTE_BGR) {
            bgr = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_3BYTE_BGR);
            Graphics2D g = bgr.createGraphics();
            try {
                g.drawImage(image, 0, 0, null);
            } finally {
                g.dispose();
            }
        }
        byte[] data = ((DataBufferByte) bgr.getRaster().getDataBuffer()).getData();
        byte[] rgb = bgr == image ? data.clone() : data;
        for (int i = 0; i < rgb.length; i += 3) {
            byte b = rgb[i];
            rgb[i] = rgb[i + 2];
            rgb[i + 2] = b;
        }
        return rgb;
    }

    /** Catches the decoder's "premature end of data" warning, which it otherwise only logs. */
    private static final class TruncationWatch implements javax.imageio.event.IIOReadWarningListener {
        boolean truncated;
        String message;

        @Override
        public void warningOccurred(ImageReader source, String warning) {
            String w = warning.toLowerCase(Locale.ROOT);
            if (w.contains("premature end") || w.contains("truncat") || w.contains("end of file")) {
                truncated = true;
                message = warning;
            }
        }
    }
}
