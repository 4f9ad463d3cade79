package app.attendance.face.eval;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Packs square tiles of different sizes into the frame without overlap: shelf by shelf, in the
 * given order (a tile that fits nowhere is left out; the caller puts the largest first), then spreads the spare room at random
 * between the tiles and the shelves so that the layout differs from frame to frame.
 */
final class Shelves {

    /** Top-left corner of a placed tile, or null when it did not fit. */
    record Spot(int x, int y) {
    }

    private Shelves() {
    }

    /**
     * Rows about as full as each other (roughly the frame's aspect in rows and columns, as desks
     * in a room), falling back to full-width rows when that leaves someone out.
     */
    static List<Spot> pack(List<Integer> sides, int width, int height, Random rnd) {
        int total = sides.stream().mapToInt(Integer::intValue).sum();
        int widest = sides.stream().mapToInt(Integer::intValue).max().orElse(1);
        int rows = Math.max(1, (int) Math.round(Math.sqrt(sides.size() * (double) height / width)));
        int limit = Math.min(width, Math.max(widest, (int) (total / (double) rows * 1.15)));
        long seed = rnd.nextLong();
        List<Spot> even = pack(sides, limit, width, height, new Random(seed));
        return even.contains(null) ? pack(sides, width, width, height, new Random(seed)) : even;
    }

    private static List<Spot> pack(List<Integer> sides, int limit, int width, int height, Random rnd) {
        record Shelf(int height, List<Integer> tiles) {
        }
        List<Shelf> shelves = new ArrayList<>();
        int[] used = new int[sides.size() + 1];
        int usedHeight = 0;
        for (int i = 0; i < sides.size(); i++) {
            int s = sides.get(i);
            boolean placed = false;
            for (int k = 0; k < shelves.size() && !placed; k++) {
                if (s <= shelves.get(k).height() && used[k] + s <= limit) {
                    shelves.get(k).tiles().add(i);
                    used[k] += s;
                    placed = true;
                }
            }
            if (!placed && usedHeight + s <= height && s <= limit) {
                shelves.add(new Shelf(s, new ArrayList<>(List.of(i))));
                used[shelves.size() - 1] = s;
                usedHeight += s;
            }
        }
        List<Integer> shelfIndex = new ArrayList<>();
        for (int k = 0; k < shelves.size(); k++) {
            shelfIndex.add(k);
        }
        Collections.shuffle(shelfIndex, rnd); // the first-packed (students) need not be in front
        Spot[] spots = new Spot[sides.size()];
        int[] gapsY = spread(height - usedHeight, shelves.size() + 1, rnd);
        int y = gapsY[0];
        for (int r = 0; r < shelves.size(); r++) {
            int k = shelfIndex.get(r);
            Shelf shelf = shelves.get(k);
            Collections.shuffle(shelf.tiles(), rnd);
            int[] gapsX = spread(width - used[k], shelf.tiles().size() + 1, rnd);
            int x = gapsX[0];
            for (int j = 0; j < shelf.tiles().size(); j++) {
                int i = shelf.tiles().get(j);
                int s = sides.get(i);
                spots[i] = new Spot(x, y + rnd.nextInt(shelf.height() - s + 1));
                x += s + gapsX[j + 1];
            }
            y += shelf.height() + gapsY[r + 1];
        }
        return java.util.Arrays.asList(spots);
    }

    /** {@code room} pixels split at random into {@code parts} non-negative gaps. */
    private static int[] spread(int room, int parts, Random rnd) {
        double[] w = new double[parts];
        double sum = 0;
        for (int i = 0; i < parts; i++) {
            w[i] = rnd.nextDouble();
            sum += w[i];
        }
        int[] gaps = new int[parts];
        int given = 0;
        for (int i = 0; i < parts; i++) {
            gaps[i] = (int) Math.floor(room * w[i] / sum);
            given += gaps[i];
        }
        gaps[0] += room - given;
        return gaps;
    }
}
