package app.attendance.face.onnx;

/** A model file is missing, unreadable or has inputs/outputs other than the pipeline needs. */
public class ModelMismatchException extends RuntimeException {

    ModelMismatchException(String message) {
        super(message);
    }

    ModelMismatchException(String message, Throwable cause) {
        super(message, cause);
    }
}
