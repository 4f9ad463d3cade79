package app.attendance.face.onnx;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The little of the protocol-buffers wire format that {@link PreluRewrite} needs to read and
 * write an ONNX model: a message is split into its fields, each kept as its exact bytes so that
 * what is not rewritten is written back unchanged; new fields are encoded from scratch.
 */
final class Wire {

    static final int VARINT = 0;
    static final int FIXED64 = 1;
    static final int LEN = 2;
    static final int FIXED32 = 5;

    private Wire() {
    }

    /**
     * One field of a message: its number, wire type, the payload (for LEN fields the bytes
     * inside, for the others the value bytes) and the whole encoded field.
     */
    record Field(int number, int type, byte[] raw, int payloadStart, int payloadEnd, long varint) {

        byte[] payload() {
            return java.util.Arrays.copyOfRange(raw, payloadStart, payloadEnd);
        }

        String string() {
            return new String(raw, payloadStart, payloadEnd - payloadStart, StandardCharsets.UTF_8);
        }
    }

    /** A field with the position of its whole encoding in the message. */
    record Located(Field field, int start, int end) {
    }

    /** Splits a message into its fields; throws IllegalArgumentException when it is not well formed. */
    static List<Located> fields(byte[] message) {
        List<Located> fields = new ArrayList<>();
        int[] pos = {0};
        while (pos[0] < message.length) {
            int start = pos[0];
            long tag = varint(message, pos);
            int number = (int) (tag >>> 3);
            int type = (int) (tag & 7);
            if (number <= 0) {
                throw new IllegalArgumentException("bad field number at " + start);
            }
            Field field = switch (type) {
                case VARINT -> {
                    int from = pos[0];
                    long value = varint(message, pos);
                    yield new Field(number, type, message, from, pos[0], value);
                }
                case FIXED64 -> skip(message, pos, number, type, 8);
                case FIXED32 -> skip(message, pos, number, type, 4);
                case LEN -> {
                    long length = varint(message, pos);
                    if (length < 0 || length > message.length - pos[0]) {
                        throw new IllegalArgumentException("field " + number + " runs past the end");
                    }
                    yield skip(message, pos, number, type, (int) length);
                }
                default -> throw new IllegalArgumentException("unsupported wire type " + type + " at " + start);
            };
            fields.add(new Located(field, start, pos[0]));
        }
        return fields;
    }

    private static Field skip(byte[] message, int[] pos, int number, int type, int length) {
        if (length > message.length - pos[0]) {
            throw new IllegalArgumentException("field " + number + " runs past the end");
        }
        int from = pos[0];
        pos[0] += length;
        return new Field(number, type, message, from, pos[0], 0);
    }

    private static long varint(byte[] b, int[] pos) {
        long value = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            if (pos[0] >= b.length) {
                throw new IllegalArgumentException("truncated varint");
            }
            int x = b[pos[0]++] & 0xFF;
            value |= (long) (x & 0x7F) << shift;
            if ((x & 0x80) == 0) {
                return value;
            }
        }
        throw new IllegalArgumentException("varint too long");
    }

    /** The first string field {@code number} of a message, or "" when it has none. */
    static String firstString(byte[] message, int number) {
        for (Located f : fields(message)) {
            if (f.field().number() == number && f.field().type() == LEN) {
                return f.field().string();
            }
        }
        return "";
    }

    /** Writes fields of a new message. */
    static final class Writer {

        private final ByteArrayOutputStream out = new ByteArrayOutputStream();

        Writer raw(byte[] bytes, int start, int end) {
            out.write(bytes, start, end - start);
            return this;
        }

        Writer bytes(int number, byte[] payload) {
            tag(number, LEN);
            writeVarint(payload.length);
            out.writeBytes(payload);
            return this;
        }

        Writer string(int number, String value) {
            return bytes(number, value.getBytes(StandardCharsets.UTF_8));
        }

        Writer varint(int number, long value) {
            tag(number, VARINT);
            writeVarint(value);
            return this;
        }

        Writer fixed32(int number, float value) {
            tag(number, FIXED32);
            int bits = Float.floatToRawIntBits(value);
            for (int i = 0; i < 4; i++) {
                out.write(bits >>> (8 * i));
            }
            return this;
        }

        byte[] toBytes() {
            return out.toByteArray();
        }

        private void tag(int number, int type) {
            writeVarint(((long) number << 3) | type);
        }

        private void writeVarint(long value) {
            while ((value & ~0x7FL) != 0) {
                out.write((int) ((value & 0x7F) | 0x80));
                value >>>= 7;
            }
            out.write((int) value);
        }
    }
}
