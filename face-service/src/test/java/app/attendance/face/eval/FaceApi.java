package app.attendance.face.eval;

import app.attendance.face.support.Http;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import tools.jackson.databind.JsonNode;

/** The face-service endpoints the evaluation calls, answers read into records. Non-2xx answers throw. */
final class FaceApi {

    /** Thresholds in force ({@code GET /v1/info}). */
    record Info(String modelId, double match, double strong, double liveness, String raw) {
    }

    /**
     * One face of an answer. {@code live} and {@code liveScore} are null when the service did not
     * score liveness; {@code top}/{@code second} are null on {@code /v1/detect}.
     */
    record Seen(Box box, Float liveScore, Boolean live, String top, double topSim, String second, double secondSim) {
    }

    private final Http http;

    FaceApi(int port, String token) {
        this.http = new Http(port, token);
    }

    Info info() {
        JsonNode j = ok(http.get("/v1/info"), "GET /v1/info");
        JsonNode t = j.path("thresholds");
        return new Info(j.path("modelId").asString(), t.path("match").asDouble(), t.path("strong").asDouble(),
                t.path("liveness").asDouble(), t.toString());
    }

    List<Seen> detect(byte[] image, String name) {
        return faces(ok(http.post("/v1/detect", new Http.Form().file("image", name, type(name), image)), "detect "
                + name));
    }

    /** Every face with its best two candidates (threshold -1, so the best is always named). */
    List<Seen> recognize(byte[] jpeg, Collection<String> candidates) {
        Http.Form form = new Http.Form().jpeg("image", "frame.jpg", jpeg).field("threshold", "-1");
        if (!candidates.isEmpty()) {
            form.field("candidates", String.join(",", candidates));
        }
        return faces(ok(http.post("/v1/recognize", form), "recognize"));
    }

    /** The same call with every face's box given as known (only located, as once everyone is marked). */
    List<Seen> recognizeKnown(byte[] jpeg, Collection<String> candidates, List<Box> known) {
        Http.Form form = new Http.Form().jpeg("image", "frame.jpg", jpeg).field("candidates", String.join(",",
                candidates));
        if (!known.isEmpty()) {
            form.field("known", String.join(";", known.stream().map(b -> String.format(java.util.Locale.ROOT,
                    "%.0f,%.0f,%.0f,%.0f", Math.max(0, b.x()), Math.max(0, b.y()), Math.max(1, b.w()),
                    Math.max(1, b.h()))).toList()));
        }
        return faces(ok(http.post("/v1/recognize", form), "recognize with known boxes"));
    }

    /** Enrols one photo; the refusal reason, or null when accepted. */
    String enrol(String subjectId, byte[] jpeg) {
        Http.Answer a = http.send("PUT", "/v1/subjects/" + subjectId + "/faces",
                new Http.Form().jpeg("images", subjectId + ".jpg", jpeg));
        JsonNode r = ok(a, "enrol " + subjectId).path("results").path(0);
        return r.path("accepted").asBoolean() ? null : r.path("reason").asString("?") + ": " + r.path("message")
                .asString("");
    }

    private static List<Seen> faces(JsonNode answer) {
        List<Seen> out = new ArrayList<>();
        for (JsonNode f : answer.path("faces")) {
            JsonNode b = f.path("box");
            JsonNode l = f.path("liveness");
            boolean scored = l.isObject() && l.has("score") && !l.path("score").isNull();
            JsonNode m = f.path("match");
            JsonNode r = f.path("runnerUp");
            out.add(new Seen(new Box(b.path("x").asDouble(), b.path("y").asDouble(), b.path("width").asDouble(),
                    b.path("height").asDouble()),
                    scored ? (float) l.path("score").asDouble() : null, scored ? l.path("live").asBoolean() : null,
                    m.isObject() ? m.path("subjectId").asString() : null, m.path("similarity").asDouble(Double.NaN),
                    r.isObject() ? r.path("subjectId").asString() : null, r.path("similarity").asDouble(Double.NaN)));
        }
        return out;
    }

    private static JsonNode ok(Http.Answer a, String what) {
        if (a.status() / 100 != 2) {
            throw new IllegalStateException(what + " answered HTTP " + a.status() + ": " + a.body());
        }
        return a.json();
    }

    private static String type(String name) {
        return name.toLowerCase(java.util.Locale.ROOT).endsWith(".png") ? "image/png" : "image/jpeg";
    }
}
