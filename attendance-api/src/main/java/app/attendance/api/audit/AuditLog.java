package app.attendance.api.audit;

import java.time.Clock;
import java.util.function.Consumer;
import java.util.function.Function;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records audited changes in the caller's transaction, so that a change and its audit entry
 * land together or not at all. The actor defaults to the signed-in principal's name.
 */
@Service
public class AuditLog {

    private final AuditEntryRepository entries;
    private final Clock clock;

    AuditLog(AuditEntryRepository entries, Clock clock) {
        this.entries = entries;
        this.clock = clock;
    }

    /** Records a change by the current principal. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(String action, String entity, Long entityId, Object oldValue, Object newValue,
            String reason) {
        recordAs(currentActor(), action, entity, entityId, oldValue, newValue, reason);
    }

    /**
     * Applies {@code change} to {@code target} and records it as an UPDATE of {@code entity} by the current
     * principal, with the before and after as {@code view} shows them; returns the after.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public <E, V> V update(String entity, long id, E target, Function<E, V> view, Consumer<E> change) {
        V before = view.apply(target);
        change.accept(target);
        V after = view.apply(target);
        record("UPDATE", entity, id, before, after, null);
        return after;
    }

    /** Records a change by a named actor (e.g. {@code system}, {@code device:3}). */
    @Transactional(propagation = Propagation.MANDATORY)
    public void recordAs(String actor, String action, String entity, Long entityId, Object oldValue,
            Object newValue, String reason) {
        entries.save(new AuditEntry(clock.instant(), actor, action, entity, entityId,
                oldValue == null ? null : String.valueOf(oldValue),
                newValue == null ? null : String.valueOf(newValue), reason));
    }

    /** The name of the signed-in principal, or {@code system} outside a request. */
    public static String currentActor() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null || auth.getName() == null ? "system" : auth.getName();
    }
}
