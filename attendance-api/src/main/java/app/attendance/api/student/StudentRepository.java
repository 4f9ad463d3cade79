package app.attendance.api.student;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** Students; the filtered list query is built by {@link StudentSearch}. */
public interface StudentRepository extends JpaRepository<Student, Long>, JpaSpecificationExecutor<Student> {

    @Query(value = "select exists (select 1 from attendance_records where student_id = :id)", nativeQuery = true)
    boolean hasAttendance(@Param("id") long studentId);

    /** The roster of a class, ordered by name. */
    @Query("select s from Student s where s.schoolClass.id = :classId order by s.fullName, s.id")
    List<Student> findRoster(@Param("classId") Long classId);

    long countBySchoolClassId(Long classId);

    boolean existsByStudentCodeIgnoreCase(String studentCode);

    boolean existsByStudentCodeIgnoreCaseAndIdNot(String studentCode, Long id);

    @Query("select lower(s.studentCode) from Student s where lower(s.studentCode) in :codes")
    List<String> findExistingCodes(@Param("codes") Collection<String> lowerCaseCodes);
}
