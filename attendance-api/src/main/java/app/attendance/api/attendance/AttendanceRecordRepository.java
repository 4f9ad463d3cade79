package app.attendance.api.attendance;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** Attendance records by session, by student, and filtered for listings. */
public interface AttendanceRecordRepository extends JpaRepository<AttendanceRecord, Long> {

    Optional<AttendanceRecord> findBySessionIdAndStudentId(Long sessionId, Long studentId);

    @Query("select r from AttendanceRecord r where r.session.id = :sessionId")
    List<AttendanceRecord> findBySession(@Param("sessionId") Long sessionId);

    @Query(value = """
            select r from AttendanceRecord r
              join fetch r.session s join fetch s.subject join fetch s.schoolClass c
              join fetch r.student st
            where (:studentId is null or st.id = :studentId)
              and (:classId is null or c.id = :classId)
              and s.date >= :from and s.date <= :to
              and (:status is null or r.status = :status)
              and (:visibleToTeacherId is null or s.teacher.id = :visibleToTeacherId
                   or c.homeroomTeacher.id = :visibleToTeacherId
                   or exists (select 1 from TimetableSlot ts
                              where ts.schoolClass = c and ts.teacher.id = :visibleToTeacherId))""",
            countQuery = """
            select count(r) from AttendanceRecord r join r.session s join s.schoolClass c
            where (:studentId is null or r.student.id = :studentId)
              and (:classId is null or c.id = :classId)
              and s.date >= :from and s.date <= :to
              and (:status is null or r.status = :status)
              and (:visibleToTeacherId is null or s.teacher.id = :visibleToTeacherId
                   or c.homeroomTeacher.id = :visibleToTeacherId
                   or exists (select 1 from TimetableSlot ts
                              where ts.schoolClass = c and ts.teacher.id = :visibleToTeacherId))""")
    Page<AttendanceRecord> search(@Param("studentId") Long studentId, @Param("classId") Long classId,
            @Param("from") LocalDate from, @Param("to") LocalDate to, @Param("status") AttendanceStatus status,
            @Param("visibleToTeacherId") Long visibleToTeacherId, Pageable pageable);

    boolean existsByStudentId(Long studentId);

    long deleteByStudentId(Long studentId);
}
