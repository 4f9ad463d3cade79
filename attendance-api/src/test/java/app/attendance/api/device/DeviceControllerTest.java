package app.attendance.api.device;

import static app.attendance.api.auth.WebSecurityTestSupport.admin;
import static app.attendance.api.auth.WebSecurityTestSupport.teacher;
import static org.hamcrest.Matchers.nullValue;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.attendance.api.auth.WebSecurityTestSupport;
import app.attendance.api.session.RunningSessions;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.test.web.servlet.MockMvc;

/** Device administration is admin-only; device endpoints take only a valid device key. */
@WebMvcTest({DeviceController.class, DeviceMeController.class})
@Import(WebSecurityTestSupport.class)
class DeviceControllerTest {

    @Autowired
    MockMvc mvc;
    @MockitoBean
    DeviceService service;
    @MockitoBean
    DeviceRepository devices;
    @MockitoBean
    RunningSessions running;
    @MockitoBean
    DeviceAuthenticator authenticator;

    @Test
    void rotateKeyShowsTheNewKeyOnceToAdmins() throws Exception {
        when(service.rotateKey(4)).thenReturn(new DeviceWithKey(
                new DeviceView(4, "cam", 1L, "R1", null, null, true, null), "abc.secret"));
        mvc.perform(post("/api/devices/4/rotate-key").with(admin())).andExpect(status().isOk())
                .andExpect(jsonPath("$.key").value("abc.secret"))
                .andExpect(jsonPath("$.device.roomName").value("R1"));
        mvc.perform(post("/api/devices/4/rotate-key").with(teacher(1))).andExpect(status().isForbidden());
    }

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
        mvc.perform(get("/api/devices/me").header("Authorization", "Bearer a.b.c")).andExpect(status().isUnauthorized());
    }
}
