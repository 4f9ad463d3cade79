package app.attendance.face.image;

/** An uploaded image that cannot be used, with why; the web layer turns the kind into a status. */
public class ImageRejectedException extends RuntimeException {

    /** Why an image was refused. */
    public enum Kind {
        /** No bytes at all. */
        EMPTY,
        /** Claims to be a supported format but cannot be decoded (corrupt or truncated). */
        CORRUPT,
        /** Not JPEG, PNG or WebP. */
        UNSUPPORTED,
        /** More bytes than face.limits.max-image-bytes. */
        TOO_MANY_BYTES,
        /** Its header declares more pixels than face.limits.max-pixels. */
        TOO_MANY_PIXELS
    }

    private final Kind kind;

    public ImageRejectedException(Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
