package app.attendance.face.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A small HTTP client for the tests and the benchmark: multipart uploads, JSON answers. */
public final class Http {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final String base;
    private final String token;

    public Http(int port, String token) {
        this.base = "http://localhost:" + port;
        this.token = token;
    }

    /** An HTTP answer. */
    public record Answer(int status, String contentType, String retryAfter, String body) {

        public JsonNode json() {
            return JSON.readTree(body);
        }
    }

    /** Parts of a multipart/form-data body. */
    public static final class Form {
        private final List<byte[]> chunks = new ArrayList<>();
        private final String boundary = "----face" + UUID.randomUUID();

        public Form file(String name, String fileName, String contentType, byte[] bytes) {
            add("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"; filename=\"" + fileName
                    + "\"\r\nContent-Type: " + contentType + "\r\n\r\n");
            chunks.add(bytes);
            add("\r\n");
            return this;
        }

        public Form jpeg(String name, String fileName, byte[] bytes) {
            return file(name, fileName, "image/jpeg", bytes);
        }

        public Form field(String name, String value) {
            add("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n");
            return this;
        }

        private void add(String s) {
            chunks.add(s.getBytes(StandardCharsets.UTF_8));
        }

        /** The Content-Type header of this form, with its boundary. */
        public String contentType() {
            return "multipart/form-data; boundary=" + boundary;
        }

        /** The encoded body. */
        public byte[] bytes() {
            return body();
        }

        byte[] body() {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            chunks.forEach(out::writeBytes);
            out.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
            return out.toByteArray();
        }
    }

    public Answer send(String method, String path, Form form) {
        return send(method, path, form, token);
    }

    public Answer send(String method, String path, Form form, String bearer) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path));
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer);
        }
        if (form == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "multipart/form-data; boundary=" + form.boundary);
            request.method(method, HttpRequest.BodyPublishers.ofByteArray(form.body()));
        }
        try {
            HttpResponse<String> r = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""),
                    r.headers().firstValue("Retry-After").orElse(null), r.body());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public Answer get(String path) {
        return send("GET", path, null);
    }

    public Answer post(String path, Form form) {
        return send("POST", path, form);
    }
}
