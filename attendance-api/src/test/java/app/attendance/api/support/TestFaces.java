package app.attendance.api.support;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.imageio.ImageIO;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The demo group photos ({@code attendance.testimages.dir}) and direct calls to the test
 * face-service: face boxes from {@code /v1/detect}, face crops with a margin for enrolment,
 * scaled frames.
 */
public final class TestFaces {

    /** A detected face: its box and whether face-service calls it live. */
    public record Face(int x, int y, int width, int height, boolean live) {
    }

    private final FaceServiceProcess face;
    private final HttpClient http = HttpClient.newHttpClient();
    private final JsonMapper json = JsonMapper.builder().build();

    public TestFaces(FaceServiceProcess face) {
        this.face = face;
    }

    /** The bytes of {@code sample<n>.jpg}. */
    public static byte[] sample(int n) {
        String dir = System.getProperty("attendance.testimages.dir", "../models/test-images");
        Path file = Paths.get(dir, "sample" + n + ".jpg");
        if (!Files.exists(file)) {
            throw new IllegalStateException("Missing " + file + ": run 'bash models/fetch.sh' first.");
        }
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The faces face-service finds in an image, largest first. */
    public List<Face> detect(byte[] image) {
        JsonNode body = json.readTree(post("/v1/detect", "image", image, null).body());
        List<Face> faces = new ArrayList<>();
        for (JsonNode f : body.get("faces")) {
            JsonNode b = f.get("box");
            JsonNode liveness = f.get("liveness");
            faces.add(new Face(b.get("x").asInt(), b.get("y").asInt(), b.get("width").asInt(), b.get("height").asInt(),
                    liveness != null && !liveness.isNull() && liveness.get("live").asBoolean()));
        }
        return faces;
    }

    /** Recognises a frame directly at face-service (to learn similarities in tests). */
    public JsonNode recognize(byte[] image, String candidates) {
        return json.readTree(post("/v1/recognize", "image", image, candidates).body());
    }

    /** The HTTP status of {@code GET /v1/subjects/{id}} (200 enrolled, 404 not). */
    public int subjectStatus(String subjectId) {
        return send(HttpRequest.newBuilder(face.url().resolve("/v1/subjects/" + subjectId))
                .header("Authorization", "Bearer " + face.token()).GET().build()).statusCode();
    }

    /** Deletes a subject with its faces directly at face-service (a test cleaning up the shared index). */
    public void delete(String subjectId) {
        send(HttpRequest.newBuilder(face.url().resolve("/v1/subjects/" + subjectId))
                .header("Authorization", "Bearer " + face.token()).DELETE().build());
    }

    /** Enrols an image for a subject directly at face-service. */
    public void enrol(String subjectId, byte[] image) {
        HttpResponse<String> r = multipart("PUT", "/v1/subjects/" + subjectId + "/faces", "images", image, null);
        if (r.statusCode() != 200) {
            throw new IllegalStateException("enrol failed: " + r.statusCode() + " " + r.body());
        }
    }

    /** The face's box widened by {@code margin} of its size on each side, as a JPEG. */
    public static byte[] crop(byte[] image, Face f, double margin) {
        BufferedImage img = read(image);
        int mx = (int) (f.width() * margin);
        int my = (int) (f.height() * margin);
        int x0 = Math.max(0, f.x() - mx);
        int y0 = Math.max(0, f.y() - my);
        int x1 = Math.min(img.getWidth(), f.x() + f.width() + mx);
        int y1 = Math.min(img.getHeight(), f.y() + f.height() + my);
        return jpeg(img.getSubimage(x0, y0, x1 - x0, y1 - y0));
    }

    /** The image scaled to the given width, as a JPEG (a webcam-sized frame). */
    public static byte[] scaled(byte[] image, int width) {
        BufferedImage img = read(image);
        int height = (int) Math.round(img.getHeight() * (double) width / img.getWidth());
        BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.drawImage(img, 0, 0, width, height, null);
        g.dispose();
        return jpeg(out);
    }

    static BufferedImage read(byte[] image) {
        try {
            BufferedImage img = ImageIO.read(new ByteArrayInputStream(image));
            BufferedImage rgb = new BufferedImage(img.getWidth(), img.getHeight(), BufferedImage.TYPE_INT_RGB);
            Graphics2D g = rgb.createGraphics();
            g.drawImage(img, 0, 0, null);
            g.dispose();
            return rgb;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] jpeg(BufferedImage img) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(img, "jpeg", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private HttpResponse<String> post(String path, String part, byte[] image, String candidates) {
        return multipart("POST", path, part, image, candidates);
    }

    private HttpResponse<String> multipart(String method, String path, String part, byte[] image, String candidates) {
        String boundary = "b" + UUID.randomUUID().toString().replace("-", "");
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + part
                + "\"; filename=\"image.jpg\"\r\nContent-Type: image/jpeg\r\n\r\n");
        body.writeBytes(image);
        write(body, "\r\n");
        if (candidates != null) {
            write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"candidates\"\r\n\r\n"
                    + candidates + "\r\n");
        }
        write(body, "--" + boundary + "--\r\n");
        HttpRequest request = HttpRequest.newBuilder(face.url().resolve(URI.create(path).getPath()))
                .header("Authorization", "Bearer " + face.token())
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .method(method, HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build();
        return send(request);
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void write(ByteArrayOutputStream out, String s) {
        out.writeBytes(s.getBytes(StandardCharsets.UTF_8));
    }
}
