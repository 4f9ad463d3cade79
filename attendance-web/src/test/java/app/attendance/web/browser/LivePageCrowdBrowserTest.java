package app.attendance.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import app.attendance.web.browser.FakeApiServer.Answer;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * The live page with a whole class in the frame ({@link Classroom}: 30 faces of 30–100 px in
 * 1280×720, three of them waiting for the teacher): the overlay labels cover no other label and no
 * other face at desktop and phone width, the count of faces waiting shows, and a review is settled
 * with one click or the keyboard. Also checks the label placement itself on a synthetic crowd.
 */
class LivePageCrowdBrowserTest extends BrowserTest {

    /** Returns every broken rule of the latest overlay layout (empty when the labels are fine). */
    static final String VIOLATIONS = """
            const L = window.AttendanceOverlay.last, v = [];
            if (!L) { return ['no layout']; }
            const ov = (a, b) => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
            L.labels.forEach((a, i) => {
              if (a.x < 0 || a.y < 0 || a.x + a.w > L.width + 0.01 || a.y + a.h > L.height + 0.01) { v.push('label ' + i + ' leaves the frame'); }
              L.labels.forEach((b, j) => { if (j > i && ov(a, b)) { v.push('label ' + i + ' covers label ' + j); } });
              L.boxes.forEach((b, j) => { if (j !== i && ov(a, b)) { v.push('label ' + i + ' covers face ' + j); } });
              const own = L.boxes[i];
              if (a.side === 'inside') {
                if (a.x < own.x || a.y < own.y || a.x + a.w > own.x + own.w + 0.01 || a.y + a.h > own.y + own.h + 0.01) { v.push('label ' + i + ' spills out of its face'); }
              } else if (ov(a, own)) { v.push('label ' + i + ' covers its own face'); }
            });
            return v;""";

    static final Map<Long, Boolean> decided = new ConcurrentHashMap<>();

    /** The live page's status line under the video. */
    static final String STATUS = "liveStatus";

    /** The class's faces, what the teacher decided about them and the reviews still open. */
    @BeforeEach
    void classroomApi() {
        api.on("POST /api/sessions/42/frames", x -> api.frame(x, Classroom.frameJson(decided)));
        api.on("GET /api/sessions/42/pending", x -> Answer.ok(Classroom.pendingJson(decided.keySet())));
        Pattern decision = Pattern.compile(".*/pending/(\\d+)/(confirm|reject)");
        api.on("POST /api/sessions/42/pending/\\d+/(confirm|reject)", x -> {
            Matcher m = decision.matcher(x.getRequestURI().getPath());
            if (!m.matches()) {
                return new Answer(404, null);
            }
            long pendingId = Long.parseLong(m.group(1));
            decided.put(pendingId, m.group(2).equals("confirm"));
            return Answer.ok(FakeSchool.decided(pendingId, pendingId, m.group(2).equals("confirm")));
        });
    }

    @BeforeAll
    static void browser() throws IOException {
        Path images = FakeWebcam.testImages();
        assertThat(images.resolve("sample1.jpg")).as("demo photos: run bash models/fetch.sh").exists();
        List<Path> photos = List.of(images.resolve("sample2.jpg"), images.resolve("sample3.jpg"), images.resolve(
                "sample4.jpg"),
                images.resolve("sample5.jpg"), images.resolve("sample6.jpg"));
        Path webcam = FakeWebcam.fromImage(Classroom.picture(photos), Path.of("target", "fake-webcam", "classroom.y4m"),
                3);
        driver = Browsers.start(webcam.toAbsolutePath());
    }

