package app.attendance.face.pipeline;

import app.attendance.face.image.Frame;
import app.attendance.face.image.Uploads;
import app.attendance.face.quality.Quality;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** {@code POST /v1/detect}: every face of an image with its landmarks, liveness and quality. */
@RestController
class DetectController {

    private final Uploads uploads;
    private final FacePipeline pipeline;

    DetectController(Uploads uploads, FacePipeline pipeline) {
        this.uploads = uploads;
        this.pipeline = pipeline;
    }

    @PostMapping(path = "/v1/detect", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    DetectResponse detect(@RequestPart("image") MultipartFile image) {
        Frame frame = uploads.decode(image, "image");
        List<DetectedFace> faces = pipeline.analyse(frame).stream()
                .map(f -> new DetectedFace(FaceJson.Box.of(f.detection()),
                        Math.round(f.detection().score() * 1000) / 1000f,
                        FaceJson.Landmark.of(f.landmarks()), FaceJson.Liveness.of(f), f.quality()))
                .toList();
        return new DetectResponse(frame.width(), frame.height(), faces);
    }

    /** The upright image's size and its faces, largest first. */
    record DetectResponse(int width, int height, List<DetectedFace> faces) {
    }

    /** One face; landmarks are left eye, right eye, nose, left and right mouth corner. */
    record DetectedFace(FaceJson.Box box, float score, List<FaceJson.Landmark> landmarks,
            FaceJson.Liveness liveness, Quality quality) {
    }
}
