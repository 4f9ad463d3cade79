package app.attendance.face.support;

import app.attendance.face.alignment.Point;
import app.attendance.face.image.Frame;
import app.attendance.face.pipeline.AnalysedFace;
import app.attendance.face.pipeline.FacePipeline;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;

/** Prints what the pipeline finds on each demo photo and writes annotated PNGs to look at. */
public final class Probe {

    public static void main(String[] args) throws Exception {
        FacePipeline p = TestModels.pipeline();
        Path out = Path.of(args.length > 0 ? args[0] : "target/probe");
        java.nio.file.Files.createDirectories(out);
        for (int n = 1; n <= 6; n++) {
            Frame f = TestModels.sample(n);
            List<AnalysedFace> faces = p.analyse(f);
            System.out.printf("sample%d %dx%d faces=%d%n", n, f.width(), f.height(), faces.size());
            BufferedImage img = Images.toImage(f);
            Graphics2D g = img.createGraphics();
            g.setStroke(new BasicStroke(4));
            int i = 0;
            for (AnalysedFace a : faces) {
                System.out.printf("  #%d box=(%.0f,%.0f,%.0f,%.0f) score=%.3f live=%.3f q=%s%n", i,
                        a.detection().x1(), a.detection().y1(), a.detection().width(), a.detection().height(),
                        a.detection().score(), a.liveness(), a.quality());
                g.setColor(a.live() ? Color.GREEN : Color.RED);
                g.drawRect((int) a.detection().x1(), (int) a.detection().y1(), (int) a.detection().width(),
                        (int) a.detection().height());
                g.setColor(Color.YELLOW);
                for (Point pt : a.landmarks()) {
                    g.fillOval((int) pt.x() - 4, (int) pt.y() - 4, 8, 8);
                }
                g.drawString("#" + i++, (int) a.detection().x1(), (int) a.detection().y1() - 5);
            }
            g.dispose();
            BufferedImage small = new BufferedImage(960, img.getHeight() * 960 / img.getWidth(),
                    BufferedImage.TYPE_3BYTE_BGR);
            small.createGraphics().drawImage(img, 0, 0, small.getWidth(), small.getHeight(), null);
            ImageIO.write(small, "png", out.resolve("sample" + n + ".png").toFile());
        }
    }
}
