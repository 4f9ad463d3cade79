package app.attendance.api.attendance;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;
import jakarta.persistence.LockModeType;

/** Sessions, looked up by room or class for devices; listings are built by {@link SessionSearch}. */
public interface ClassSessionRepository extends JpaRepository<ClassSession, Long>,
        JpaSpecificationExecutor<ClassSession> {

    @Query("""
            select s from ClassSession s
              join fetch s.schoolClass join fetch s.subject join fetch s.teacher left join fetch s.room
            where s.id = :id""")
    Optional<ClassSession> findDetailed(@Param("id") Long id);

    /** Locks the session row so that status changes and marks serialise on it. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select s from ClassSession s where s.id = :id")
    Optional<ClassSession> findForUpdate(@Param("id") Long id);

    /** Sessions of a room (or a class) on a date that cover the given time, earliest first. */
    @Query("""
            select s from ClassSession s
              join fetch s.schoolClass join fetch s.subject join fetch s.teacher left join fetch s.room
            where s.date = :date and s.startTime <= :latestStart and s.endTime > :time
              and ((:roomId is not null and s.room.id = :roomId)
                   or (:classId is not null and s.schoolClass.id = :classId))
            order by s.startTime""")
    List<ClassSession> findRunning(@Param("date") LocalDate date, @Param("time") LocalTime time,
            @Param("latestStart") LocalTime latestStart, @Param("roomId") Long roomId,
            @Param("classId") Long classId);

    @Query("select s.slot.id from ClassSession s where s.slot.id in :slotIds and s.date = :date")
    List<Long> findSlotIdsWithSessionOn(@Param("slotIds") List<Long> slotIds, @Param("date") LocalDate date);

    boolean existsBySchoolClassId(Long classId);

    boolean existsByTeacherId(Long teacherId);

    boolean existsBySubjectId(Long subjectId);

    boolean existsByRoomId(Long roomId);
}
