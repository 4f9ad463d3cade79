package app.attendance.web.device;

import app.attendance.web.api.ApiClient;
import app.attendance.web.api.ResourceClient;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;

/** {@code /api/devices}: the resource plus registration and key rotation, which answer the key once. */
@Component
class DeviceClient extends ResourceClient<Device> {

    private final ApiClient api;

    DeviceClient(ApiClient api) {
        super(api, "/api/devices", Device.class);
        this.api = api;
    }

    Registration register(DeviceForm form) {
        return api.call(r -> r.post().uri("/api/devices").contentType(MediaType.APPLICATION_JSON).body(form)
                .retrieve().body(Registration.class));
    }

    Registration rotateKey(long id) {
        return api.call(r -> r.post().uri("/api/devices/{id}/rotate-key", id).retrieve().body(Registration.class));
    }

    /** A device with its secret key, which the API shows only this once. */
    record Registration(Device device, String key) {
    }
}
