package app.attendance.face.recognition;

import app.attendance.face.detection.Detection;
import app.attendance.face.system.RequestRefusedException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.http.HttpStatus;

/** Parses the {@code known} parameter of {@code /v1/recognize}: {@code x,y,w,h;x,y,w,h…} in pixels. */
final class KnownBoxes {

    /** More known boxes than a frame can hold faces is a mistake. */
    static final int MAX = 200;

    private KnownBoxes() {
    }

    static List<Detection> parse(String known) {
        if (known == null || known.isBlank()) {
            return List.of();
        }
        String[] boxes = known.split(";");
        if (boxes.length > MAX) {
            throw invalid("at most " + MAX + " boxes");
        }
        List<Detection> parsed = new ArrayList<>(boxes.length);
        for (String box : boxes) {
            String[] v = box.trim().split(",");
            if (v.length != 4) {
                throw invalid("each box is x,y,width,height");
            }
            float[] n = new float[4];
            for (int i = 0; i < 4; i++) {
                try {
                    n[i] = Float.parseFloat(v[i].trim());
                } catch (NumberFormatException e) {
                    throw invalid("'" + v[i].trim() + "' is not a number");
                }
                if (!Float.isFinite(n[i]) || n[i] < 0 || n[i] > 100_000) {
                    throw invalid("coordinates must be between 0 and 100000");
                }
            }
            if (n[2] <= 0 || n[3] <= 0) {
                throw invalid("width and height must be positive");
            }
            parsed.add(new Detection(n[0], n[1], n[0] + n[2], n[1] + n[3], 1f));
        }
        return parsed;
    }

    private static RequestRefusedException invalid(String why) {
        return new RequestRefusedException(HttpStatus.BAD_REQUEST, "invalid-known", "Parameter 'known': " + why + ".");
    }
}
