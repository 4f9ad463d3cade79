package app.attendance.face.image;

/** The formats accepted, recognised by their magic bytes (never by file name or content type). */
enum ImageFormat {
    JPEG, PNG, WEBP;

    /** The format the bytes start with, or null when none of the accepted ones. */
    static ImageFormat sniff(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xD8 && (b[2] & 0xFF) == 0xFF) {
            return JPEG;
        }
        if (b.length >= 8 && (b[0] & 0xFF) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G'
                && b[4] == 0x0D && b[5] == 0x0A && b[6] == 0x1A && b[7] == 0x0A) {
            return PNG;
        }
        if (b.length >= 12 && b[0] == 'R' && b[1] == 'I' && b[2] == 'F' && b[3] == 'F'
                && b[8] == 'W' && b[9] == 'E' && b[10] == 'B' && b[11] == 'P') {
            return WEBP;
        }
        return null;
    }

    /** Name as ImageIO knows the format. */
    String imageIoName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