    @Test
    void thirtyFacesGetLabelsThatCoverNothingAndReviewsTakeOneClick() throws IOException {
        signIn("lan");
        driver.get(url("/sessions/42/live"));
        WebElement waiting = driver.findElement(By.id("livePendingCount"));
        assertThat(waiting.getText()).as("the count before the camera starts, from the roster").isEqualTo(
                "3 waiting for you");
        driver.findElement(By.id("liveStart")).click();
        waitForFrames(3);

        assertThat(script("return window.AttendanceOverlay.last.labels.length")).isEqualTo(30L);
        assertThat(violations()).as("desktop layout").isEmpty();
        assertThat(driver.findElement(By.id("livePendingCount")).getText()).isEqualTo("3 waiting for you");
        WebElement photo = reviewItem(77);
        assertThat(photo.getText()).contains("Vũ Đức Long").contains("Possible photo");
        assertThat(reviewItem(78).getText()).contains("Low similarity");
        assertThat(driver.findElements(By.cssSelector("#liveKey li"))).as("names of the faces labelled by number")
                .isNotEmpty();
        saveScreenshot(new Dimension(1366, 1250), "18-live-crowd-desktop");

        // One click confirms; the fake API then answers the face as already marked and counts 2.
        reviewItem(77).findElement(By.cssSelector("button[data-decision=confirm]")).click();
        waitUpTo(10).until(d -> api.requests().contains("POST /api/sessions/42/pending/77/confirm"));
        waitUpTo(10).until(d -> d.findElements(By.cssSelector("#livePendingFaces li[data-pending-id='77']")).isEmpty());
        waitUpTo(10).until(d -> d.findElement(By.id("livePendingCount")).getText().equals("2 waiting for you"));

        // The keyboard: focus moved to the next review's Confirm; Tab reaches Reject, Enter rejects.
        WebElement focused = driver.switchTo().activeElement();
        assertThat(focused.getDomAttribute("data-decision")).isEqualTo("confirm");
        new Actions(driver).sendKeys(Keys.TAB).perform();
        focused = driver.switchTo().activeElement();
        assertThat(focused.getDomAttribute("aria-label")).startsWith("Reject ").contains("(face ");
        String rejected = focused.findElement(By.xpath("./ancestor::li")).getDomAttribute("data-pending-id");
        new Actions(driver).sendKeys(Keys.ENTER).perform();
        waitUpTo(10).until(d -> api.requests().contains("POST /api/sessions/42/pending/" + rejected + "/reject"));
        waitUpTo(10).until(d -> d.findElement(By.id("livePendingCount")).getText().equals("1 waiting for you"));

        // A click on the last waiting face in the video takes the keyboard to its Confirm button.
        String last = Classroom.PENDING.stream().map(String::valueOf).filter(id -> !id.equals("77") && !id.equals(
                rejected))
                .findFirst().orElseThrow();
        @SuppressWarnings("unchecked")
        List<Long> offset = (List<Long>) script("""
                const L = window.AttendanceOverlay.last, c = document.getElementById('liveOverlay').getBoundingClientRect();
                const b = L.boxes[arguments[0]], s = Math.min(c.width / L.width, c.height / L.height);
                const x = (c.width - L.width * s) / 2 + (b.x + b.w / 2) * s, y = (c.height - L.height * s) / 2 + (b.y + b.h / 2) * s;
                return [Math.round(x - c.width / 2), Math.round(y - c.height / 2)];""", seatOf(Long.parseLong(last)));
        new Actions(driver).moveToElement(driver.findElement(By.id("liveOverlay")), offset.get(0).intValue(), offset
                .get(1).intValue())
                .click().perform();
        waitUpTo(5).until(d -> last.equals(d.switchTo().activeElement().findElement(By.xpath("./ancestor::li"))
                .getDomAttribute("data-pending-id")));

        // At phone width every label is a number and the names are listed under the video.
        driver.manage().window().setSize(Browsers.PHONE);
        waitForFrames(3);
        assertThat(violations()).as("phone layout").isEmpty();
        @SuppressWarnings("unchecked")
        List<String> texts = (List<String>) script("return window.AttendanceOverlay.last.labels.map(l => l.text)");
        assertThat(texts).hasSize(30).allMatch(t -> t.matches("\\d+"));
        assertThat(driver.findElements(By.cssSelector("#liveKey li"))).hasSize(30);
        assertThat(driver.findElement(By.id("liveKey")).getText()).contains("Nguyễn Hoàng Bảo Ngọc");
        saveScreenshot(new Dimension(390, 1900), "18-live-crowd-phone");
        driver.manage().window().setSize(Browsers.DESKTOP);
        driver.findElement(By.id("liveStop")).click();
    }

