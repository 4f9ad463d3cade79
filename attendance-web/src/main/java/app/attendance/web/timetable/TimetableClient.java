package app.attendance.web.timetable;

import app.attendance.web.api.ApiClient;
import java.util.List;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;

/** {@code /api/timetable} (not paged). */
@Component
class TimetableClient {

    private final ApiClient api;

    TimetableClient(ApiClient api) {
        this.api = api;
    }

    List<Slot> slots(String filter, long id) {
        return api.call(r -> r.get().uri(u -> u.path("/api/timetable").queryParam(filter, id).build())
                .retrieve().body(new ParameterizedTypeReference<List<Slot>>() {
                }));
    }

    Slot get(long id) {
        return api.call(r -> r.get().uri("/api/timetable/{id}", id).retrieve().body(Slot.class));
    }

    Slot create(SlotForm form) {
        return api.call(r -> r.post().uri("/api/timetable").contentType(MediaType.APPLICATION_JSON).body(form)
                .retrieve().body(Slot.class));
    }

    Slot update(long id, SlotForm form) {
        return api.call(r -> r.put().uri("/api/timetable/{id}", id).contentType(MediaType.APPLICATION_JSON).body(form)
                .retrieve().body(Slot.class));
    }

    void delete(long id) {
        api.run(r -> r.delete().uri("/api/timetable/{id}", id).retrieve().toBodilessEntity());
    }
}
