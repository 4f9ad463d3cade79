package app.attendance.web.system;

import app.attendance.web.browser.FakeWebcam;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import tools.jackson.databind.JsonNode;

/**
 * The demo group photo of the end-to-end tests (three faces), its faces as enrolment photos, and
 * face-service started to look at them.
 */
final class DemoPhoto {

    static final Path SAMPLE = FakeWebcam.testImages().resolve("sample1.jpg");

    private DemoPhoto() {
    }

    /** The faces of the demo photo, cropped with a margin, from face-service's own detection. */
    static List<byte[]> faceCrops(ApiCalls faceApi) throws IOException {
        JsonNode detected = faceApi.postFile("/v1/detect", "image", "sample1.jpg", Files.readAllBytes(SAMPLE));
        BufferedImage photo = ImageIO.read(SAMPLE.toFile());
        List<byte[]> crops = new ArrayList<>();
        for (JsonNode f : detected.get("faces")) {
            JsonNode box = f.get("box");
            int margin = (int) (box.get("width").asDouble() * 0.6);
            int x = Math.max(0, box.get("x").asInt() - margin);
            int y = Math.max(0, box.get("y").asInt() - margin);
            int w = Math.min(photo.getWidth() - x, box.get("width").asInt() + 2 * margin);
            int h = Math.min(photo.getHeight() - y, box.get("height").asInt() + 2 * margin);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(photo.getSubimage(x, y, w, h), "jpg", out);
            crops.add(out.toByteArray());
        }
        return crops;
    }

    /** face-service from its jar with the real models, on {@code database}, with an index folder of its own. */
    static ServiceProcess faceService(String name, Map<String, String> database, String token) throws IOException {
        Path models = Path.of(System.getProperty("attendance.models.dir", "../models/bundles"));
        Map<String, String> env = new HashMap<>(database);
        env.putAll(Map.of("FACE_API_TOKEN", token,
                "FACE_MODELS_DIR", models.resolve("faceplugin").toAbsolutePath().toString(),
                "FACE_INDEX_DIR", Files.createTempDirectory(name + "-").resolve("index").toString(),
                "TZ", "UTC"));
        return ServiceProcess.start("face-service", name, env);
    }
}