    @Test
    void onceEveryoneIsMarkedThePageSendsSmallerFramesUntilAMarkIsTakenBack() throws IOException {
        AtomicBoolean everyone = new AtomicBoolean(true);
        api.on("POST /api/sessions/42/frames", x -> api.frame(x, Classroom.frameJson(decided).replaceFirst("\\{",
                "{\"everyoneMarked\":" + everyone.get() + ",")));
        signIn("lan");
        driver.get(url("/sessions/42/live"));
        int before = api.frames().size();
        driver.findElement(By.id("liveStart")).click();
        waitForFrames(3);
        List<Integer> widths = widths(before);
        assertThat(widths.getFirst()).as("the first frame, before any answer").isEqualTo(1280);
        assertThat(widths.subList(1, widths.size())).as("frames after an answer saying everyone is marked")
                .isNotEmpty().allMatch(w -> w == 640);
        assertThat(violations()).as("labels of the smaller frame").isEmpty();
        assertThat(driver.findElement(By.id(STATUS)).getText()).as("the page says why fewer faces are boxed")
                .contains("everyone is marked");
        saveScreenshot(new Dimension(1366, 1250), "18-live-everyone-marked-desktop");

        everyone.set(false);
        int taken = api.frames().size();
        waitForFrames(3);
        List<Integer> after = widths(taken);
        assertThat(after.getLast()).as("a mark taken back: full frames again").isEqualTo(1280);
        assertThat(driver.findElement(By.id(STATUS)).getText()).doesNotContain("everyone is marked");
        driver.findElement(By.id("liveStop")).click();
    }

