package app.attendance.api.attendance;

import app.attendance.api.system.SchoolProperties;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds the session the timetable says is running in a room or for a class now (from the early
 * window before its start until its end), preferring an OPEN one. Used by device endpoints.
 */
@Service
public class RunningSessions {

    private final ClassSessionRepository sessions;
    private final SessionService sessionService;
    private final MarkingProperties rules;
    private final SchoolProperties school;
    private final Clock clock;

    RunningSessions(ClassSessionRepository sessions, SessionService sessionService, MarkingProperties rules,
            SchoolProperties school, Clock clock) {
        this.sessions = sessions;
        this.sessionService = sessionService;
        this.rules = rules;
        this.school = school;
        this.clock = clock;
    }

    /** The current session of a room (checked first) or class; empty when none is running. */
    @Transactional(readOnly = true)
    public Optional<SessionView> current(Long roomId, Long classId) {
        if (roomId == null && classId == null) {
            return Optional.empty();
        }
        LocalDateTime now = LocalDateTime.now(clock.withZone(school.zone()));
        LocalDateTime latestStart = now.plus(rules.earlyWindow());
        if (!latestStart.toLocalDate().equals(now.toLocalDate())) {
            latestStart = now.toLocalDate().atTime(23, 59, 59);
        }
        List<ClassSession> running = sessions.findRunning(now.toLocalDate(), now.toLocalTime(),
                latestStart.toLocalTime(), roomId, classId);
        return running.stream()
                .min(Comparator.comparing((ClassSession s) -> s.getStatus() != SessionStatus.OPEN)
                        .thenComparing(s -> roomId != null && s.getRoom() != null
                                && !roomId.equals(s.getRoom().getId()))
                        .thenComparing(ClassSession::getStartTime))
                .map(s -> sessionService.get(s.getId()));
    }
}
