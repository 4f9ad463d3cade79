package app.attendance.api.audit;

import java.time.Instant;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** Audit entries filtered by entity and time. */
interface AuditEntryRepository extends JpaRepository<AuditEntry, Long> {

    @Query("""
            select a from AuditEntry a
            where (:entity is null or a.entity = :entity)
              and (:entityId is null or a.entityId = :entityId)
              and a.at >= :from and a.at < :to""")
    Page<AuditEntry> search(@Param("entity") String entity, @Param("entityId") Long entityId,
            @Param("from") Instant from, @Param("to") Instant to, Pageable pageable);
}
