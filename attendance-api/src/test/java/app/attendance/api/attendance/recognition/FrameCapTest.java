package app.attendance.api.attendance.recognition;

import static org.assertj.core.api.Assertions.assertThat;

import app.attendance.api.support.ApiTestBase;
import app.attendance.api.support.FaceServiceProcess;
import app.attendance.api.support.TestFaces;
import app.attendance.api.system.SchoolProperties;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;

/**
 * Frames cannot starve recognition (issue 13, defect 6): a huge frame is recognised at 1920 pixels on
 * its longer side and answered in its own pixels, a frame over the pixel cap is refused before it is
 * decoded, and a caller beyond its share of recognitions is refused while another caller proceeds. Real
 * face-service, real PostgreSQL, the API through its filters.
 */
class FrameCapTest extends ApiTestBase {

    private static final int BIG = 6000;

    @Autowired
    SchoolProperties school;
    @Autowired
    Clock clock;
    @Autowired
    FrameImages images;
    @Autowired
    CallerShares shares;

    TestFaces faces;
    long subjectId;
    byte[] sample1;

    @BeforeEach
    void setUp() {
        faces = new TestFaces(FaceServiceProcess.shared());
        subjectId = data.subject();
        sample1 = TestFaces.sample(1);
    }

    @Test
    void aHugeFrameIsRecognisedAt1920PixelsAndAnsweredInItsOwnPixels() throws Exception {
        BufferedImage photo = ImageIO.read(new ByteArrayInputStream(sample1));
        double k = (double) BIG / photo.getWidth();
        int top = (BIG - (int) Math.round(photo.getHeight() * k)) / 2;
        byte[] big = bigFrame(photo, k, top);
        List<TestFaces.Face> expected = faces.detect(sample1);
        assertThat(expected).hasSize(3);

        // What goes to face-service: 1920 on the longer side (never less), not 6000×6000.
        FrameImages.Frame sent = images.prepare(big);
        BufferedImage seen = ImageIO.read(new ByteArrayInputStream(sent.bytes()));
        assertThat(seen.getWidth()).isEqualTo(1920);
        assertThat(seen.getHeight()).isEqualTo(1920);
        assertThat(sent.width()).isEqualTo(BIG);
        assertThat(sent.height()).isEqualTo(BIG);

        long teacherId = data.teacher();
        JsonNode answer = api.ok(api.frame(openSession(teacherId), big, api.teacher(teacherId)));
        assertThat(answer.get("width").asInt()).isEqualTo(BIG);
        assertThat(answer.get("height").asInt()).isEqualTo(BIG);
        assertThat(answer.get("faces")).hasSize(3);
        for (TestFaces.Face f : expected) {
            double cx = (f.x() + f.width() / 2.0) * k;
            double cy = (f.y() + f.height() / 2.0) * k + top;
            double w = f.width() * k;
            JsonNode box = closest(answer, cx, cy);
            assertThat(box.get("x").asInt() + box.get("width").asInt() / 2.0).isCloseTo(cx,
                    org.assertj.core.data.Offset.offset(0.15 * w));
            assertThat(box.get("y").asInt() + box.get("height").asInt() / 2.0).isCloseTo(cy,
                    org.assertj.core.data.Offset.offset(0.15 * w));
            assertThat((double) box.get("width").asInt()).isCloseTo(w, org.assertj.core.data.Offset.offset(0.2 * w));
        }
    }

    @Test
    void aFrameOverThePixelCapIs413BeforeItIsDecoded() throws Exception {
        // 8000×6000 = 48 MP, over the 40 MP cap (a 1-bit PNG: small to build and to send).
        BufferedImage huge = new BufferedImage(8000, 6000, BufferedImage.TYPE_BYTE_BINARY);
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(huge, "png", png);
        long teacherId = data.teacher();
        MvcResult r = api.frame(openSession(teacherId), png.toByteArray(), api.teacher(teacherId));
        assertThat(r.getResponse().getStatus()).isEqualTo(413);
        assertThat(json(r).get("code").asString()).isEqualTo("frame-too-large");
    }

    @Test
    void aCallerBeyondItsShareIs429WhileAnotherCallerIsRecognised() throws Exception {
        long busyTeacher = data.teacher();
        String busy = api.teacher(busyTeacher);
        long busySession = openSession(busyTeacher);
        long otherTeacher = data.teacher();
        String other = api.teacher(otherTeacher);
        long otherSession = openSession(otherTeacher);
        String busyKey = CallerShares.user(jdbc.sql("select id from users where teacher_id = :t")
                .param("t", busyTeacher).query(Long.class).single());
        byte[] frame = TestFaces.scaled(sample1, 1280);

        // The busy teacher's frames hold all of its slots (as a burst of parallel frames would).
        CallerShares.Share first = shares.acquire(busyKey);
        CallerShares.Share second = shares.acquire(busyKey);
        try {
            MvcResult refused = api.frame(busySession, frame, busy);
            assertThat(refused.getResponse().getStatus()).isEqualTo(429);
            assertThat(refused.getResponse().getHeader("Retry-After")).isEqualTo("1");
            assertThat(json(refused).get("code").asString()).isEqualTo("too-many-frames");
            assertThat(api.ok(api.frame(otherSession, frame, other)).get("faces")).hasSize(3);
        } finally {
            first.close();
            second.close();
        }
        assertThat(shares.inFlight(busyKey)).isZero();
        assertThat(api.ok(api.frame(busySession, frame, busy)).get("faces")).hasSize(3);
    }

    private static byte[] bigFrame(BufferedImage photo, double k, int top) throws Exception {
        BufferedImage out = new BufferedImage(BIG, BIG, BufferedImage.TYPE_3BYTE_BGR);
        Graphics2D g = out.createGraphics();
        try {
            g.setColor(Color.GRAY);
            g.fillRect(0, 0, BIG, BIG);
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.drawImage(photo, 0, top, BIG, (int) Math.round(photo.getHeight() * k), null);
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream jpeg = new ByteArrayOutputStream();
        ImageIO.write(out, "jpg", jpeg);
        assertThat(jpeg.size()).isLessThan(12 * 1024 * 1024);
        return jpeg.toByteArray();
    }

    private static JsonNode closest(JsonNode answer, double cx, double cy) {
        JsonNode best = null;
        double bestDistance = Double.MAX_VALUE;
        for (JsonNode f : answer.get("faces")) {
            JsonNode b = f.get("box");
            double dx = b.get("x").asInt() + b.get("width").asInt() / 2.0 - cx;
            double dy = b.get("y").asInt() + b.get("height").asInt() / 2.0 - cy;
            if (dx * dx + dy * dy < bestDistance) {
                bestDistance = dx * dx + dy * dy;
                best = b;
            }
        }
        return best;
    }

    private long openSession(long teacherId) {
        return data.openSessionNow(clock, school.zone(), data.schoolClass(teacherId), subjectId, teacherId, 2);
    }

    private JsonNode json(MvcResult r) throws Exception {
        return api.read(r.getResponse().getContentAsString(StandardCharsets.UTF_8));
    }
}
