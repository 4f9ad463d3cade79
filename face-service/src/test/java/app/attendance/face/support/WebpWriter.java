package app.attendance.face.support;

import app.attendance.face.image.Frame;
import java.io.ByteArrayOutputStream;

/**
 * A minimal lossless WebP (VP8L) encoder for tests: no transforms, no colour cache, fixed
 * 8-bit prefix codes for every channel. Large files, but real WebP that any decoder reads; the
 * JDK has no WebP writer and the project commits no image files.
 */
public final class WebpWriter {

    private static final int[] CODE_LENGTH_ORDER = {17, 18, 0, 1, 2, 3, 4, 5, 16, 6, 7, 8};

    private WebpWriter() {
    }

    public static byte[] encode(Frame f) {
        Bits bits = new Bits();
        bits.write(0x2f, 8);
        bits.write(f.width() - 1, 14);
        bits.write(f.height() - 1, 14);
        bits.write(0, 1); // no alpha
        bits.write(0, 3); // version
        bits.write(0, 1); // no transform
        bits.write(0, 1); // no colour cache
        bits.write(0, 1); // no meta prefix codes
        fixedCode(bits, 280, 256); // green + length prefixes (lengths unused)
        fixedCode(bits, 256, 256); // red
        fixedCode(bits, 256, 256); // blue
        fixedCode(bits, 256, 256); // alpha
        bits.write(1, 1); // distance: simple code, one symbol (0), zero bits per use
        bits.write(0, 1);
        bits.write(0, 1);
        bits.write(0, 1);
        byte[] rgb = f.rgb();
        for (int i = 0; i < rgb.length; i += 3) {
            symbol(bits, rgb[i + 1] & 0xFF);
            symbol(bits, rgb[i] & 0xFF);
            symbol(bits, rgb[i + 2] & 0xFF);
            symbol(bits, 255);
        }
        byte[] data = bits.bytes();
        int padded = data.length + (data.length & 1);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes("RIFF".getBytes());
        le32(out, 4 + 8 + padded);
        out.writeBytes("WEBPVP8L".getBytes());
        le32(out, data.length);
        out.writeBytes(data);
        if ((data.length & 1) == 1) {
            out.write(0);
        }
        return out.toByteArray();
    }

    /** A normal prefix code: the first {@code used} symbols 8 bits long, the rest absent. */
    private static void fixedCode(Bits bits, int alphabet, int used) {
        bits.write(0, 1); // normal code
        bits.write(CODE_LENGTH_ORDER.length - 4, 4);
        for (int symbol : CODE_LENGTH_ORDER) {
            bits.write(symbol == 0 || symbol == 8 ? 1 : 0, 3); // code-length code: "0" and "8", one bit each
        }
        bits.write(0, 1); // max_symbol = alphabet size
        for (int s = 0; s < alphabet; s++) {
            bits.write(s < used ? 1 : 0, 1);
        }
    }

    /** Canonical code of symbol s with 256 codes of length 8 is s itself, sent most significant bit first. */
    private static void symbol(Bits bits, int s) {
        for (int b = 7; b >= 0; b--) {
            bits.write((s >> b) & 1, 1);
        }
    }

    private static void le32(ByteArrayOutputStream out, int v) {
        out.write(v);
        out.write(v >> 8);
        out.write(v >> 16);
        out.write(v >> 24);
    }

    /** Least-significant-bit-first bit writer. */
    private static final class Bits {
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();
        private long acc;
        private int n;

        void write(int value, int count) {
            acc |= ((long) value & ((1L << count) - 1)) << n;
            n += count;
            while (n >= 8) {
                out.write((int) (acc & 0xFF));
                acc >>>= 8;
                n -= 8;
            }
        }

        byte[] bytes() {
            if (n > 0) {
                out.write((int) (acc & 0xFF));
                acc = 0;
                n = 0;
            }
            return out.toByteArray();
        }
    }
}
