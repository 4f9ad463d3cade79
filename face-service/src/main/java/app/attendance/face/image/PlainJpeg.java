package app.attendance.face.image;

/**
 * Whether a JPEG is a plain JFIF colour image decoded top to bottom in one pass, as webcams and
 * browsers write them: a JFIF marker, a baseline or extended sequential frame (SOF0, SOF1) of
 * three components whose first scan holds all three, and neither an ICC profile nor an Adobe
 * marker. Such an image goes through the JDK's decoder straight into the destination, each row
 * final when it is handed over; a progressive JPEG, one whose components come in separate scans,
 * or one whose colours are converted after decoding (an ICC profile, CMYK) is finished only at the
 * end. Read from the markers without decoding; anything malformed counts as not plain.
 */
final class PlainJpeg {

    private PlainJpeg() {
    }

    static boolean test(byte[] jpeg) {
        boolean jfif = false;
        int components = -1;
        int pos = 2;
        try {
            while (pos + 4 <= jpeg.length && (jpeg[pos] & 0xFF) == 0xFF) {
                int marker = jpeg[pos + 1] & 0xFF;
                if (marker == 0xFF) {
                    pos++; // fill byte
                    continue;
                }
                int length = ((jpeg[pos + 2] & 0xFF) << 8) | (jpeg[pos + 3] & 0xFF);
                if (marker == 0xE0 && starts(jpeg, pos + 4, "JFIF")) {
                    jfif = true;
                } else if (marker == 0xE2 && starts(jpeg, pos + 4, "ICC_PROFILE") || marker == 0xEE) {
                    return false; // colours converted after decoding
                } else if (marker == 0xC0 || marker == 0xC1) {
                    components = jpeg[pos + 9] & 0xFF;
                } else if (marker >= 0xC2 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC) {
                    return false; // progressive, lossless or arithmetic-coded
                } else if (marker == 0xDA) {
                    return jfif && components == 3 && (jpeg[pos + 4] & 0xFF) == components;
                } else if (marker == 0xD9 || marker >= 0xD0 && marker <= 0xD8 || length < 2) {
                    return false;
                }
                pos += 2 + length;
            }
        } catch (IndexOutOfBoundsException malformed) {
            return false;
        }
        return false;
    }

    private static boolean starts(byte[] b, int at, String text) {
        for (int i = 0; i < text.length(); i++) {
            if (b[at + i] != text.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}
