package app.attendance.web.system;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Plain HTTP calls to a running service, for the parts of an end-to-end scenario that are set-up
 * rather than the behaviour under test (reference data, reading back what the UI did).
 */
final class ApiCalls {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String baseUrl;
    private volatile String bearer;

    ApiCalls(String baseUrl, String bearer) {
        this.baseUrl = baseUrl;
        this.bearer = bearer;
    }

    /** Signs in to attendance-api and keeps the access token. */
    static ApiCalls signIn(String apiUrl, String username, String password) {
        ApiCalls anonymous = new ApiCalls(apiUrl, null);
        JsonNode tokens = anonymous.send("POST", "/api/auth/login",
                "{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}");
        return new ApiCalls(apiUrl, tokens.get("accessToken").asString());
    }

    JsonNode get(String path) {
        return send("GET", path, null);
    }

    JsonNode post(String path, String json) {
        return send("POST", path, json);
    }

    JsonNode send(String method, String path, String json) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .timeout(Duration.ofSeconds(60))
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        return exchange(request);
    }

    /** Posts one file as multipart form data. */
    JsonNode postFile(String path, String part, String fileName, byte[] content) {
        String boundary = "----attendance" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        try {
            body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + part
                    + "\"; filename=\"" + fileName + "\"\r\nContent-Type: image/jpeg\r\n\r\n")
                    .getBytes(StandardCharsets.UTF_8));
            body.write(content);
            body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return exchange(HttpRequest.newBuilder(URI.create(baseUrl + path))
                .timeout(Duration.ofSeconds(60))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }

    /**
     * Posts a camera frame as the live page does: an answer of 503 or 429 (recognition busy or
     * unavailable for a moment, "try again shortly") is sent again after a pause, up to 20 times.
     */
    JsonNode postFrame(String path, byte[] jpeg) {
        for (int attempt = 1;; attempt++) {
            try {
                return postFile(path, "image", "frame.jpg", jpeg);
            } catch (IllegalStateException e) {
                boolean busy = e.getMessage() != null && (e.getMessage().contains(" answered 503:")
                        || e.getMessage().contains(" answered 429:"));
                if (!busy || attempt == 20) {
                    throw e;
                }
                try {
                    Thread.sleep(1500);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }

    private JsonNode exchange(HttpRequest.Builder request) {
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer);
        }
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() >= 300) {
                throw new IllegalStateException(response.request().method() + " " + response.uri()
                        + " answered " + response.statusCode() + ": " + response.body());
            }
            return response.body().isBlank() ? JSON.createObjectNode() : JSON.readTree(response.body());
        } catch (IOException e) {
            throw new IllegalStateException("Call to " + baseUrl + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
