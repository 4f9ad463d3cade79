package app.attendance.api.student;

import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** Students, filtered by class, enrolment and a search over code and name. */
public interface StudentRepository extends JpaRepository<Student, Long> {

    @Query(value = """
            select s from Student s join fetch s.schoolClass c
            where (:classId is null or c.id = :classId)
              and (:enrolment is null or s.enrolmentStatus = :enrolment)
              and (lower(s.fullName) like :q or lower(s.studentCode) like :q)""",
            countQuery = """
            select count(s) from Student s
            where (:classId is null or s.schoolClass.id = :classId)
              and (:enrolment is null or s.enrolmentStatus = :enrolment)
              and (lower(s.fullName) like :q or lower(s.studentCode) like :q)""")
    Page<Student> search(@Param("classId") Long classId, @Param("enrolment") EnrolmentStatus enrolment,
            @Param("q") String likePattern, Pageable pageable);

    /** The roster of a class, ordered by name. */
    @Query("select s from Student s where s.schoolClass.id = :classId order by s.fullName, s.id")
    List<Student> findRoster(@Param("classId") Long classId);

    long countBySchoolClassId(Long classId);

    boolean existsByStudentCodeIgnoreCase(String studentCode);

    boolean existsByStudentCodeIgnoreCaseAndIdNot(String studentCode, Long id);

    @Query("select lower(s.studentCode) from Student s where lower(s.studentCode) in :codes")
    List<String> findExistingCodes(@Param("codes") Collection<String> lowerCaseCodes);
}
