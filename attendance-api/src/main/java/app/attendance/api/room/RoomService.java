package app.attendance.api.room;

import app.attendance.api.audit.AuditLog;
import app.attendance.api.system.ApiException;
import app.attendance.api.system.CrudService;
import app.attendance.api.system.PageResponse;
import app.attendance.api.system.Paging;
import java.util.Map;
import org.springframework.data.domain.Sort;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Room CRUD with unique names; a room used by slots, sessions or devices is not deleted. */
@Service
class RoomService implements CrudService<RoomView, RoomRequest> {

    private static final Map<String, String> SORTABLE = Map.of("name", "name", "capacity", "capacity");

    private final RoomRepository rooms;
    private final List<RoomReferences> references;
    private final AuditLog audit;

    RoomService(RoomRepository rooms, List<RoomReferences> references, AuditLog audit) {
        this.rooms = rooms;
        this.references = references;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    @Override
    public PageResponse<RoomView> list(String q, Integer page, Integer size, String sort) {
        return PageResponse.of(rooms.search(Paging.like(q),
                Paging.pageable(page, size, sort, SORTABLE, Sort.by("name"))), RoomView::of);
    }

    @Transactional(readOnly = true)
    @Override
    public RoomView get(long id) {
        return RoomView.of(find(id));
    }

    @Transactional
    @Override
    public RoomView create(RoomRequest r) {
        if (rooms.existsByNameIgnoreCase(r.name().trim())) {
            throw ApiException.duplicate("name", r.name());
        }
        Room room = rooms.save(new Room(r.name().trim(), r.capacity()));
        RoomView view = RoomView.of(room);
        audit.record("CREATE", "room", room.getId(), null, view, null);
        return view;
    }

    @Transactional
    @Override
    public RoomView update(long id, RoomRequest r) {
        Room room = find(id);
        if (rooms.existsByNameIgnoreCaseAndIdNot(r.name().trim(), id)) {
            throw ApiException.duplicate("name", r.name());
        }
        return audit.update("room", id, room, RoomView::of, x -> x.update(r.name().trim(), r.capacity()));
    }

    @Transactional
    @Override
    public void delete(long id) {
        Room room = find(id);
        long uses = references.stream().mapToLong(r -> r.roomUses(id)).sum();
        if (uses > 0) {
            throw ApiException.inUse("Room " + room.getName()
                    + " is used by timetable slots, sessions or devices; move those first");
        }
        audit.record("DELETE", "room", id, RoomView.of(room), null, null);
        rooms.delete(room);
    }

    private Room find(long id) {
        return rooms.findById(id).orElseThrow(() -> ApiException.notFound("room", id));
    }
}
