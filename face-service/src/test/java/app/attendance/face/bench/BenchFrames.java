package app.attendance.face.bench;

import app.attendance.face.image.Frame;
import app.attendance.face.support.Augment;
import app.attendance.face.support.ClassroomFrames;
import app.attendance.face.support.DemoFaces;
import app.attendance.face.support.Images;
import app.attendance.face.support.TestModels;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;

/**
 * Webcam-like frames built from the demo faces: 640×480 with one face and with ten in a grid, and a
 * 1280×720 classroom.
 */
final class BenchFrames {

    private BenchFrames() {
    }

    static Frame oneFace(List<DemoFaces.DemoFace> demo) {
        BufferedImage canvas = canvas();
        draw(canvas, DemoFaces.portrait(demo, demo.get(0)), 170, 90, 300);
        return Images.toFrame(canvas);
    }

    static Frame tenFaces(List<DemoFaces.DemoFace> demo) {
        BufferedImage canvas = canvas();
        for (int i = 0; i < 10; i++) {
            int col = i % 4;
            int row = i / 4;
            int x = col * 160 + (row == 2 ? 160 : 0);
            draw(canvas, DemoFaces.portrait(demo, demo.get(i * 2 % demo.size())), x, row * 160, 160);
        }
        return Images.toFrame(canvas);
    }

    /**
     * A 1280×720 classroom of {@code faces} faces about {@code width} px wide (the demo faces, repeated
     * when there are fewer), each in its own surroundings ({@link ClassroomFrames}).
     */
    static Frame classroom(List<DemoFaces.DemoFace> demo, int faces, int width) {
        List<ClassroomFrames.Source> seats = new ArrayList<>();
        for (int i = 0; i < faces; i++) {
            DemoFaces.DemoFace d = demo.get(i % demo.size());
            seats.add(new ClassroomFrames.Source(d.subjectId(), TestModels.sample(d.photo()), d.box()));
        }
        return ClassroomFrames.compose(seats, width, 7).frame();
    }

    static byte[] jpeg(Frame f) {
        return Augment.encodeJpeg(f, 90);
    }

    private static BufferedImage canvas() {
        BufferedImage canvas = new BufferedImage(640, 480, BufferedImage.TYPE_3BYTE_BGR);
        Graphics2D g = canvas.createGraphics();
        g.setColor(new java.awt.Color(70, 80, 90));
        g.fillRect(0, 0, 640, 480);
        g.dispose();
        return canvas;
    }

    private static void draw(BufferedImage canvas, Frame portrait, int x, int y, int side) {
        Graphics2D g = canvas.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.drawImage(Images.toImage(portrait), x, y, side, side, null);
        g.dispose();
    }
}
