package app.attendance.web.room;

import app.attendance.web.api.ApiClient;
import app.attendance.web.api.ResourceClient;
import org.springframework.stereotype.Component;

/** {@code /api/rooms}. */
@Component
public class RoomClient extends ResourceClient<Room> {

    public RoomClient(ApiClient api) {
        super(api, "/api/rooms", Room.class);
    }
}
