package app.attendance.api.device;

import app.attendance.api.audit.AuditLog;
import app.attendance.api.room.Room;
import app.attendance.api.room.RoomRepository;
import app.attendance.api.schoolclass.SchoolClass;
import app.attendance.api.schoolclass.SchoolClassRepository;
import app.attendance.api.system.ApiException;
import app.attendance.api.system.PageResponse;
import app.attendance.api.system.Paging;
import java.util.Map;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Device registration with a generated key (stored hashed), key rotation, updates and removal. */
@Service
class DeviceService {

    private static final Map<String, String> SORTABLE = Map.of("name", "name", "lastSeenAt", "lastSeenAt");

    private final DeviceRepository devices;
    private final RoomRepository rooms;
    private final SchoolClassRepository classes;
    private final AuditLog audit;

    DeviceService(DeviceRepository devices, RoomRepository rooms, SchoolClassRepository classes, AuditLog audit) {
        this.devices = devices;
        this.rooms = rooms;
        this.classes = classes;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    PageResponse<DeviceView> list(String q, Integer page, Integer size, String sort) {
        return PageResponse.of(devices.search(Paging.like(q), Paging.pageable(page, size, sort, SORTABLE,
                Sort.by("name"))), DeviceView::of);
    }

    @Transactional(readOnly = true)
    DeviceView get(long id) {
        return DeviceView.of(find(id));
    }

    @Transactional
    DeviceWithKey create(DeviceRequest r) {
        if (devices.existsByNameIgnoreCase(r.name().trim())) {
            throw ApiException.duplicate("name", r.name());
        }
        requireBinding(r);
        DeviceKeys.NewKey key = DeviceKeys.generate();
        Device d = new Device(r.name().trim(), room(r.roomId()), schoolClass(r.classId()), key.prefix(), key.hash());
        d.update(d.getName(), d.getRoom(), d.getSchoolClass(), r.enabled() == null || r.enabled());
        devices.save(d);
        audit.record("CREATE", "device", d.getId(), null, DeviceView.of(d), null);
        return new DeviceWithKey(DeviceView.of(d), key.key());
    }

    @Transactional
    DeviceWithKey rotateKey(long id) {
        Device d = find(id);
        DeviceKeys.NewKey key = DeviceKeys.generate();
        d.rotateKey(key.prefix(), key.hash());
        audit.record("ROTATE_KEY", "device", id, null, null, null);
        return new DeviceWithKey(DeviceView.of(d), key.key());
    }

    @Transactional
    DeviceView update(long id, DeviceRequest r) {
        Device d = find(id);
        if (devices.existsByNameIgnoreCaseAndIdNot(r.name().trim(), id)) {
            throw ApiException.duplicate("name", r.name());
        }
        requireBinding(r);
        return audit.update("device", id, d, DeviceView::of, x -> x.update(r.name().trim(), room(r.roomId()),
                schoolClass(r.classId()), r.enabled() == null || r.enabled()));
    }

    @Transactional
    void delete(long id) {
        Device d = find(id);
        audit.record("DELETE", "device", id, DeviceView.of(d), null, null);
        devices.delete(d);
    }

    private static void requireBinding(DeviceRequest r) {
        if (r.roomId() == null && r.classId() == null) {
            throw ApiException.invalid("roomId", "a device must be bound to a room or a class");
        }
    }

    private Room room(Long id) {
        return id == null ? null
                : rooms.findById(id).orElseThrow(() -> ApiException.invalid("roomId", "room " + id
                        + " does not exist"));
    }

    private SchoolClass schoolClass(Long id) {
        return id == null ? null
                : classes.findById(id).orElseThrow(() -> ApiException.invalid("classId", "class " + id
                        + " does not exist"));
    }

    private Device find(long id) {
        return devices.findById(id).orElseThrow(() -> ApiException.notFound("device", id));
    }
}
