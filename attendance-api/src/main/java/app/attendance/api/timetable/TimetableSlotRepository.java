package app.attendance.api.timetable;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** Timetable slots, with the queries behind listing, clash detection and session generation. */
public interface TimetableSlotRepository extends JpaRepository<TimetableSlot, Long> {

    @Query("""
            select s from TimetableSlot s
              join fetch s.schoolClass join fetch s.subject join fetch s.teacher left join fetch s.room
            where (:classId is null or s.schoolClass.id = :classId)
              and (:teacherId is null or s.teacher.id = :teacherId)
              and (:roomId is null or s.room.id = :roomId)
            order by s.weekday, s.startTime, s.id""")
    List<TimetableSlot> findFiltered(@Param("classId") Long classId, @Param("teacherId") Long teacherId,
            @Param("roomId") Long roomId);

    /** Slots sharing the class, teacher or room on the weekday whose times and validity overlap. */
    @Query("""
            select s from TimetableSlot s
              join fetch s.schoolClass join fetch s.subject join fetch s.teacher left join fetch s.room
            where s.weekday = :weekday
              and (:excludeId is null or s.id <> :excludeId)
              and s.startTime < :endTime and :startTime < s.endTime
              and s.validFrom <= :validTo and :validFrom <= s.validTo
              and (s.schoolClass.id = :classId or s.teacher.id = :teacherId
                   or (:roomId is not null and s.room.id = :roomId))
            order by s.id""")
    List<TimetableSlot> findOverlapping(@Param("weekday") DayOfWeek weekday,
            @Param("startTime") LocalTime startTime, @Param("endTime") LocalTime endTime,
            @Param("validFrom") LocalDate validFrom, @Param("validTo") LocalDate validTo,
            @Param("classId") Long classId, @Param("teacherId") Long teacherId,
            @Param("roomId") Long roomId, @Param("excludeId") Long excludeId);

    /** Slots valid at some point of the date range, for session generation. */
    @Query("""
            select s from TimetableSlot s
              join fetch s.schoolClass join fetch s.subject join fetch s.teacher left join fetch s.room
            where s.validFrom <= :to and :from <= s.validTo""")
    List<TimetableSlot> findValidBetween(@Param("from") LocalDate from, @Param("to") LocalDate to);

    boolean existsBySchoolClassId(Long classId);

    boolean existsByTeacherId(Long teacherId);

    boolean existsBySubjectId(Long subjectId);

    boolean existsByRoomId(Long roomId);

    /** Whether the teacher teaches the class in some slot. */
    boolean existsBySchoolClassIdAndTeacherId(Long classId, Long teacherId);
}
