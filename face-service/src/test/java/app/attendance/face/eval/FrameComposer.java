package app.attendance.face.eval;

import java.awt.AlphaComposite;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.awt.image.RescaleOp;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * 1280×720 classroom frames: faces of one size (±8 %), each in its own tile (see
 * {@link TileRenderer}) on a grid cell of the frame, turned by up to ±6°, each tile and the whole
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

    /** Grid cell side for faces of {@code faceWidth} whose box is at most {@code aspect} × as tall as wide. */
    static int cell(int faceWidth, double aspect) {
        return (int) Math.ceil(TileRenderer.CONTEXT * faceWidth * (1 + JITTER) * Math.max(1, aspect)) + 2;
    }

    static int capacity(int cell) {
        return (Scene.WIDTH / cell) * (Scene.HEIGHT / cell);
    }

    /** Places everyone ({@code people.size() ≤ capacity(cell)}) on random cells of the grid. */
    ComposedFrame compose(Random rnd, int faceWidth, int cell, List<Person> people) {
        BufferedImage frame = Scene.background(rnd);
        int cols = Scene.WIDTH / cell;
        int rows = Scene.HEIGHT / cell;
        List<Integer> cells = new ArrayList<>();
        for (int i = 0; i < cols * rows; i++) {
            cells.add(i);
        }
        Collections.shuffle(cells, rnd);
        int marginX = (Scene.WIDTH - cols * cell) / 2;
        int marginY = (Scene.HEIGHT - rows * cell) / 2;
        List<Truth> truths = new ArrayList<>();
        Graphics2D g = frame.createGraphics();
        g.setComposite(AlphaComposite.SrcOver);
        for (int i = 0; i < people.size(); i++) {
            Person p = people.get(i);
            double width = faceWidth * (1 - JITTER + 2 * JITTER * rnd.nextDouble());
            double degrees = -6 + 12 * rnd.nextDouble();
            float light = 0.85f + 0.3f * rnd.nextFloat();
            TileRenderer.Tile tile = tile(rnd, p.face(), width, degrees, light);
            int c = cells.get(i);
            int slack = Math.max(0, cell - tile.image().getWidth());
            int x = marginX + (c % cols) * cell + (slack == 0 ? 0 : rnd.nextInt(slack + 1));
            int y = marginY + (c / cols) * cell + (slack == 0 ? 0 : rnd.nextInt(slack + 1));
            g.drawImage(tile.image(), x, y, null);
            Box f = tile.face();
            truths.add(new Truth(new Box(f.x() + x, f.y() + y, f.w(), f.h()), p.subjectId(), p.face().label(), tile.hosted()));
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
