package app.attendance.face.image;

import app.attendance.face.config.FaceProperties;
import app.attendance.face.image.ImageRejectedException.Kind;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;

/** Reads an uploaded part into a {@link Frame}, refusing an oversized part before reading its bytes. */
@Component
public class Uploads {

    private final ImageDecoder decoder;
    private final long maxBytes;

    public Uploads(ImageDecoder decoder, FaceProperties props) {
        this.decoder = decoder;
        this.maxBytes = props.limits().maxImageBytes().toBytes();
    }

    /** Decodes the part; {@code partName} names it in error messages when it has no file name. */
    public Frame decode(MultipartFile part, String partName) {
        String name = describe(part, partName);
        if (part.getSize() > maxBytes) {
            throw new ImageRejectedException(Kind.TOO_MANY_BYTES, String.format(Locale.ROOT,
                    "%s has %,d bytes; the limit is %,d bytes.", name, part.getSize(), maxBytes));
        }
        try {
            return decoder.decode(part.getBytes(), name);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the upload " + name, e);
        }
    }

    /** "image 'photo.jpg'" or just the part name. */
    public static String describe(MultipartFile part, String partName) {
        String file = part.getOriginalFilename();
        return file == null || file.isBlank() ? partName : partName + " '" + file + "'";
    }
}
