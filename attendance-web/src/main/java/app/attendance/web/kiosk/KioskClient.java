package app.attendance.web.kiosk;

import app.attendance.web.api.ApiClient;
import app.attendance.web.live.FrameResult;
import app.attendance.web.live.LiveClient;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/** Device calls: authenticated by {@code X-Device-Key}, never by a user's token. */
@Component
class KioskClient {

    static final String HEADER = "X-Device-Key";

    private final ApiClient api;

    KioskClient(ApiClient api) {
        this.api = api;
    }

    /** {@code GET /api/devices/me}: the device and its current session; throws 401 for a bad key. */
    JsonNode me(String key) {
        return api.anonymous(r -> r.get().uri("/api/devices/me").header(HEADER, key).retrieve().body(JsonNode.class));
    }

    FrameResult frame(String key, byte[] jpeg) {
        return api.anonymous(r -> r.post().uri("/api/devices/frames").header(HEADER, key)
                .contentType(MediaType.MULTIPART_FORM_DATA).body(LiveClient.jpegPart("image", jpeg))
                .retrieve().body(FrameResult.class));
    }
}
