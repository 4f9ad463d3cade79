package app.attendance.web.live;

import app.attendance.web.api.ApiClient;
import java.util.List;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import app.attendance.web.api.Multipart;
import org.springframework.stereotype.Component;

/** Calls behind the live page: frames, roster, pending matches, manual status changes. */
@Component
public class LiveClient {

    private final ApiClient api;

    public LiveClient(ApiClient api) {
        this.api = api;
    }

    public FrameResult frame(long sessionId, byte[] jpeg) {
        return api.call(r -> r.post().uri("/api/sessions/{id}/frames", sessionId)
                .contentType(MediaType.MULTIPART_FORM_DATA)
                .body(jpegPart("image", jpeg))
                .retrieve().body(FrameResult.class));
    }

    public List<RosterEntry> roster(long sessionId) {
        return api.call(r -> r.get().uri("/api/sessions/{id}/roster", sessionId).retrieve()
                .body(new ParameterizedTypeReference<List<RosterEntry>>() {
                }));
    }

    public List<PendingMatch> pending(long sessionId) {
        return api.call(r -> r.get().uri("/api/sessions/{id}/pending", sessionId).retrieve()
                .body(new ParameterizedTypeReference<List<PendingMatch>>() {
                }));
    }

    public void decide(long sessionId, long pendingId, boolean confirm) {
        api.run(r -> r.post().uri("/api/sessions/{id}/pending/{pid}/{decision}", sessionId, pendingId,
                confirm ? "confirm" : "reject").retrieve().toBodilessEntity());
    }

    public RosterEntry setStatus(long sessionId, long studentId, StatusChange change) {
        return api.call(r -> r.put().uri("/api/sessions/{id}/attendance/{sid}", sessionId, studentId)
                .contentType(MediaType.APPLICATION_JSON).body(change)
                .retrieve().body(RosterEntry.class));
    }

    /** A multipart body with one JPEG part, as the API's frame endpoints expect. */
    public static Object jpegPart(String name, byte[] jpeg) {
        return Multipart.of(name, "frame.jpg", MediaType.IMAGE_JPEG, jpeg);
    }

    /** Body of {@code PUT /api/sessions/{id}/attendance/{studentId}}. */
    public record StatusChange(String status, String note) {
    }
}
