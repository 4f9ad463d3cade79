package app.attendance.face.eval;

import java.awt.AlphaComposite;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.awt.image.RescaleOp;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * 1280×720 classroom frames: faces of one size (±8 %), each in its own tile (see
 * {@link TileRenderer}) packed into the frame without overlap ({@link Shelves}), turned by up to ±6°, each tile and the whole
 * frame a little lighter or darker. Every choice comes from the caller's seeded {@link Random}.
 */
final class FrameComposer {

    /** Up to 8 % larger than the nominal size. */
    static final double JITTER = 0.08;

    /** Someone in a frame: {@code subjectId} is null for a stranger. */
    record Person(SourceFace face, String subjectId) {
    }

    /** Where a face was pasted, whose it is, and whether it sits in a group photo's scene. */
    record Truth(Box box, String subjectId, String label, boolean hosted) {
    }

    /** A frame and its ground truth. */
    record ComposedFrame(BufferedImage image, List<Truth> truths) {
    }

    private final List<SourceFace> hosts;

    FrameComposer(List<SourceFace> hosts) {
        this.hosts = hosts;
    }

    /** Typical tile side for faces {@code faceWidth} wide whose box is {@code aspect} × as tall as wide. */
    static int tileSide(int faceWidth, double aspect) {
        return (int) Math.ceil(TileRenderer.CONTEXT * faceWidth * Math.max(1, aspect));
    }

    /** How many such tiles a frame holds side by side. */
    static int capacity(int side) {
        return (Scene.WIDTH / side) * (Scene.HEIGHT / side);
    }

    /**
     * Packs the people in order (students first: whoever does not fit is left out, so strangers
     * are dropped first) at random spots of the frame, tiles never overlapping.
     */
    ComposedFrame compose(Random rnd, int faceWidth, List<Person> people) {
        BufferedImage frame = Scene.background(rnd);
        List<TileRenderer.Tile> tiles = new ArrayList<>();
        for (Person p : people) {
            double width = faceWidth * (1 - JITTER + 2 * JITTER * rnd.nextDouble());
            double degrees = -6 + 12 * rnd.nextDouble();
            float light = 0.85f + 0.3f * rnd.nextFloat();
            tiles.add(tile(rnd, p.face(), width, degrees, light));
        }
        // Students first, each group largest first, so that a student is never the one left out.
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < tiles.size(); i++) {
            order.add(i);
        }
        order.sort(java.util.Comparator.comparing((Integer i) -> people.get(i).subjectId() == null)
                .thenComparing(i -> -tiles.get(i).image().getWidth()));
        List<Shelves.Spot> packed = Shelves.pack(order.stream().map(i -> tiles.get(i).image().getWidth()).toList(),
                Scene.WIDTH, Scene.HEIGHT, rnd);
        Shelves.Spot[] spots = new Shelves.Spot[tiles.size()];
        for (int k = 0; k < order.size(); k++) {
            spots[order.get(k)] = packed.get(k);
        }
        List<Truth> truths = new ArrayList<>();
        Graphics2D g = frame.createGraphics();
        g.setComposite(AlphaComposite.SrcOver);
        for (int i = 0; i < tiles.size(); i++) {
            Shelves.Spot at = spots[i];
            if (at == null) {
                continue;
            }
            TileRenderer.Tile tile = tiles.get(i);
            g.drawImage(tile.image(), at.x(), at.y(), null);
            Box f = tile.face();
            Person p = people.get(i);
            truths.add(new Truth(new Box(f.x() + at.x(), f.y() + at.y(), f.w(), f.h()), p.subjectId(), p.face().label(),
                    tile.hosted()));
        }
        g.dispose();
        float light = 0.9f + 0.2f * rnd.nextFloat();
        frame = new RescaleOp(light, 0, null).filter(frame, null);
        return new ComposedFrame(frame, truths);
    }

    private TileRenderer.Tile tile(Random rnd, SourceFace face, double width, double degrees, float light) {
        if (face.hasContext(TileRenderer.CONTEXT * 1.1)) { // 1.1: a tile turned by 6° still lies inside the photo
            return TileRenderer.direct(face, width, degrees, light);
        }
        List<SourceFace> fit = hosts.stream()
                .filter(h -> !h.file().equals(face.file()) && TileRenderer.canHost(h, face)).toList();
        if (fit.isEmpty()) {
            return TileRenderer.direct(face, width, degrees, light);
        }
        List<SourceFace> sharp = fit.stream().filter(h -> h.box().w() >= width / 2).toList(); // scene upscaled ≤ 2×
        fit = sharp.isEmpty() ? fit : sharp;
        return TileRenderer.hosted(face, fit.get(rnd.nextInt(fit.size())), width, degrees, light);
    }
}
