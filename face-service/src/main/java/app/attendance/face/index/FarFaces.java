package app.attendance.face.index;

/**
 * Far templates: each enrolled photo is also stored as it looks from the back of a classroom, the
 * photo scaled down until the face is {@value #WIDTH} px wide and embedded from there. A face that
 * small in a camera frame resembles the far template of its own photo more than the close-up (on
 * the evaluation photos, a 24 px face's mean same-person similarity rose from 0.53 to 0.60, and
 * the highest different-person similarity stayed under 0.30). A far template is a face of its own
 * model id ({@code <model>@far}, so it has its own centroid per subject) and face id
 * ({@code <face>@far}); it is stored, replicated and erased with its photo, never listed or counted
 * as a face of its own, and searched only for faces narrower than {@value #PROBE_MAX_WIDTH} px.
 */
public final class FarFaces {

    /** Face width, px, of the far template. */
    public static final int WIDTH = 28;

    /** Faces narrower than this (px) are also compared with far templates. */
    public static final int PROBE_MAX_WIDTH = 48;

    private static final String SUFFIX = "@far";

    private FarFaces() {
    }

    /** The model id of far templates made with {@code modelId}. */
    public static String model(String modelId) {
        return modelId + SUFFIX;
    }

    /** The face id of the far template of face {@code faceId}. */
    public static String faceId(String faceId) {
        return faceId + SUFFIX;
    }

    /** Whether the model id (or face id) is a far template's. */
    public static boolean isFar(String id) {
        return id.endsWith(SUFFIX);
    }
}
