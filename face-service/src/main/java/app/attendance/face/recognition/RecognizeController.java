package app.attendance.face.recognition;

import app.attendance.face.config.FaceProperties;
import app.attendance.face.detection.Detection;
import app.attendance.face.image.Frame;
import app.attendance.face.image.Uploads;
import app.attendance.face.pipeline.FacePipeline;
import app.attendance.face.system.RequestRefusedException;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * {@code POST /v1/recognize}: every face of a frame, with liveness and its best enrolled subjects.
 * {@code known}: boxes the caller has already identified ({@code x,y,w,h;x,y,w,h…}); faces there
 * are only located, which makes a frame of known faces cost little more than detection.
 * {@code scan}: {@code full} (default) looks at the whole frame and at overlapping tiles of it, which
 * finds faces from about 24 px wide; {@code whole} looks at the whole frame only (one detector run,
 * faces from about 60 px in a 1280×720 frame), for a caller with nothing left to find.
 * {@code identify}: {@code all} (default) analyses and matches every face not in {@code known};
 * {@code none} analyses no face: the others come back with their box only and {@code known} null.
 */
@RestController
class RecognizeController {

    private final Uploads uploads;
    private final FacePipeline pipeline;
    private final Recognizer recognizer;
    private final float defaultThreshold;

    RecognizeController(Uploads uploads, FacePipeline pipeline, Recognizer recognizer, FaceProperties props) {
        this.uploads = uploads;
        this.pipeline = pipeline;
        this.recognizer = recognizer;
        this.defaultThreshold = props.thresholds().match();
    }

    @PostMapping(path = "/v1/recognize", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    Recognition recognize(
            @RequestPart("image") MultipartFile image,
            @RequestParam(name = "candidates", required = false) String candidates,
            @RequestParam(name = "threshold", required = false) @DecimalMin(value = "-1",
                    message = "must be between -1 and 1") @DecimalMax(value = "1",
                            message = "must be between -1 and 1") Float threshold,
            @RequestParam(name = "known", required = false) String known,
            @RequestParam(name = "scan", required = false) String scan,
            @RequestParam(name = "identify", required = false) String identify) {
        List<Detection> knownBoxes = KnownBoxes.parse(known);
        boolean wholeOnly = wholeOnly(scan);
        boolean identifyAll = identifyAll(identify);
        Frame frame = uploads.decode(image, "image");
        Set<String> only = parse(candidates);
        float t = threshold == null ? defaultThreshold : threshold;
        List<Recognizer.RecognizedFace> faces = pipeline.analyse(frame, knownBoxes, wholeOnly, identifyAll).stream()
                .map(f -> f.face() == null ? recognizer.known(f) : recognizer.recognize(f.face(), only, t)).toList();
        return new Recognition(pipeline.modelId(), frame.width(), frame.height(), faces);
    }

    /** {@code scan}: absent or {@code full} → false, {@code whole} → true, anything else 400. */
    private static boolean wholeOnly(String scan) {
        if (scan == null || scan.isBlank() || scan.equalsIgnoreCase("full")) {
            return false;
        }
        if (scan.equalsIgnoreCase("whole")) {
            return true;
        }
        throw new RequestRefusedException(HttpStatus.BAD_REQUEST, "invalid-scan",
                "Parameter 'scan' must be 'full' or 'whole', not '" + (scan.length() > 20 ? scan.substring(0, 20)
                        + "…" : scan) + "'.");
    }

    /** {@code identify}: absent or {@code all} → true, {@code none} → false, anything else 400. */
    private static boolean identifyAll(String identify) {
        if (identify == null || identify.isBlank() || identify.equalsIgnoreCase("all")) {
            return true;
        }
        if (identify.equalsIgnoreCase("none")) {
            return false;
        }
        throw new RequestRefusedException(HttpStatus.BAD_REQUEST, "invalid-identify",
                "Parameter 'identify' must be 'all' or 'none', not '" + (identify.length() > 20
                        ? identify.substring(0, 20) + "…" : identify) + "'.");
    }

    /** Comma-separated subject ids, or null (search everyone) when absent or blank. */
    private static Set<String> parse(String candidates) {
        if (candidates == null || candidates.isBlank()) {
            return null;
        }
        Set<String> ids = new LinkedHashSet<>();
        Arrays.stream(candidates.split(",")).map(String::trim).filter(s -> !s.isEmpty()).forEach(ids::add);
        return ids;
    }

    /** The upright frame's size and its faces, largest first. */
    record Recognition(String modelId, int width, int height, List<Recognizer.RecognizedFace> faces) {
    }
}
