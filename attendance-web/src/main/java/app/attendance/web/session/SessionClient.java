package app.attendance.web.session;

import app.attendance.web.api.ApiClient;
import app.attendance.web.api.PageResult;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;

/** Calls of {@code /api/sessions} that list, open and close sessions. */
@Component
public class SessionClient {

    private static final ParameterizedTypeReference<PageResult<Session>> PAGE = new ParameterizedTypeReference<>() {
    };

    private final ApiClient api;

    public SessionClient(ApiClient api) {
        this.api = api;
    }

    /** All sessions of a day (of one teacher when {@code teacherId} is set), by start time. */
    public List<Session> onDate(LocalDate date, Long teacherId) {
        PageResult<Session> page = api.call(r -> r.get().uri(u -> {
            u.path("/api/sessions").queryParam("date", date).queryParam("size", 200).queryParam("sort",
                    "startTime,asc");
            if (teacherId != null) {
                u.queryParam("teacherId", teacherId);
            }
            return u.build();
        }).retrieve().body(PAGE));
        return page == null ? List.of() : page.content();
    }

    /** The classes a teacher teaches in some timetable slot ({@code GET /api/timetable?teacherId=}). */
    Set<Long> classesTaughtBy(long teacherId) {
        List<SlotClass> slots = api.call(r -> r.get().uri(u -> u.path("/api/timetable").queryParam("teacherId",
                teacherId)
                .build()).retrieve().body(new ParameterizedTypeReference<List<SlotClass>>() {
                }));
        Set<Long> ids = new HashSet<>();
        (slots == null ? List.<SlotClass>of() : slots).forEach(s -> ids.add(s.classId()));
        return ids;
    }

    /** The part of a timetable slot that names its class. */
    record SlotClass(Long classId) {
    }

    /** Creates an ad-hoc session outside the timetable. */
    Session create(SessionForm form) {
        return api.call(r -> r.post().uri("/api/sessions").contentType(MediaType.APPLICATION_JSON).body(form)
                .retrieve().body(Session.class));
    }

    public Session get(long id) {
        return api.call(r -> r.get().uri("/api/sessions/{id}", id).retrieve().body(Session.class));
    }

    public Session open(long id) {
        return api.call(r -> r.post().uri("/api/sessions/{id}/open", id).retrieve().body(Session.class));
    }

    public Session reopen(long id) {
        return api.call(r -> r.post().uri("/api/sessions/{id}/reopen", id).retrieve().body(Session.class));
    }

    /** Creates the sessions of the timetable between two dates; answers how many were new. */
    public Generated generate(LocalDate from, LocalDate to) {
        return api.call(r -> r.post().uri("/api/sessions/generate")
                .contentType(MediaType.APPLICATION_JSON)
                .body(new GenerateRequest(from, to)).retrieve().body(Generated.class));
    }

    /** Body of {@code POST /api/sessions/generate}. */
    record GenerateRequest(LocalDate from, LocalDate to) {
    }

    /** Answer of {@code POST /api/sessions/generate}; a flash attribute, so kept in the HTTP session. */
    public record Generated(int created, int existing) implements Serializable {
    }

    public Session close(long id) {
        return api.call(r -> r.post().uri("/api/sessions/{id}/close", id).retrieve().body(Session.class));
    }
}
