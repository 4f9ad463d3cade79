package app.attendance.api.attendance.recognition;

import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataFormatImpl;
import org.w3c.dom.Node;

/**
 * Turns decoded images upright by their EXIF orientation, as face-service does before detecting
 * faces (so its boxes are in upright pixels): a phone photo taken sideways is stored sideways with
 * an orientation tag. The tag is read by the TwelveMonkeys JPEG reader, which reports it in ImageIO's
 * standard metadata ({@code Dimension/ImageOrientation}); other formats count as upright.
 */
final class UprightImages {

    static {
        ImageIO.setUseCache(false);
        ImageIO.scanForPlugins();
    }

    private UprightImages() {
    }

    /** The readers for an image stream (TwelveMonkeys' JPEG reader first, once it is registered). */
    static java.util.Iterator<ImageReader> readers(javax.imageio.stream.ImageInputStream in) {
        return ImageIO.getImageReaders(in);
    }

    /**
     * The EXIF orientation (1–8) of the image the reader is set on (with metadata not ignored), 1
     * when it has none or it cannot be read.
     */
    static int orientation(ImageReader reader) {
        try {
            IIOMetadata metadata = reader.getImageMetadata(0);
            if (metadata == null || !metadata.isStandardMetadataFormatSupported()) {
                return 1;
            }
            Node root = metadata.getAsTree(IIOMetadataFormatImpl.standardMetadataFormatName);
            for (Node d = root.getFirstChild(); d != null; d = d.getNextSibling()) {
                if (!"Dimension".equals(d.getNodeName())) {
                    continue;
                }
                for (Node o = d.getFirstChild(); o != null; o = o.getNextSibling()) {
                    if ("ImageOrientation".equals(o.getNodeName())) {
                        Node value = o.getAttributes().getNamedItem("value");
                        return value == null ? 1 : exif(value.getNodeValue());
                    }
                }
            }
            return 1;
        } catch (java.io.IOException | RuntimeException e) {
            return 1;
        }
    }

    /** The EXIF number of a standard-metadata orientation name (TwelveMonkeys' mapping). */
    private static int exif(String name) {
        return switch (name) {
            case "FlipH" -> 2;
            case "Rotate180" -> 3;
            case "FlipV" -> 4;
            case "FlipVRotate90" -> 5;
            case "Rotate270" -> 6;
            case "FlipHRotate90" -> 7;
            case "Rotate90" -> 8;
            default -> 1;
        };
    }

    /** Whether the upright image is the stored one turned by a quarter (width and height swap). */
    static boolean swapsSides(int orientation) {
        return orientation >= 5 && orientation <= 8;
    }

    /** The image turned upright for the EXIF orientation; the image itself when it already is. */
    static BufferedImage apply(BufferedImage image, int orientation) {
        if (orientation <= 1 || orientation > 8) {
            return image;
        }
        int w = image.getWidth();
        int h = image.getHeight();
        // Maps a stored pixel (x, y) to its upright place (tx, ty).
        AffineTransform t = switch (orientation) {
            case 2 -> new AffineTransform(-1, 0, 0, 1, w, 0);
            case 3 -> new AffineTransform(-1, 0, 0, -1, w, h);
            case 4 -> new AffineTransform(1, 0, 0, -1, 0, h);
            case 5 -> new AffineTransform(0, 1, 1, 0, 0, 0);
            case 6 -> new AffineTransform(0, 1, -1, 0, h, 0);
            case 7 -> new AffineTransform(0, -1, -1, 0, h, w);
            default -> new AffineTransform(0, -1, 1, 0, 0, w);
        };
        boolean swap = swapsSides(orientation);
        BufferedImage out = new BufferedImage(swap ? h : w, swap ? w : h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        try {
            g.drawImage(image, t, null);
        } finally {
            g.dispose();
        }
        return out;
    }
}
