package app.attendance.api.user;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** Users, found by username or by the teacher or student they belong to. */
public interface UserAccountRepository extends JpaRepository<UserAccount, Long> {

    Optional<UserAccount> findByUsernameIgnoreCase(String username);

    Optional<UserAccount> findByTeacherId(Long teacherId);

    Optional<UserAccount> findByStudentId(Long studentId);

    List<UserAccount> findByTeacherIdIn(Collection<Long> teacherIds);

    boolean existsByUsernameIgnoreCase(String username);

    boolean existsByUsernameIgnoreCaseAndIdNot(String username, Long id);

    long countByRole(Role role);

    @Query("select lower(u.username) from UserAccount u where lower(u.username) in :names")
    List<String> findExistingUsernames(@Param("names") Collection<String> lowerCaseNames);

    @Query("select u from UserAccount u where lower(u.username) like :q escape '\\'")
    Page<UserAccount> search(@Param("q") String likePattern, Pageable pageable);
}
