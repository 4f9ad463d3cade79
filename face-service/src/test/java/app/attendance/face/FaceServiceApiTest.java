package app.attendance.face;

import static org.assertj.core.api.Assertions.assertThat;

import app.attendance.face.detection.Detection;
import app.attendance.face.image.Frame;
import app.attendance.face.image.Shrink;
import app.attendance.face.pipeline.FacePipeline;
import app.attendance.face.quality.Reason;
import app.attendance.face.support.Augment;
import app.attendance.face.support.BadImages;
import app.attendance.face.support.ClassroomFrames;
import app.attendance.face.support.DemoFaces;
import app.attendance.face.support.DemoFaces.DemoFace;
import app.attendance.face.support.Http;
import app.attendance.face.support.Http.Answer;
import app.attendance.face.support.Http.Form;
import app.attendance.face.support.ServiceTest;
import app.attendance.face.support.TestModels;
import app.attendance.face.support.WebpWriter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The REST contract end to end with the real models: every demo face enrolled as its own subject
 * from a portrait crop, then recognised in transformed copies of the group photos.
 */
@ServiceTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FaceServiceApiTest {

    @LocalServerPort
    int port;

    @Autowired
    FacePipeline pipeline;

    private Http http;
    private List<DemoFace> demo;
    private final Map<String, JsonNode> enrolled = new HashMap<>();

    @BeforeAll
    void enrolEveryDemoFace() {
        http = new Http(port, "test-token");
        demo = DemoFaces.all(pipeline);
        for (DemoFace d : demo) {
            Frame portrait = DemoFaces.portrait(demo, d);
            Answer a = http.send("PUT", "/v1/subjects/" + d.subjectId() + "/faces",
                    new Form().jpeg("images", d.subjectId() + ".jpg", Augment.encodeJpeg(portrait, 92)));
            assertThat(a.status()).isEqualTo(200);
            enrolled.put(d.subjectId(), a.json().get("results").get(0));
        }
    }

    @Test
    void enrolmentAcceptsEveryFrontalDemoFaceAndRejectsTurnedOnes() {
        for (DemoFace d : demo) {
            JsonNode r = enrolled.get(d.subjectId());
            if (d.face().quality().reasons().contains(Reason.TURNED)) {
                assertThat(r.get("accepted").asBoolean()).as(d.subjectId()).isFalse();
                assertThat(r.get("reason").asString()).isEqualTo("TURNED");
                assertThat(r.get("message").asString()).contains("turned");
            } else {
                assertThat(r.get("accepted").asBoolean()).as(d.subjectId() + " " + r).isTrue();
                assertThat(r.get("faceId").asString()).isNotBlank();
            }
        }
        assertThat(enrolled.values().stream().filter(r -> r.get("accepted").asBoolean())).hasSizeGreaterThanOrEqualTo(
                18);
    }

    @Test
    void recognisesEachEnrolledFaceInTransformedCopiesAndNeverAsSomeoneElse() {
        int recognised = 0;
        int spoofs = 0;
        for (int n = 1; n <= 6; n++) {
            for (Augment.Copy copy : Augment.standard(TestModels.sample(n))) {
                Answer a = http.post("/v1/recognize", new Form().jpeg("image", "frame.jpg", Augment.encodeJpeg(copy
                        .frame(), 90)));
                assertThat(a.status()).isEqualTo(200);
                JsonNode faces = a.json().get("faces");
                assertThat(faces.size()).as("sample%d %s", n, copy.name()).isGreaterThanOrEqualTo(
                        DemoFaces.EXPECTED_FACES[n - 1] - 1);
                for (JsonNode f : faces) {
                    DemoFace origin = DemoFaces.origin(demo, n, copy, box(f));
                    JsonNode match = f.get("match");
                    String what = "sample" + n + " " + copy.name() + " " + f;
                    JsonNode liveness = f.get("liveness");
                    boolean live = liveness != null && !liveness.isNull() && liveness.get("live").asBoolean();
                    if (liveness != null && !liveness.isNull() && !live) {
                        spoofs++;
                    }
                    if (origin == null || !personEnrolled(origin)) {
                        assertThat(match.isNull()).as("not enrolled, no match: " + what).isTrue();
                    } else if (!live) {
                        // Matched or not (the caller's policy decides on doubtful liveness), never someone else.
                        assertThat(match.isNull() || origin.samePerson(match.get("subjectId").asString()))
                                .as(what).isTrue();
                    } else {
                        assertThat(match.isNull()).as("enrolled face not recognised: " + what).isFalse();
                        assertThat(origin.samePerson(match.get("subjectId").asString())).as(what).isTrue();
                        assertThat(match.get("similarity").asDouble()).isGreaterThanOrEqualTo(0.5);
                        recognised++;
                    }
                }
            }
        }
        assertThat(recognised).isGreaterThan(100);
        assertThat(spoofs).isPositive();
    }

    @Test
    void candidatesLimitTheMatchAndReportTheOutsider() {
        DemoFace a = demo.stream().filter(d -> d.subjectId().equals("s1-0")).findFirst().orElseThrow();
        DemoFace b = demo.stream().filter(d -> d.subjectId().equals("s1-1")).findFirst().orElseThrow();
        Answer answer = http.post("/v1/recognize", new Form().jpeg("image", "frame.jpg", TestModels.sampleBytes(1))
                .field("candidates", "s1-1, s2-0"));
        assertThat(answer.status()).isEqualTo(200);
        for (JsonNode f : answer.json().get("faces")) {
            Detection box = box(f);
            if (near(box, b.box())) {
                assertThat(f.get("match").get("subjectId").asString()).isEqualTo("s1-1");
                assertThat(f.get("outsider").isNull()).isTrue();
            } else if (near(box, a.box())) {
                assertThat(f.get("match").isNull()).isTrue();
                assertThat(a.samePerson(f.get("outsider").get("subjectId").asString())).isTrue();
            }
        }
    }

    @Test
    void verifyAgreesWithTheIndex() {
        DemoFace a = demo.get(0);
        DemoFace b = demo.get(3);
        Frame pa = DemoFaces.portrait(demo, a);
        Frame pb = DemoFaces.portrait(demo, b);
        byte[] brighter = Augment.encodeJpeg(Augment.brightness(Augment.scale(pa, 0.7).frame(), 1.25f).frame(), 60);
        JsonNode same = http.post("/v1/verify", new Form().jpeg("image1", "a.jpg", Augment.encodeJpeg(pa, 92))
                .jpeg("image2", "a2.jpg", brighter)).json();
        assertThat(same.get("match").asBoolean()).isTrue();
        assertThat(same.get("similarity").asDouble()).isGreaterThan(same.get("threshold").asDouble());
        JsonNode different = http.post("/v1/verify", new Form().jpeg("image1", "a.jpg", Augment.encodeJpeg(pa, 92))
                .jpeg("image2", "b.jpg", Augment.encodeJpeg(pb, 92))).json();
        assertThat(different.get("match").asBoolean()).isFalse();
        Answer noFace = http.post("/v1/verify", new Form().jpeg("image1", "a.jpg", Augment.encodeJpeg(pa, 92))
                .jpeg("image2", "wall.jpg", Augment.encodeJpeg(blank(), 92)));
        assertProblem(noFace, 422, "no-face");
        assertThat(noFace.json().get("detail").asString()).contains("image2").contains("wall.jpg");
    }

    @Test
    void detectReportsFacesLandmarksLivenessAndQuality() {
        Answer a = http.post("/v1/detect", new Form().jpeg("image", "sample5.jpg", TestModels.sampleBytes(5)));
        assertThat(a.status()).isEqualTo(200);
        JsonNode body = a.json();
        assertThat(body.get("width").asInt()).isEqualTo(1920);
        assertThat(body.get("faces").size()).isEqualTo(5);
        JsonNode face = body.get("faces").get(0);
        assertThat(face.get("box").get("width").asInt()).isPositive();
        assertThat(face.get("landmarks").size()).isEqualTo(5);
        assertThat(face.get("liveness").get("score").asDouble()).isBetween(0.0, 1.0);
        assertThat(face.get("quality").get("reasons").isArray()).isTrue();
    }

    @Test
    void webpNamedJpgIsReadByItsContent() {
        byte[] webp = WebpWriter.encode(Augment.scale(TestModels.sample(4), 0.4).frame());
        Answer a = http.post("/v1/detect", new Form().jpeg("image", "photo.jpg", webp));
        assertThat(a.status()).isEqualTo(200);
        assertThat(a.json().get("faces").size()).isEqualTo(4);
    }

    @Test
    void aWholeScanLooksAtTheFrameOnceAndFindsOnlyLargerFaces() {
        List<ClassroomFrames.Source> seats = demo.stream().map(d -> new ClassroomFrames.Source(d.subjectId(),
                TestModels.sample(d.photo()), d.box())).toList();
        byte[] small = Augment.encodeJpeg(ClassroomFrames.compose(seats, 32, 1).frame(), 90);
        int tiled = recognize(small, null).size();
        assertThat(tiled).as("32 px faces found by the tiles").isGreaterThanOrEqualTo(seats.size() * 3 / 4);
        assertThat(recognize(small, "whole").size()).as("32 px faces found by one look at the whole frame")
                .isLessThan(tiled / 2);
        byte[] large = Augment.encodeJpeg(ClassroomFrames.compose(seats.subList(0, 6), 110, 2).frame(), 90);
        assertThat(recognize(large, "whole").size()).as("110 px faces, one look").isEqualTo(recognize(large, "full")
                .size()).isGreaterThanOrEqualTo(5);
        assertProblem(http.post("/v1/recognize", new Form().jpeg("image", "a.jpg", small).field("scan", "tiles")),
                400, "invalid-scan");

        // Nobody left to identify: faces are only located, the known one by its index.
        JsonNode analysed = recognize(large, "whole");
        JsonNode b = analysed.get(0).get("box");
        String first = b.get("x").asInt() + "," + b.get("y").asInt() + "," + b.get("width").asInt() + ","
                + b.get("height").asInt();
        Answer located = http.post("/v1/recognize", new Form().jpeg("image", "frame.jpg", large).field("scan",
                "whole").field("identify", "none").field("known", first));
        assertThat(located.status()).isEqualTo(200);
        JsonNode faces = located.json().get("faces");
        assertThat(faces.size()).isEqualTo(analysed.size());
        int knownFaces = 0;
        for (JsonNode f : faces) {
            assertThat(f.get("liveness").isNull()).as("no face is analysed").isTrue();
            assertThat(f.get("match").isNull()).isTrue();
            if (!f.get("known").isNull()) {
                assertThat(f.get("known").asInt()).isZero();
                knownFaces++;
            }
        }
        assertThat(knownFaces).isEqualTo(1);
        assertProblem(http.post("/v1/recognize", new Form().jpeg("image", "a.jpg", large).field("identify", "some")),
                400, "invalid-identify");
    }

    private JsonNode recognize(byte[] jpeg, String scan) {
        Form form = new Form().jpeg("image", "frame.jpg", jpeg);
        Answer a = http.post("/v1/recognize", scan == null ? form : form.field("scan", scan));
        assertThat(a.status()).isEqualTo(200);
        return a.json().get("faces");
    }

    @Test
    void everyBadInputGetsItsStatus() {
        byte[] jpeg = TestModels.sampleBytes(2);
        assertProblem(detect("empty.jpg", new byte[0]), 400, "invalid-image");
        assertProblem(detect("corrupt.jpg", BadImages.corruptJpeg()), 400, "invalid-image");
        assertProblem(detect("half.jpg", BadImages.truncated(jpeg, 0.5)), 400, "invalid-image");
        assertProblem(detect("list.jpg", "name,class\n".getBytes()), 415, "unsupported-media-type");
        assertProblem(detect("bomb.png", BadImages.pngBomb()), 413, "too-large");
        assertProblem(detect("bomb.jpg", BadImages.jpegBomb(jpeg)), 413, "too-large");
        byte[] huge = new byte[10 * 1024 * 1024 + 1];
        System.arraycopy(jpeg, 0, huge, 0, jpeg.length);
        assertProblem(detect("huge.jpg", huge), 413, "too-large");
        assertProblem(http.post("/v1/detect", new Form().field("other", "x")), 400, "bad-request");
        assertProblem(http.post("/v1/recognize", new Form().jpeg("image", "a.jpg", jpeg).field("threshold", "2")),
                400, "validation");
        assertProblem(http.send("PUT", "/v1/subjects/bad%20id!/faces", new Form().jpeg("images", "a.jpg", jpeg)),
                400, "validation");
    }

    @Test
    void everyV1CallNeedsTheToken() {
        Form form = new Form().jpeg("image", "a.jpg", TestModels.sampleBytes(1));
        assertProblem(http.send("POST", "/v1/detect", form, null), 401, "unauthenticated");
        assertProblem(http.send("GET", "/v1/info", null, "wrong-token"), 401, "unauthenticated");
        assertProblem(http.send("GET", "/actuator/prometheus", null, null), 401, "unauthenticated");
        assertProblem(http.send("GET", "/actuator/metrics/jvm.memory.used", null, null), 401, "unauthenticated");
        assertThat(http.send("GET", "/actuator/prometheus", null, "test-token").status()).isEqualTo(200);
        Answer health = http.send("GET", "/actuator/health", null, null);
        assertThat(health.status()).isEqualTo(200);
        assertThat(health.json().get("status").asString()).isEqualTo("UP");
    }

    @Test
    void enrolmentRejectsSmallBlurredCrowdedEmptyAndInvalidPhotos() {
        DemoFace d = demo.get(0);
        Frame portrait = DemoFaces.portrait(demo, d);
        Frame small = Augment.scale(portrait, 48.0 / d.box().height()).frame();
        Frame blurred = Augment.blur(portrait, 5).frame();
        JsonNode results = http.send("PUT", "/v1/subjects/quality-1/faces", new Form()
                .jpeg("images", "small.jpg", Augment.encodeJpeg(small, 92))
                .jpeg("images", "blurred.jpg", Augment.encodeJpeg(blurred, 92))
                .jpeg("images", "group.jpg", TestModels.sampleBytes(3))
                .jpeg("images", "wall.jpg", Augment.encodeJpeg(blank(), 92))
                .file("images", "notes.txt", "text/plain", "hello".getBytes())).json().get("results");
        assertThat(results.size()).isEqualTo(5);
        assertThat(results.get(0).get("reason").asString()).isEqualTo("TOO_SMALL");
        assertThat(results.get(1).get("reason").asString()).isEqualTo("BLURRED");
        assertThat(results.get(2).get("reason").asString()).isEqualTo("MULTIPLE_FACES");
        assertThat(results.get(3).get("reason").asString()).isEqualTo("NO_FACE");
        assertThat(results.get(4).get("reason").asString()).isEqualTo("INVALID_IMAGE");
        assertThat(results.get(4).get("fileName").asString()).isEqualTo("notes.txt");
        for (JsonNode r : results) {
            assertThat(r.get("accepted").asBoolean()).isFalse();
            assertThat(r.get("message").asString()).isNotBlank();
        }
        assertThat(http.get("/v1/subjects/quality-1").status()).isEqualTo(404);
    }

    @Test
    void subjectsCanBeListedAndDeletedAndLookAlikesAreNamed() {
        DemoFace d = demo.get(1);
        byte[] portrait = Augment.encodeJpeg(DemoFaces.portrait(demo, d), 85);
        JsonNode results = http.send("PUT", "/v1/subjects/tmp.twin_1/faces",
                new Form().jpeg("images", "a.jpg", portrait).jpeg("images", "b.jpg", portrait)).json().get("results");
        assertThat(results.get(0).get("accepted").asBoolean()).isTrue();
        assertThat(d.samePerson(results.get(0).get("nearest").get("subjectId").asString())).isTrue();
        JsonNode subject = http.get("/v1/subjects/tmp.twin_1").json();
        assertThat(subject.get("faces").size()).isEqualTo(2);
        assertThat(subject.get("faces").get(0).get("modelId").asString()).isEqualTo("faceplugin-fr-feature");
        String faceId = subject.get("faces").get(0).get("faceId").asString();
        assertThat(http.send("DELETE", "/v1/subjects/tmp.twin_1/faces/" + faceId, null).status()).isEqualTo(204);
        assertProblem(http.send("DELETE", "/v1/subjects/tmp.twin_1/faces/" + faceId, null), 404, "not-found");
        assertThat(http.send("DELETE", "/v1/subjects/tmp.twin_1", null).json().get("deleted").asInt()).isEqualTo(1);
        assertProblem(http.get("/v1/subjects/tmp.twin_1"), 404, "not-found");
    }

    @Test
    void aFaceAtTheBackOfTheRoomIsAlsoComparedWithTheFarTemplateOfEachPhoto() {
        JsonNode perModel = http.get("/v1/info").json().get("index").get("facesPerModel");
        assertThat(perModel.get("faceplugin-fr-feature@far").asLong()).as("one far template per photo")
                .isEqualTo(perModel.get("faceplugin-fr-feature").asLong());
        int compared = 0;
        int higher = 0;
        for (DemoFace d : demo) {
            if (!enrolled.get(d.subjectId()).get("accepted").asBoolean()) {
                continue;
            }
            // The same face 26 px wide, a little darker, alone in a 1280×720 frame.
            Frame sample = Augment.brightness(TestModels.sample(d.photo()), 0.85f).frame();
            Detection box = d.face().detection();
            float side = 3 * box.width();
            double scale = 26 / box.width();
            Frame small = Shrink.region(sample, Math.round(box.x1() - box.width()), Math.round(box.y1()
                    - box.height()), Math.round(side), Math.round(side), scale);
            Frame frame = onGrey(small, 1280, 720, 600, 320);
            JsonNode faces = http.post("/v1/recognize", new Form().jpeg("image", "frame.jpg", Augment.encodeJpeg(
                    frame, 90)).field("threshold", "-1")).json().get("faces");
            if (faces.size() != 1) {
                continue;
            }
            JsonNode match = faces.get(0).get("match");
            assertThat(d.samePerson(match.get("subjectId").asString())).as(d.subjectId() + " " + match).isTrue();
            float[] close = pipeline.analyse(DemoFaces.portrait(demo, d)).getFirst().embedding();
            float[] far = pipeline.analyse(frame).getFirst().embedding();
            compared++;
            higher += match.get("similarity").asDouble() > dot(close, far) + 0.01 ? 1 : 0;
        }
        assertThat(compared).isGreaterThanOrEqualTo(12);
        assertThat(higher).as("faces matched closer through the far template than through the close-up")
                .isGreaterThan(compared / 2);
    }

    /** {@code image} at (x, y) on a mid-grey frame. */
    private static Frame onGrey(Frame image, int width, int height, int x, int y) {
        byte[] rgb = new byte[width * height * 3];
        java.util.Arrays.fill(rgb, (byte) 118);
        for (int row = 0; row < image.height(); row++) {
            System.arraycopy(image.rgb(), row * image.width() * 3, rgb, ((y + row) * width + x) * 3,
                    image.width() * 3);
        }
        return new Frame(width, height, rgb);
    }

    private static double dot(float[] a, float[] b) {
        double d = 0;
        for (int i = 0; i < a.length; i++) {
            d += a[i] * b[i];
        }
        return d;
    }

    @Test
    void infoNamesModelsThresholdsAndIndexSize() {
        JsonNode info = http.get("/v1/info").json();
        assertThat(info.get("modelId").asString()).isEqualTo("faceplugin-fr-feature");
        assertThat(info.get("models").get("recognizer").asString()).isEqualTo("fr_feature.onnx");
        assertThat(info.get("embeddingSize").asInt()).isEqualTo(512);
        assertThat(info.get("thresholds").get("match").asDouble()).isEqualTo(0.5);
        assertThat(info.get("thresholds").get("livenessMinFace").asInt()).isEqualTo(90);
        assertThat(info.get("index").get("faces").asLong()).isGreaterThanOrEqualTo(18);
    }

    /** Whether any subject of the same person was accepted (two demo subjects are one woman). */
    private boolean personEnrolled(DemoFace face) {
        return enrolled.entrySet().stream()
                .anyMatch(e -> face.samePerson(e.getKey()) && e.getValue().get("accepted").asBoolean());
    }

    private Answer detect(String fileName, byte[] bytes) {
        return http.post("/v1/detect", new Form().jpeg("image", fileName, bytes));
    }

    private static void assertProblem(Answer a, int status, String code) {
        assertThat(a.status()).as(a.body()).isEqualTo(status);
        assertThat(a.contentType()).startsWith("application/problem+json");
        JsonNode body = a.json();
        assertThat(body.get("status").asInt()).isEqualTo(status);
        assertThat(body.get("code").asString()).isEqualTo(code);
        assertThat(body.get("title").asString()).isNotBlank();
        assertThat(body.get("detail").asString()).isNotBlank();
    }

    private static Detection box(JsonNode face) {
        JsonNode b = face.get("box");
        int x = b.get("x").asInt();
        int y = b.get("y").asInt();
        return new Detection(x, y, x + b.get("width").asInt(), y + b.get("height").asInt(), 1f);
    }

    private static boolean near(Detection a, Detection b) {
        return Math.abs(a.x1() - b.x1()) < 30 && Math.abs(a.y1() - b.y1()) < 30;
    }

    private static Frame blank() {
        byte[] rgb = new byte[400 * 300 * 3];
        java.util.Arrays.fill(rgb, (byte) 128);
        return new Frame(400, 300, rgb);
    }
}
