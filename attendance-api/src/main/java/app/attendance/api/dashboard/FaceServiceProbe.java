package app.attendance.api.dashboard;

import app.attendance.api.faceclient.FaceRecords.Info;
import app.attendance.api.faceclient.FaceServiceClient;
import org.springframework.stereotype.Component;

/**
 * Asks face-service for its model and index size through the API's one face-service client (its
 * circuit breaker and timeouts); any failure yields a "down" status with the reason instead of an
 * error.
 */
@Component
class FaceServiceProbe {

    private final FaceServiceClient client;

    FaceServiceProbe(FaceServiceClient client) {
        this.client = client;
    }

    Dashboard.FaceService probe() {
        try {
            Info info = client.status();
            if (info == null) {
                return new Dashboard.FaceService(false, null, null, null, "empty answer");
            }
            return new Dashboard.FaceService(true, info.modelId(), info.index() == null ? null : info.index().faces(),
                    info.index() == null ? null : info.index().subjects(), null);
        } catch (RuntimeException e) {
            return new Dashboard.FaceService(false, null, null, null, e.getMessage());
        }
    }
}
