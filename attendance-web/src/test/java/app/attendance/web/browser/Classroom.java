package app.attendance.web.browser;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.StringJoiner;
import javax.imageio.ImageIO;

/**
 * A class of 30 faces of 30–100 px in a 1280×720 frame, seated in five rows (small at the back,
 * large at the front), as the API would answer it with the review fields of the new frame contract:
 * three matches waiting for the teacher (77 and 79 possible photos, 78 low similarity), small
 * faces marked without a liveness check, and the rest of the outcomes. A decided review leaves
 * the answer (confirmed → ALREADY_MARKED, rejected → UNKNOWN) and the pending count drops.
 */
final class Classroom {

    static final int WIDTH = 1280;
    static final int HEIGHT = 720;
    static final List<Long> PENDING = List.of(77L, 78L, 79L);

    /** One seated face: its box and what the API says about it. */
    record Seat(int x, int y, int size, String outcome, String name, String reason, Long pendingId) {
    }

    private static final String[] NAMES = {
            "Nguyễn Hoàng Bảo Ngọc", "Trần Minh Anh", "Lê Hoàng Nam", "Phạm Thu Hà", "Vũ Đức Long", "Ngô Bảo Châu",
            "Đặng Thị Thanh Hương", "Bùi Khang", "Mai Linh", "Đinh Thảo", "Hồ Quốc Việt", "Dương Gia Huy",
            "Lý Thành Đạt", "Phan Ngọc Diệp", "Trịnh Công Sơn", "Võ Thị Kim Ngân", "Cao Minh Triết", "Tạ Quang Vinh",
            "Lâm Khánh Linh", "Châu Bội Ngọc", "Đoàn Nhật Minh", "Kiều Trang", "Hà Anh Tuấn", "Tôn Nữ Thục Quyên",
            "Quách Tuấn Kiệt", "La Văn Cầu", "Mạc Thị Bưởi", "Thái Bình Dương", "Huỳnh Như", "Giang Hồng Ngọc"};

    private Classroom() {
    }

    static List<Seat> seats() {
        // rows from the back: faces, size, spacing, y of the row, x of the first face
        int[][] rows = {{8, 30, 150, 110, 70}, {7, 44, 170, 205, 60}, {6, 60, 200, 310, 80}, {5, 78, 240, 430, 90},
                {4, 96, 300, 570, 120}};
        String[] outcomes = {"ALREADY_MARKED", "MARKED", "ALREADY_MARKED", "CONFIRMING", "ALREADY_MARKED", "UNKNOWN",
                "ALREADY_MARKED", "OTHER_CLASS", "MARKED", "SPOOF"};
        List<Seat> seats = new ArrayList<>();
        int n = 0;
        for (int[] row : rows) {
            for (int i = 0; i < row[0]; i++, n++) {
                int x = row[4] + i * row[2] + (n * 37 % 23) - 11;
                int y = row[3] + (n * 53 % 19) - 9;
                if (n == 1) {
                    x = seats.getFirst().x() + seats.getFirst().size() + 24; // two children sitting close together
                }
                int size = row[1] + n % 4 * 2;
                String outcome = outcomes[n % outcomes.length];
                String reason = null;
                Long pendingId = null;
                if (n == 4 || n == 12 || n == 22) {
                    outcome = "NEEDS_CONFIRMATION";
                    pendingId = PENDING.get(n == 4 ? 0 : n == 12 ? 1 : 2);
                    reason = n == 12 ? "LOW_SIMILARITY" : "POSSIBLE_PHOTO";
                } else if (outcome.equals("MARKED") && size < 50) {
                    reason = "NO_LIVENESS_CHECK";
                }
                boolean named = !outcome.equals("UNKNOWN") && !outcome.equals("SPOOF");
                seats.add(new Seat(x, y, size, outcome, named ? NAMES[n] : null, reason, pendingId));
            }
        }
        return seats;
    }

    /** The frame answer, with the reviews in {@code decided} (id → confirmed?) already settled. */
    static String frameJson(java.util.Map<Long, Boolean> decided) {
        StringJoiner faces = new StringJoiner(",\n");
        long track = 1000;
        for (Seat s : seats()) {
            String outcome = s.outcome();
            Long pendingId = s.pendingId();
            String reason = s.reason();
            String name = s.name();
            if (pendingId != null && decided.containsKey(pendingId)) {
                boolean confirmed = decided.get(pendingId);
                outcome = confirmed ? "ALREADY_MARKED" : "UNKNOWN";
                name = confirmed ? name : null;
                pendingId = null;
                reason = null;
            }
            faces.add("""
                    {"box":{"x":%d,"y":%d,"width":%d,"height":%d},"outcome":"%s","studentId":%s,"studentName":%s,\
                    "similarity":0.71,"liveness":0.8,"reason":%s,"pendingId":%s,"trackId":%d}"""
                    .formatted(s.x(), s.y(), s.size(), Math.round(s.size() * 1.2), outcome, name == null ? null : track
                            - 900,
                            quote(name), quote(reason), pendingId, track++));
        }
        long open = PENDING.stream().filter(id -> !decided.containsKey(id)).count();
        return "{\"sessionId\":42,\"width\":%d,\"height\":%d,\"pendingCount\":%d,\"faces\":[%s]}"
                .formatted(WIDTH, HEIGHT, open, faces);
    }

    /** The session's open reviews, as {@code GET /api/sessions/42/pending} lists them. */
    static String pendingJson(Set<Long> decided) {
        StringJoiner list = new StringJoiner(",");
        for (Seat s : seats()) {
            if (s.pendingId() != null && !decided.contains(s.pendingId())) {
                list.add("""
                        {"id":%d,"studentId":%d,"studentName":"%s","similarity":0.52,"runnerUpName":null,\
                        "runnerUpSimilarity":null,"seenAt":"2026-11-24T01:05:00Z"}""".formatted(s.pendingId(), s
                        .pendingId(), s.name()));
            }
        }
        return "[" + list + "]";
    }

    private static String quote(String s) {
        return s == null ? "null" : "\"" + s + "\"";
    }

    /** A 1280×720 webcam picture: a photo in every face box, so the boxes frame something. */
    static BufferedImage picture(List<Path> photos) throws IOException {
        BufferedImage frame = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = frame.createGraphics();
        g.setPaint(new GradientPaint(0, 0, new Color(0x4b5563), 0, HEIGHT, new Color(0x9ca3af)));
        g.fillRect(0, 0, WIDTH, HEIGHT);
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        List<BufferedImage> images = new ArrayList<>();
        for (Path photo : photos) {
            images.add(ImageIO.read(photo.toFile()));
        }
        int i = 0;
        for (Seat s : seats()) {
            BufferedImage img = images.get(i++ % images.size());
            int h = (int) Math.round(s.size() * 1.2);
            int side = Math.min(img.getWidth(), img.getHeight() * s.size() / h);
            int sh = side * h / s.size();
            int sx = (img.getWidth() - side) / 2;
            int sy = (img.getHeight() - sh) / 2;
            g.drawImage(img, s.x(), s.y(), s.x() + s.size(), s.y() + h, sx, sy, sx + side, sy + sh, null);
        }
        g.dispose();
        return frame;
    }
}
