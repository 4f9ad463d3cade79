package app.attendance.face.eval;

import java.awt.image.BufferedImage;
import java.nio.file.Path;

/**
 * A face in a source photo, boxed by the service at the photo's own scale.
 *
 * @param person identity name, or null for a stranger taken from a group or demo photo
 * @param label  file name and face rank, for messages
 */
record SourceFace(String person, String label, Path file, BufferedImage photo, Box box) {

    /** Whether the photo holds at least {@code factor} × the box around the face. */
    boolean hasContext(double factor) {
        return box.hasContext(factor, photo.getWidth(), photo.getHeight());
    }
}
