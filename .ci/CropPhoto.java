import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import javax.imageio.ImageIO;

/**
 * Cuts a rectangle out of a JPEG, for the compose check's enrolment photo (one face of a pinned
 * sample photo). Usage: java .ci/CropPhoto.java IN.jpg OUT.jpg X Y WIDTH HEIGHT
 */
public class CropPhoto {

    public static void main(String[] args) throws IOException {
        BufferedImage in = ImageIO.read(new File(args[0]));
        int x = Integer.parseInt(args[2]), y = Integer.parseInt(args[3]);
        int w = Math.min(Integer.parseInt(args[4]), in.getWidth() - x);
        int h = Math.min(Integer.parseInt(args[5]), in.getHeight() - y);
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        out.getGraphics().drawImage(in.getSubimage(x, y, w, h), 0, 0, null);
        if (!ImageIO.write(out, "jpg", new File(args[1]))) {
            throw new IOException("no JPEG writer");
        }
    }
}
