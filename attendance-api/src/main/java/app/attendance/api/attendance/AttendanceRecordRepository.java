package app.attendance.api.attendance;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** Attendance records by session and student; listings are built by {@link AttendanceSearch}. */
public interface AttendanceRecordRepository extends JpaRepository<AttendanceRecord, Long>,
        JpaSpecificationExecutor<AttendanceRecord> {

    Optional<AttendanceRecord> findBySessionIdAndStudentId(Long sessionId, Long studentId);

    @Query("select r from AttendanceRecord r where r.session.id = :sessionId")
    List<AttendanceRecord> findBySession(@Param("sessionId") Long sessionId);

    boolean existsByStudentId(Long studentId);

    long deleteByStudentId(Long studentId);
}
