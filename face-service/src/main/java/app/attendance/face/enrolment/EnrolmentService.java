package app.attendance.face.enrolment;

import app.attendance.face.config.FaceProperties;
import app.attendance.face.image.Frame;
import app.attendance.face.image.ImageRejectedException;
import app.attendance.face.image.Uploads;
import app.attendance.face.index.FaceIndex;
import app.attendance.face.index.FaceTemplates;
import app.attendance.face.index.FaceVector;
import app.attendance.face.index.FarFaces;
import app.attendance.face.index.SubjectMatch;
import app.attendance.face.pipeline.AnalysedFace;
import app.attendance.face.pipeline.FacePipeline;
import app.attendance.face.quality.Reason;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.web.multipart.MultipartFile;

/**
 * Enrols photos of one subject: each must hold exactly one face that passes the quality gates.
 * The accepted faces are stored together, durably, before the answer leaves. Each accepted face
 * also reports the most similar other subject when it reaches the match threshold, so a caller
 * can warn about look-alikes (or a photo filed under the wrong person). Each accepted photo also
 * gets its far template ({@link FarFaces}), stored in the same write.
 */
@Service
class EnrolmentService {

    private final Uploads uploads;
    private final FacePipeline pipeline;
    private final FaceIndex index;
    private final FaceTemplates templates;
    private final float matchThreshold;

    EnrolmentService(Uploads uploads, FacePipeline pipeline, FaceIndex index, FaceTemplates templates,
            FaceProperties props) {
        this.uploads = uploads;
        this.pipeline = pipeline;
        this.index = index;
        this.templates = templates;
        this.matchThreshold = props.thresholds().match();
    }

    /**
     * Faces besides the largest that are at least half its width and would pass the enrolment
     * gates themselves: with one of them, it is not clear who the subject is. A face far in the
     * background is no rival, nor a box on hair or clothes (seen on a hair bow next to the face).
     */
    static long rivals(List<AnalysedFace> faces) {
        float main = faces.getFirst().detection().width();
        return faces.stream().skip(1)
                .filter(f -> f.detection().width() >= main / 2 && f.quality().ok()).count();
    }

    /** The outcome per photo and the change sequence of the stored faces (0 when none was stored). */
    record Enrolment(List<EnrolResult> results, long sequence) {
    }

    Enrolment enrol(String subjectId, List<MultipartFile> images) {
        List<EnrolResult> results = new ArrayList<>(images.size());
        List<FaceTemplates.NewTemplate> accepted = new ArrayList<>();
        for (int i = 0; i < images.size(); i++) {
            MultipartFile image = images.get(i);
            String fileName = image.getOriginalFilename();
            Frame frame;
            List<AnalysedFace> faces;
            try {
                frame = uploads.decode(image, "images[" + i + "]");
                faces = pipeline.analyse(frame);
            } catch (ImageRejectedException e) {
                results.add(EnrolResult.rejected(i, fileName, Reason.INVALID_IMAGE, e.getMessage()));
                continue;
            }
            if (faces.isEmpty()) {
                results.add(EnrolResult.rejected(i, fileName, Reason.NO_FACE, "No face was found in the photo."));
            } else if (rivals(faces) > 0) {
                results.add(EnrolResult.rejected(i, fileName, Reason.MULTIPLE_FACES, (rivals(faces) + 1)
                        + " faces were found; an enrolment photo must show only the subject."));
            } else if (!faces.getFirst().quality().ok()) {
                AnalysedFace face = faces.getFirst();
                Reason reason = face.quality().reasons().getFirst();
                results.add(EnrolResult.rejected(i, fileName, reason, Messages.of(reason, face)));
            } else {
                AnalysedFace face = faces.getFirst();
                FaceVector vector = new FaceVector(UUID.randomUUID().toString(), subjectId, face.modelId(),
                        face.embedding(), Instant.now());
                accepted.add(new FaceTemplates.NewTemplate(vector, face.quality().faceSize(), face.quality()
                        .sharpness(), face.quality().yaw()));
                float[] far = pipeline.embeddingAt(frame, face.detection(), FarFaces.WIDTH);
                if (far != null) {
                    accepted.add(new FaceTemplates.NewTemplate(new FaceVector(FarFaces.faceId(vector.faceId()),
                            subjectId, FarFaces.model(face.modelId()), far, vector.createdAt()), FarFaces.WIDTH,
                            null, null));
                }
                results.add(EnrolResult.accepted(i, fileName, vector.faceId(), nearestOther(subjectId, face)));
            }
        }
        return new Enrolment(results, templates.add(accepted).sequence());
    }

    private EnrolResult.Nearest nearestOther(String subjectId, AnalysedFace face) {
        return index.search(face.modelId(), face.embedding(), 2, null).stream()
                .filter(m -> !m.subjectId().equals(subjectId) && m.similarity() >= matchThreshold)
                .findFirst()
                .map(EnrolmentService::nearest)
                .orElse(null);
    }

    private static EnrolResult.Nearest nearest(SubjectMatch m) {
        return new EnrolResult.Nearest(m.subjectId(), Math.round(m.similarity() * 10000) / 10000f);
    }
}
