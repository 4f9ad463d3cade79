package app.attendance.api.device;

import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** Devices by key prefix (authentication) and for listing. */
public interface DeviceRepository extends JpaRepository<Device, Long> {

    Optional<Device> findByKeyPrefix(String keyPrefix);

    @Query(value = """
            select d from Device d left join fetch d.room left join fetch d.schoolClass
            where lower(d.name) like :q escape '\\'""",
            countQuery = "select count(d) from Device d where lower(d.name) like :q escape '\\'")
    Page<Device> search(@Param("q") String likePattern, Pageable pageable);

    boolean existsByNameIgnoreCase(String name);

    boolean existsByNameIgnoreCaseAndIdNot(String name, Long id);

    boolean existsByRoomId(Long roomId);

    boolean existsBySchoolClassId(Long classId);
}
