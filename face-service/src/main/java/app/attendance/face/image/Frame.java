package app.attendance.face.image;

/**
 * A decoded, upright image: interleaved 8-bit RGB, row by row, {@code width × height × 3} bytes.
 * The array is never modified after construction.
 */
public record Frame(int width, int height, byte[] rgb) {

    public Frame {
        if (width <= 0 || height <= 0 || rgb.length != width * height * 3) {
            throw new IllegalArgumentException("rgb must hold width × height × 3 bytes");
        }
    }
}
