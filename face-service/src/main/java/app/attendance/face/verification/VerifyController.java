package app.attendance.face.verification;

import app.attendance.face.config.FaceProperties;
import app.attendance.face.embedding.FaceEmbedder;
import app.attendance.face.image.Uploads;
import app.attendance.face.pipeline.AnalysedFace;
import app.attendance.face.pipeline.FacePipeline;
import app.attendance.face.system.RequestRefusedException;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** {@code POST /v1/verify}: compares the largest face of {@code image1} with that of {@code image2}. */
@RestController
class VerifyController {

    private final Uploads uploads;
    private final FacePipeline pipeline;
    private final float threshold;

    VerifyController(Uploads uploads, FacePipeline pipeline, FaceProperties props) {
        this.uploads = uploads;
        this.pipeline = pipeline;
        this.threshold = props.thresholds().match();
    }

    @PostMapping(path = "/v1/verify", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    Verification verify(@RequestPart("image1") MultipartFile image1, @RequestPart("image2") MultipartFile image2) {
        AnalysedFace a = largest(image1, "image1");
        AnalysedFace b = largest(image2, "image2");
        float similarity = FaceEmbedder.similarity(a.embedding(), b.embedding());
        return new Verification(Math.round(similarity * 10000) / 10000f, similarity >= threshold, threshold);
    }

    private AnalysedFace largest(MultipartFile part, String name) {
        List<AnalysedFace> faces = pipeline.analyse(uploads.decode(part, name));
        if (faces.isEmpty()) {
            throw new RequestRefusedException(HttpStatus.UNPROCESSABLE_CONTENT, "no-face",
                    "No face was found in " + Uploads.describe(part, name) + ".");
        }
        return faces.getFirst();
    }

    /** Cosine similarity of the two faces and whether it reaches the match threshold. */
    record Verification(float similarity, boolean match, float threshold) {
    }
}
