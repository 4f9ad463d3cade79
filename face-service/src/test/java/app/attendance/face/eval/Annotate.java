package app.attendance.face.eval;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Locale;

/** A copy of a composed frame with its boxes drawn, for a human to inspect (SAVE=dir). */
final class Annotate {

    private Annotate() {
    }

    /** True boxes green (student) or yellow (stranger); detections red with their best candidate. */
    static BufferedImage boxes(FrameComposer.ComposedFrame frame, List<FaceApi.Seen> seen, int[] pair) {
        BufferedImage img = Photos.rgb(frame.image());
        BufferedImage copy = new BufferedImage(img.getWidth(), img.getHeight(), BufferedImage.TYPE_3BYTE_BGR);
        Graphics2D g = copy.createGraphics();
        g.drawImage(img, 0, 0, null);
        g.setStroke(new BasicStroke(1));
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 10));
        for (int i = 0; i < frame.truths().size(); i++) {
            FrameComposer.Truth t = frame.truths().get(i);
            g.setColor(t.subjectId() != null ? Color.GREEN : Color.YELLOW);
            rect(g, t.box(), 2);
            g.drawString(t.subjectId() != null ? t.subjectId() : "stranger", (int) t.box().x(), (int) (t.box().y() + t
                    .box().h() + 12));
        }
        g.setColor(Color.RED);
        for (FaceApi.Seen s : seen) {
            rect(g, s.box(), 0);
            String live = s.live() == null ? "" : s.live() ? " live" : " spoof";
            g.drawString(String.format(Locale.ROOT, "%s %.2f%s", s.top(), s.topSim(), live), (int) s.box().x(), (int) s
                    .box().y() - 3);
        }
        g.dispose();
        return copy;
    }

    private static void rect(Graphics2D g, Box b, int grow) {
        g.drawRect((int) b.x() - grow, (int) b.y() - grow, (int) b.w() + 2 * grow, (int) b.h() + 2 * grow);
    }
}
