package app.attendance.face.eval;

import java.awt.AlphaComposite;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;

/**
 * One face at its frame size with its surroundings in a square tile of {@link #CONTEXT} × the
 * face box's longer side (the liveness crop is 2.7× the box, so it sees only the face's own
 * surroundings). A face whose photo holds that much around it is cut from its own photo
 * ({@link #direct}); a tight crop is blended over a real face of a group photo, whose scene then
 * surrounds it ({@link #hosted}).
 */
final class TileRenderer {

    static final double CONTEXT = 3.0;

    /** A rendered tile (ARGB) and where the face box landed in it. */
    record Tile(BufferedImage image, Box face, boolean hosted) {
    }

    private TileRenderer() {
    }

    static Tile direct(SourceFace f, double faceWidth, double degrees, float light) {
        double s = faceWidth / f.box().w();
        int side = (int) Math.ceil(CONTEXT * f.box().side() * s);
        BufferedImage tile = new BufferedImage(side, side, BufferedImage.TYPE_INT_ARGB);
        draw(tile, f.photo(), f.box(), s, degrees);
        lighten(tile, light);
        return new Tile(tile, f.box().placed(side / 2.0, side / 2.0, s), false);
    }

    /** {@code f} blended over {@code host}'s face (the host's face scaled to the same width). */
    static Tile hosted(SourceFace f, SourceFace host, double faceWidth, double degrees, float light) {
        double s = faceWidth / f.box().w();
        int side = (int) Math.ceil(CONTEXT * f.box().side() * s);
        BufferedImage tile = new BufferedImage(side, side, BufferedImage.TYPE_INT_ARGB);
        draw(tile, host.photo(), host.box(), faceWidth / host.box().w(), 0);
        BufferedImage layer = new BufferedImage(side, side, BufferedImage.TYPE_INT_ARGB);
        draw(layer, f.photo(), f.box(), s, degrees);
        Box b = f.box();
        double availX = Math.min(b.cx(), f.photo().getWidth() - b.cx()) * s;
        double availY = Math.min(b.cy(), f.photo().getHeight() - b.cy()) * s;
        feather(layer, b.w() * s / 2, b.h() * s / 2, availX, availY);
        Graphics2D g = tile.createGraphics();
        g.setComposite(AlphaComposite.SrcOver);
        g.drawImage(layer, 0, 0, null);
        g.dispose();
        lighten(tile, light);
        return new Tile(tile, f.box().placed(side / 2.0, side / 2.0, s), true);
    }

    /** Whether {@code host}'s photo covers the whole tile {@code f} would need around the host's face. */
    static boolean canHost(SourceFace host, SourceFace f) {
        double need = CONTEXT * f.box().side() / f.box().w() * host.box().w(); // tile side, host pixels
        return host.hasContext(need / host.box().side());
    }

    /** Draws {@code photo} so that the box centre lands on the tile centre, scaled by {@code s}, turned. */
    private static void draw(BufferedImage tile, BufferedImage photo, Box box, double s, double degrees) {
        BufferedImage src = photo;
        double scale = s;
        double k = 1;
        while (scale < 0.5 && src.getWidth() > 8) { // halve first: one bilinear step would alias
            src = half(src);
            scale *= 2;
            k /= 2;
        }
        Graphics2D g = tile.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        AffineTransform t = new AffineTransform();
        t.translate(tile.getWidth() / 2.0, tile.getHeight() / 2.0);
        t.rotate(Math.toRadians(degrees));
        t.scale(scale, scale);
        t.translate(-box.cx() * k, -box.cy() * k);
        g.drawImage(src, t, null);
        g.dispose();
    }

    private static BufferedImage half(BufferedImage img) {
        BufferedImage out = new BufferedImage(Math.max(1, img.getWidth() / 2), Math.max(1, img.getHeight() / 2),
                BufferedImage.TYPE_3BYTE_BGR);
        Graphics2D g = out.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.drawImage(img, 0, 0, out.getWidth(), out.getHeight(), null);
        g.dispose();
        return out;
    }

    /** Alpha 1 over the face, fading out on an ellipse before the photo's own edge. */
    private static void feather(BufferedImage layer, double a, double b, double availX, double availY) {
        double outX = Math.max(1, Math.min(2.0 * a, availX - 1));
        double outY = Math.max(1, Math.min(1.9 * b, availY - 1));
        double inX = Math.min(1.1 * a, 0.85 * outX);
        double inY = Math.min(1.1 * b, 0.85 * outY);
        int[] px = ((DataBufferInt) layer.getRaster().getDataBuffer()).getData();
        double cx = layer.getWidth() / 2.0;
        double cy = layer.getHeight() / 2.0;
        for (int y = 0; y < layer.getHeight(); y++) {
            for (int x = 0; x < layer.getWidth(); x++) {
                double dx = x + 0.5 - cx;
                double dy = y + 0.5 - cy;
                double outer = Math.sqrt(dx * dx / (outX * outX) + dy * dy / (outY * outY));
                double inner = Math.sqrt(dx * dx / (inX * inX) + dy * dy / (inY * inY));
                double w;
                if (inner <= 1) {
                    w = 1;
                } else if (outer >= 1) {
                    w = 0;
                } else { // between the ellipses: fraction of the way out, smoothed
                    double t = (inner - 1) / (inner - outer);
                    t = Math.clamp(t, 0, 1);
                    w = 1 - t * t * (3 - 2 * t);
                }
                int i = y * layer.getWidth() + x;
                int alpha = (int) Math.round((px[i] >>> 24) * w);
                px[i] = (alpha << 24) | (px[i] & 0xFFFFFF);
            }
        }
    }

    private static void lighten(BufferedImage tile, float light) {
        int[] px = ((DataBufferInt) tile.getRaster().getDataBuffer()).getData();
        for (int i = 0; i < px.length; i++) {
            int p = px[i];
            int r = Math.min(255, Math.round(((p >> 16) & 0xFF) * light));
            int gr = Math.min(255, Math.round(((p >> 8) & 0xFF) * light));
            int bl = Math.min(255, Math.round((p & 0xFF) * light));
            px[i] = (p & 0xFF000000) | (r << 16) | (gr << 8) | bl;
        }
    }
}