    private static List<Integer> widths(int from) throws IOException {
        List<Integer> widths = new java.util.ArrayList<>();
        for (FakeApiServer.Frame f : api.frames().subList(from, api.frames().size())) {
            widths.add(javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(f.jpeg())).getWidth());
        }
        return widths;
    }

    @Test
    void placementKeepsEveryLabelOffOtherLabelsAndFacesEvenWhenCrowded() {
        signIn("lan");
        driver.get(url("/sessions/42/live"));
        // A lone face: the full label right above it. A face at the top edge: below it.
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> simple = (List<Map<String, Object>>) script("""
                return window.AttendanceOverlay.place([
                  {box: {x: 100, y: 100, width: 50, height: 60}, texts: ['Trần Minh Anh · Marked', 'Trần Minh Anh', '1']},
                  {box: {x: 400, y: 2, width: 50, height: 60}, texts: ['Lê Hoàng Nam · Marked', 'Lê Hoàng Nam', '2']}],
                  {width: 640, height: 480, labelHeight: 20, pad: 4, gap: 2, measure: t => t.length * 8});""");
        assertThat(simple.get(0)).containsEntry("side", "above").containsEntry("variant", 0L);
        assertThat(simple.get(1)).containsEntry("side", "below").containsEntry("variant", 0L);

        // 30 faces of 30 px, 8 px apart, huge labels: shortened, numbered, at worst inside their own face.
        @SuppressWarnings("unchecked")
        List<String> broken = (List<String>) script("""
                const items = [], boxes = [];
                for (let i = 0; i < 30; i++) {
                  const box = {x: 20 + (i % 10) * 38, y: 20 + Math.floor(i / 10) * 38, width: 30, height: 30};
                  boxes.push(box);
                  items.push({box: box, texts: ['Nguyễn Hoàng Bảo Ngọc · Already marked', 'Nguyễn Hoàng Bảo Ngọc', String(i + 1)], priority: i % 3});
                }
                const labels = window.AttendanceOverlay.place(items, {width: 640, height: 360, labelHeight: 24, pad: 5, gap: 2, measure: t => t.length * 9});
                window.AttendanceOverlay.last = {width: 640, height: 360, boxes: boxes.map(b => ({x: b.x, y: b.y, w: b.width, h: b.height})), labels: labels};
                """ + VIOLATIONS);
        assertThat(broken).isEmpty();
        assertThat(script("return window.AttendanceOverlay.last.labels.filter(l => l.side === 'inside').length")).as(
                "some had no room outside")
                .isNotEqualTo(0L);
        assertThat((Long) script("return window.AttendanceOverlay.last.labels.filter(l => l.variant === 2).length")).as(
                "numbers")
                .isGreaterThan(10L);

        // Numbers follow the tracks: a face keeps its number while its neighbours come and go.
        assertThat(script("""
                const number = window.AttendanceOverlay.numbering(10000);
                const a = {trackId: 1, box: {x: 500, y: 10, width: 40, height: 40}}, b = {trackId: 2, box: {x: 10, y: 10, width: 40, height: 40}};
                const first = number([a, b], 0), second = number([{trackId: 3, box: {x: 5, y: 5, width: 40, height: 40}}, a], 500);
                return [first.join(','), second.join(',')].join(' / ');""")).isEqualTo("2,1 / 3,2");
    }

    @Test
    void theKioskAsksAFaceTooFarForTheLivenessCheckToComeCloser() {
        api.on("POST /api/devices/frames", x -> api.frame(x, """
                {"sessionId":42,"width":1280,"height":720,"faces":[{"box":{"x":600,"y":300,"width":48,"height":58},
                 "outcome":"TOO_SMALL","reason":"COME_CLOSER","trackId":5}]}"""));
        driver.manage().deleteAllCookies();
        driver.get(url("/kiosk?lang=en"));
        driver.findElement(By.id("key")).sendKeys(FakeApiServer.DEVICE_KEY);
        driver.findElement(By.cssSelector("button[type=submit]")).click();
        waitUpTo(30).until(d -> !d.findElements(By.id("liveStart")).isEmpty());
        driver.findElement(By.id("liveStart")).click();
        waitUpTo(30).until(d -> d.findElement(By.id("kioskMarked")).getText().equals(
                "Please come closer to the camera"));
        assertThat(script("return window.AttendanceOverlay.last.labels[0].text")).isEqualTo("Come closer");
    }

    private static int seatOf(long pendingId) {
        List<Classroom.Seat> seats = Classroom.seats();
        for (int i = 0; i < seats.size(); i++) {
            if (Long.valueOf(pendingId).equals(seats.get(i).pendingId())) {
                return i;
            }
        }
        throw new IllegalArgumentException("no seat waits for " + pendingId);
    }

    private WebElement reviewItem(long pendingId) {
        return waitUpTo(10).until(d -> d.findElement(By.cssSelector("#livePendingFaces li[data-pending-id='" + pendingId
                + "']")));
    }

    @SuppressWarnings("unchecked")
    private static List<String> violations() {
        return (List<String>) script(VIOLATIONS);
    }

    private static Object script(String js, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(js, args);
    }

    /** Waits until `more` further frames have been answered and drawn. */
    private void waitForFrames(int more) {
        long start = Long.parseLong(String.valueOf(script(
                "return document.getElementById('liveStage').dataset.framesSent || '0'")));
        waitUpTo(30).until(d -> Long.parseLong(String.valueOf(script(
                "return document.getElementById('liveStage').dataset.framesSent"))) >= start + more);
    }

    /** A screenshot at this window size once the overlay has been drawn for it. */
    private void saveScreenshot(Dimension size, String name) throws IOException {
        driver.manage().window().setSize(size);
        waitForFrames(2);
        Screenshots.take(driver, name);
    }
}
