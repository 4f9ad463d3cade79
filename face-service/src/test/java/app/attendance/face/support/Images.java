package app.attendance.face.support;

import app.attendance.face.image.Frame;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;

/** Conversions between {@link Frame} and {@link BufferedImage} for tests and the benchmark. */
public final class Images {

    private Images() {
    }

    public static BufferedImage toImage(Frame f) {
        BufferedImage img = new BufferedImage(f.width(), f.height(), BufferedImage.TYPE_3BYTE_BGR);
        byte[] data = ((DataBufferByte) img.getRaster().getDataBuffer()).getData();
        byte[] rgb = f.rgb();
        for (int i = 0; i < rgb.length; i += 3) {
            data[i] = rgb[i + 2];
            data[i + 1] = rgb[i + 1];
            data[i + 2] = rgb[i];
        }
        return img;
    }

    public static Frame toFrame(BufferedImage img) {
        BufferedImage bgr = new BufferedImage(img.getWidth(), img.getHeight(), BufferedImage.TYPE_3BYTE_BGR);
        bgr.getGraphics().drawImage(img, 0, 0, null);
        byte[] data = ((DataBufferByte) bgr.getRaster().getDataBuffer()).getData();
        byte[] rgb = new byte[data.length];
        for (int i = 0; i < rgb.length; i += 3) {
            rgb[i] = data[i + 2];
            rgb[i + 1] = data[i + 1];
            rgb[i + 2] = data[i];
        }
        return new Frame(img.getWidth(), img.getHeight(), rgb);
    }
}
