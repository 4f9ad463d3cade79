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
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.test.web.servlet.MockMvc;

/** Device administration is admin-only; device endpoints take only a valid device key. */
@WebMvcTest(DeviceController.class)
@Import(WebSecurityTestSupport.class)
class DeviceControllerTest {

    @Autowired
    MockMvc mvc;
    @MockitoBean
    DeviceService service;
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

}
