package app.attendance.api.subject;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** Subjects, searchable by code or name. */
public interface SubjectRepository extends JpaRepository<Subject, Long> {

    @Query("""
            select s from Subject s
            where lower(s.code) like :q escape '\\' or lower(s.name) like :q escape '\\'""")
    Page<Subject> search(@Param("q") String likePattern, Pageable pageable);

    boolean existsByCodeIgnoreCase(String code);

    boolean existsByCodeIgnoreCaseAndIdNot(String code, Long id);
}
