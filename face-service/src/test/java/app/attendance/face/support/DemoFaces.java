package app.attendance.face.support;

import app.attendance.face.detection.Detection;
import app.attendance.face.image.Frame;
import app.attendance.face.pipeline.AnalysedFace;
import app.attendance.face.pipeline.FacePipeline;
import java.awt.geom.Point2D;
import java.util.ArrayList;
import java.util.List;

/**
 * The people of the six demo photos, each a subject: "s{photo}-{n}" with n the face's rank by
 * size in its photo. Expected counts were checked by eye on the photos.
 */
public final class DemoFaces {

    /** Faces per demo photo, counted by eye: sample1 … sample6. */
    public static final int[] EXPECTED_FACES = {3, 3, 3, 4, 5, 4};

    /**
     * The largest face of sample3 is, by eye, the same woman as the largest face of sample1 (same
     * photographer, same camera; their embeddings agree at 0.61 where strangers stay below 0.40).
     */
    private static final java.util.Map<String, String> SAME_PERSON = java.util.Map.of("s3-0", "s1-0");

    /** One demo face: its subject id, photo, original analysis. */
    public record DemoFace(String subjectId, int photo, AnalysedFace face) {

        public Detection box() {
            return face.detection();
        }

        /** The person, as opposed to the subject: two demo subjects are one person. */
        public String person() {
            return SAME_PERSON.getOrDefault(subjectId, subjectId);
        }

        public boolean samePerson(String otherSubjectId) {
            return person().equals(SAME_PERSON.getOrDefault(otherSubjectId, otherSubjectId));
        }
    }

    private DemoFaces() {
    }

    public static List<DemoFace> all(FacePipeline pipeline) {
        List<DemoFace> all = new ArrayList<>();
        for (int n = 1; n <= 6; n++) {
            List<AnalysedFace> faces = pipeline.analyse(TestModels.sample(n));
            for (int i = 0; i < faces.size(); i++) {
                all.add(new DemoFace("s" + n + "-" + i, n, faces.get(i)));
            }
        }
        return all;
    }

    /** The demo face of {@code photo} whose box centre lands nearest the detection in a copy, or null. */
    public static DemoFace origin(List<DemoFace> demo, int photo, Augment.Copy copy, Detection found) {
        double cx = (found.x1() + found.x2()) / 2;
        double cy = (found.y1() + found.y2()) / 2;
        DemoFace best = null;
        double bestDistance = Double.MAX_VALUE;
        for (DemoFace d : demo) {
            if (d.photo() != photo) {
                continue;
            }
            Point2D c = copy.where((d.box().x1() + d.box().x2()) / 2, (d.box().y1() + d.box().y2()) / 2);
            double dist = c.distance(cx, cy);
            if (dist < bestDistance) {
                bestDistance = dist;
                best = d;
            }
        }
        return bestDistance < found.height() / 2 ? best : null;
    }

    /**
     * A single-person enrolment photo of a demo face: its neighbours in the group photo painted
     * over, then a crop with 0.6 box heights of margin around the face.
     */
    public static Frame portrait(List<DemoFace> demo, DemoFace face) {
        Frame photo = TestModels.sample(face.photo());
        byte[] rgb = photo.rgb().clone();
        for (DemoFace other : demo) {
            if (other.photo() == face.photo() && other != face) {
                Detection o = other.box();
                float pad = o.height() * 0.15f;
                for (int y = Math.max(0, (int) (o.y1() - pad)); y < Math.min(photo.height(), o.y2() + pad); y++) {
                    for (int x = Math.max(0, (int) (o.x1() - pad)); x < Math.min(photo.width(), o.x2() + pad); x++) {
                        int i = (y * photo.width() + x) * 3;
                        rgb[i] = 0;
                        rgb[i + 1] = 0;
                        rgb[i + 2] = 0;
                    }
                }
            }
        }
        Detection d = face.box();
        int side = Math.round(d.height());
        int cx = Math.round((d.x1() + d.x2()) / 2);
        int cy = Math.round((d.y1() + d.y2()) / 2);
        int half = side * 11 / 10;
        return Augment.crop(new Frame(photo.width(), photo.height(), rgb), cx - half, cy - half, 2 * half, 2 * half);
    }
}
