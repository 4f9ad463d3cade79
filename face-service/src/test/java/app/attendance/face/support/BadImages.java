package app.attendance.face.support;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.zip.CRC32;

/** Hand-made bad uploads: corrupt, truncated, decompression bombs, a JPEG with an EXIF orientation. */
public final class BadImages {

    private BadImages() {
    }

    /** A JPEG start followed by noise. */
    public static byte[] corruptJpeg() {
        byte[] b = new byte[4000];
        new java.util.Random(7).nextBytes(b);
        b[0] = (byte) 0xFF;
        b[1] = (byte) 0xD8;
        b[2] = (byte) 0xFF;
        b[3] = (byte) 0xE0;
        return b;
    }

    /** The first {@code fraction} of a file. */
    public static byte[] truncated(byte[] file, double fraction) {
        return Arrays.copyOf(file, (int) (file.length * fraction));
    }

    /** A 300-byte PNG whose header declares 50 000 × 50 000 pixels (7.5 GB decoded). */
    public static byte[] pngBomb() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A});
        ByteBuffer ihdr = ByteBuffer.allocate(13).putInt(50_000).putInt(50_000).put((byte) 8).put((byte) 2)
                .put((byte) 0).put((byte) 0).put((byte) 0);
        chunk(out, "IHDR", ihdr.array());
        chunk(out, "IDAT", new byte[256]);
        chunk(out, "IEND", new byte[0]);
        return out.toByteArray();
    }

    /** A small JPEG whose frame header (SOF0) is patched to declare 50 000 × 50 000 pixels. */
    public static byte[] jpegBomb(byte[] jpeg) {
        byte[] b = jpeg.clone();
        for (int i = 2; i + 9 < b.length;) {
            int marker = b[i + 1] & 0xFF;
            int length = ((b[i + 2] & 0xFF) << 8) | (b[i + 3] & 0xFF);
            if (marker == 0xC0 || marker == 0xC2) {
                b[i + 5] = (byte) (50_000 >> 8);
                b[i + 6] = (byte) 50_000;
                b[i + 7] = (byte) (50_000 >> 8);
                b[i + 8] = (byte) 50_000;
                return b;
            }
            i += 2 + length;
        }
        throw new IllegalArgumentException("no SOF marker");
    }

    /** The JPEG with an APP1 EXIF segment inserted after SOI carrying the orientation tag. */
    public static byte[] withOrientation(byte[] jpeg, int orientation) {
        ByteBuffer tiff = ByteBuffer.allocate(26);
        tiff.put((byte) 'M').put((byte) 'M').putShort((short) 42).putInt(8); // header, IFD0 at 8
        tiff.putShort((short) 1); // one entry
        tiff.putShort((short) 0x0112).putShort((short) 3).putInt(1).putShort((short) orientation).putShort((short) 0);
        tiff.putInt(0); // no next IFD
        byte[] exif = ByteBuffer.allocate(6 + 26).put("Exif\0\0".getBytes()).put(tiff.array()).array();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(0xFF);
        out.write(0xD8);
        out.write(0xFF);
        out.write(0xE1);
        out.write((exif.length + 2) >> 8);
        out.write((exif.length + 2) & 0xFF);
        out.writeBytes(exif);
        out.write(jpeg, 2, jpeg.length - 2);
        return out.toByteArray();
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
        out.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
        byte[] t = type.getBytes();
        out.writeBytes(t);
        out.writeBytes(data);
        CRC32 crc = new CRC32();
        crc.update(t);
        crc.update(data);
        out.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }
}
