package app.attendance.face.detection;

import java.util.ArrayList;
import java.util.List;

/**
 * One region of a frame the detector looks at, in frame pixels, always 4:3 like the detector's
 * 320×240 input (so a frame is never squeezed; the part of a tile outside the frame is grey).
 * {@code open*} says which sides lie inside the frame, where a face can be cut by the tile's edge.
 *
 * @param x left, in frame pixels
 * @param y top, in frame pixels
 * @param width width; the height is {@code width × 3 / 4}
 */
public record Tile(float x, float y, float width, boolean openLeft, boolean openTop, boolean openRight,
        boolean openBottom) {

    /** Detector input width and height. */
    static final int INPUT_WIDTH = 320;
    static final int INPUT_HEIGHT = 240;

    public float height() {
        return width * INPUT_HEIGHT / INPUT_WIDTH;
    }

    /** Frame pixels per detector input pixel. */
    public float scale() {
        return width / INPUT_WIDTH;
    }

    /**
     * The tiles of a frame: the whole frame in one tile (its larger side fitted, centred);
     * when that tile shrinks the frame by more than {@code maxScale}, also tiles of half its size,
     * overlapping by half (a 1280×720 frame: 6 tiles of 640×480, shrunk by 2, where a 24 px face
     * is 12 px for the detector). Below that (a kiosk's 640×480, a portrait) one look is enough,
     * and zooming further into hair and clothes only finds false faces.
     *
     * @param maxScale largest frame-to-input scale at which the frame is looked at only whole
     */
    public static List<Tile> of(int frameWidth, int frameHeight, float maxScale) {
        float whole = Math.max(frameWidth, frameHeight * (float) INPUT_WIDTH / INPUT_HEIGHT);
        List<Tile> tiles = new ArrayList<>();
        float wholeHeight = whole * INPUT_HEIGHT / INPUT_WIDTH;
        tiles.add(new Tile((frameWidth - whole) / 2, (frameHeight - wholeHeight) / 2, whole, false, false, false,
                false));
        if (whole / INPUT_WIDTH <= maxScale) {
            return tiles;
        }
        float width = whole / 2;
        float height = width * INPUT_HEIGHT / INPUT_WIDTH;
        float[] xs = positions(frameWidth, width);
        float[] ys = positions(frameHeight, height);
        for (float y : ys) {
            for (float x : xs) {
                tiles.add(new Tile(x, y, width, x > 0.5f, y > 0.5f, x + width < frameWidth - 0.5f,
                        y + height < frameHeight - 0.5f));
            }
        }
        return tiles;
    }

    /** Starts of tiles of {@code size} along {@code extent}, overlapping by at least half a tile. */
    private static float[] positions(int extent, float size) {
        if (size >= extent) {
            return new float[] {0};
        }
        int n = (int) Math.ceil((extent - size) / (size / 2)) + 1;
        float[] starts = new float[n];
        float step = (extent - size) / (n - 1);
        for (int i = 0; i < n; i++) {
            starts[i] = i * step;
        }
        return starts;
    }
}
