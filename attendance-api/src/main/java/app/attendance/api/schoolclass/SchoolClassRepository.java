package app.attendance.api.schoolclass;

import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** Classes, searchable by name. */
public interface SchoolClassRepository extends JpaRepository<SchoolClass, Long> {

    @Query(value = "select c from SchoolClass c left join fetch c.homeroomTeacher where lower(c.name) like :q escape '\\'",
            countQuery = "select count(c) from SchoolClass c where lower(c.name) like :q escape '\\'")
    Page<SchoolClass> search(@Param("q") String likePattern, Pageable pageable);

    Optional<SchoolClass> findByNameIgnoreCase(String name);

    boolean existsByNameIgnoreCase(String name);

    boolean existsByNameIgnoreCaseAndIdNot(String name, Long id);

    boolean existsByHomeroomTeacherId(Long teacherId);
}
