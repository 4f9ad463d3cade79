package app.attendance.face.eval;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.Random;

/** A plain classroom background without faces: wall, board, desk rows, floor, sensor noise. */
final class Scene {

    static final int WIDTH = 1280;
    static final int HEIGHT = 720;

    private Scene() {
    }

    static BufferedImage background(Random rnd) {
        BufferedImage img = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_3BYTE_BGR);
        Graphics2D g = img.createGraphics();
        int tone = 150 + rnd.nextInt(50);
        g.setPaint(new GradientPaint(0, 0, new Color(tone, tone - 10, tone - 30), 0, HEIGHT * 0.55f,
                new Color(tone - 40, tone - 45, tone - 55)));
        g.fillRect(0, 0, WIDTH, HEIGHT);
        int bx = 200 + rnd.nextInt(200);
        g.setColor(new Color(225, 228, 226));
        g.fillRect(bx, 30, 700, 170);
        g.setColor(new Color(90, 90, 95));
        g.drawRect(bx, 30, 700, 170);
        g.setColor(new Color(95, 85, 75));
        g.fillRect(0, (int) (HEIGHT * 0.62), WIDTH, HEIGHT);
        for (int row = 0; row < 4; row++) {
            int y = 280 + row * 120 + rnd.nextInt(20);
            g.setColor(new Color(140 + rnd.nextInt(30), 100 + rnd.nextInt(20), 60 + rnd.nextInt(20)));
            g.fillRect(0, y, WIDTH, 26 + row * 6);
        }
        g.dispose();
        byte[] px = ((java.awt.image.DataBufferByte) img.getRaster().getDataBuffer()).getData();
        for (int i = 0; i < px.length; i++) {
            px[i] = (byte) Math.clamp((px[i] & 0xFF) + rnd.nextInt(9) - 4, 0, 255);
        }
        return img;
    }
}
