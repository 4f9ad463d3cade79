package app.attendance.api.faceclient;

/**
 * face-service refused the request itself (4xx other than authentication): an image it cannot
 * decode, too large, of an unsupported type. The caller's fault, not an outage.
 */
public class FaceServiceRejectedException extends RuntimeException {

    private final int status;
    private final String code;

    public FaceServiceRejectedException(int status, String code, String detail) {
        super(detail);
        this.status = status;
        this.code = code;
    }

    public int status() {
        return status;
    }

    /** face-service's machine-readable code, e.g. {@code INVALID_IMAGE}; may be null. */
    public String code() {
        return code;
    }
}
