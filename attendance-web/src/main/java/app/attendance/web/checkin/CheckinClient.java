package app.attendance.web.checkin;

import app.attendance.web.api.ApiClient;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;

/** The two API calls of a QR check-in: the teacher's current code and the student's check-in. */
@Component
class CheckinClient {

    private final ApiClient api;

    CheckinClient(ApiClient api) {
        this.api = api;
    }

    CheckinCode code(long sessionId) {
        return api.call(r -> r.get().uri("/api/sessions/{id}/checkin-code", sessionId).retrieve()
                .body(CheckinCode.class));
    }

    CheckinResult checkIn(String code) {
        return api.call(r -> r.post().uri("/api/me/checkin").contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("code", code)).retrieve().body(CheckinResult.class));
    }
}
