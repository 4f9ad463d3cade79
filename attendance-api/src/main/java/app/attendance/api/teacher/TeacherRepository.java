package app.attendance.api.teacher;

import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** Teachers, searchable by code, name or email. */
public interface TeacherRepository extends JpaRepository<Teacher, Long> {

    @Query("""
            select t from Teacher t
            where lower(t.employeeCode) like :q escape '\\' or lower(t.fullName) like :q escape '\\'
               or lower(t.email) like :q escape '\\'""")
    Page<Teacher> search(@Param("q") String likePattern, Pageable pageable);

    @Query("select distinct t from Teacher t left join fetch t.subjects where t.id in :ids")
    List<Teacher> findWithSubjects(@Param("ids") List<Long> ids);

    boolean existsByEmployeeCodeIgnoreCase(String employeeCode);

    boolean existsByEmployeeCodeIgnoreCaseAndIdNot(String employeeCode, Long id);

    @Query("select count(t) from Teacher t join t.subjects s where s.id = :subjectId")
    long countTeaching(@Param("subjectId") Long subjectId);
}
