package app.attendance.api.attendance.devicefeed;

import static org.hamcrest.Matchers.nullValue;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.attendance.api.attendance.RunningSessions;
import app.attendance.api.auth.WebSecurityTestSupport;
import app.attendance.api.device.Device;
import app.attendance.api.device.DeviceAuthenticator;
import app.attendance.api.device.DevicePrincipal;
import app.attendance.api.device.DeviceRepository;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.test.web.servlet.MockMvc;

/** {@code GET /api/devices/me} takes only a valid device key, never a bearer token. */
@WebMvcTest(DeviceMeController.class)
@Import(WebSecurityTestSupport.class)
class DeviceMeControllerTest {

    @Autowired
    MockMvc mvc;
    @MockitoBean
    DeviceRepository devices;
    @MockitoBean
    RunningSessions running;
    @MockitoBean
    DeviceAuthenticator authenticator;

    @Test
    void deviceMeAcceptsOnlyAValidKey() throws Exception {
        when(authenticator.authenticate("good.key")).thenReturn(Optional.of(new DevicePrincipal(4, "cam", 1L, null)));
        when(authenticator.authenticate("bad.key")).thenReturn(Optional.empty());
        Device device = new Device("cam", null, null, "good", "hash");
        ReflectionTestUtils.setField(device, "id", 4L);
        when(devices.findById(4L)).thenReturn(Optional.of(device));
        when(running.current(1L, null)).thenReturn(Optional.empty());

        mvc.perform(get("/api/devices/me").header("X-Device-Key", "good.key")).andExpect(status().isOk())
                .andExpect(jsonPath("$.device.name").value("cam"))
                .andExpect(jsonPath("$.session").value(nullValue()));
        mvc.perform(get("/api/devices/me").header("X-Device-Key", "bad.key")).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/devices/me").header("Authorization", "Bearer a.b.c")).andExpect(status()
                .isUnauthorized());
    }
}
