package app.attendance.web.device;

import static app.attendance.web.support.Api.json;
import static app.attendance.web.support.Api.path;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.method;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.attendance.web.support.Api;
import app.attendance.web.support.PageTest;
import app.attendance.web.support.Users;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.test.web.client.MockRestServiceServer;
import org.springframework.test.web.servlet.MockMvc;

@PageTest
class DeviceControllerTest {

    static final String DEVICE = "{\"id\":8,\"name\":\"Cửa A101\",\"roomId\":4,\"roomName\":\"A101\",\"enabled\":true}";

    @Autowired
    MockMvc mvc;
    @Autowired
    MockRestServiceServer api;

    @Test
    void registeringShowsTheKeyOnceAndForbidsCaching() throws Exception {
        api.expect(path("/api/devices")).andExpect(method(HttpMethod.POST))
                .andExpect(Api.body("{\"name\":\"Cửa A101\",\"roomId\":4,\"enabled\":true}"))
                .andRespond(json("{\"device\":" + DEVICE + ",\"key\":\"dk_live_5f2c9a\"}"));

        mvc.perform(post("/devices").param("name", "Cửa A101").param("roomId", "4").param("enabled", "true")
                .with(Users.admin()).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(header().string("Cache-Control", containsString("no-store")))
                .andExpect(content().string(containsString("value=\"dk_live_5f2c9a\"")))
                .andExpect(content().string(containsString("shown only this once")));
    }

    @Test
    void disablingSendsTheDeviceBackWithEnabledFalse() throws Exception {
        api.expect(path("/api/devices/8")).andExpect(method(HttpMethod.GET)).andRespond(json(DEVICE));
        api.expect(path("/api/devices/8")).andExpect(method(HttpMethod.PUT))
                .andExpect(Api.body("{\"name\":\"Cửa A101\",\"roomId\":4,\"enabled\":false}"))
                .andRespond(json(DEVICE.replace("true", "false")));
        mvc.perform(post("/devices/8/enabled").param("enabled", "false").with(Users.admin()).with(csrf()))
                .andExpect(redirectedUrl("/devices"));
        api.verify();
    }

    @Test
    void teachersCannotManageDevices() throws Exception {
        mvc.perform(post("/devices/8/rotate-key").with(Users.teacher(3)).with(csrf())).andExpect(status()
                .isForbidden());
    }
}
