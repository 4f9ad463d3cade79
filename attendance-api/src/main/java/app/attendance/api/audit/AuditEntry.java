package app.attendance.api.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One audited change. Append-only. */
@Entity
@Table(name = "audit_log")
class AuditEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private Instant at;

    @Column(nullable = false)
    private String actor;

    @Column(nullable = false)
    private String action;

    @Column(nullable = false)
    private String entity;

    @Column(name = "entity_id")
    private Long entityId;

    @Column(name = "old_value")
    private String oldValue;

    @Column(name = "new_value")
    private String newValue;

    private String reason;

    protected AuditEntry() {
    }

    AuditEntry(Instant at, String actor, String action, String entity, Long entityId, String oldValue,
            String newValue, String reason) {
        this.at = at;
        this.actor = actor;
        this.action = action;
        this.entity = entity;
        this.entityId = entityId;
        this.oldValue = oldValue;
        this.newValue = newValue;
        this.reason = reason;
    }

    Long getId() {
        return id;
    }

    Instant getAt() {
        return at;
    }

    String getActor() {
        return actor;
    }

    String getAction() {
        return action;
    }

    String getEntity() {
        return entity;
    }

    Long getEntityId() {
        return entityId;
    }

    String getOldValue() {
        return oldValue;
    }

    String getNewValue() {
        return newValue;
    }

    String getReason() {
        return reason;
    }
}
