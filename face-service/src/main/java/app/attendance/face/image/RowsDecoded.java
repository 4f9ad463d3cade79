package app.attendance.face.image;

/**
 * Told, on the decoding thread, how far an image has been decoded: {@code frame} is the frame
 * being filled, and its rows above {@code rows} hold their final pixels, those below are not
 * written yet and must not be read until the decoder has returned. Work on the finished rows may
 * start on other threads (the frame's pixels up to {@code rows} are visible to a thread the work is
 * handed to). Only plain JFIF colour JPEGs that need no turning are announced row by row
 * ({@code PlainJpeg}); any other image is announced by nothing. The announced frame holds the same pixel array as the frame
 * the decoder returns; should they differ, the decoder wrote its pixels elsewhere and what was
 * read from the announced frame is void.
 */
@FunctionalInterface
public interface RowsDecoded {

    void rows(Frame frame, int rows);
}
