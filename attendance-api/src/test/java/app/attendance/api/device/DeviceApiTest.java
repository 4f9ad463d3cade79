package app.attendance.api.device;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.attendance.api.support.ApiTestBase;
import app.attendance.api.support.TestData;
import app.attendance.testing.TestZone;
import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Device keys end to end: shown once, stored hashed, rotated, disabled; the running session of the room. */
class DeviceApiTest extends ApiTestBase {

    @Test
    void keyAuthenticatesUntilRotatedOrDisabled() throws Exception {
        long room = data.room();
        String name = TestData.unique("door-cam");
        JsonNode created = body(postAs(admin, "/api/devices", "{\"name\":\"" + name + "\",\"roomId\":" + room + "}")
                .andExpect(status().isCreated()));
        long id = created.get("device").get("id").asLong();
        String key = created.get("key").asString();
        assertThat(count(
                "select count(*) from devices where id = ? and key_hash <> ? and position(key_prefix in ?) = 1",
                id, key, key)).isEqualTo(1);

        mvc.perform(get("/api/devices/me").header("X-Device-Key", key)).andExpect(status().isOk())
                .andExpect(jsonPath("$.device.name").value(name));
        mvc.perform(get("/api/devices/me").header("X-Device-Key", key + "x")).andExpect(status().isUnauthorized());

        String rotated = body(postAs(admin, "/api/devices/" + id + "/rotate-key", "").andExpect(status().isOk()))
                .get("key").asString();
        mvc.perform(get("/api/devices/me").header("X-Device-Key", key)).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/devices/me").header("X-Device-Key", rotated)).andExpect(status().isOk());

        putAs(admin, "/api/devices/" + id, "{\"name\":\"" + name + "\",\"roomId\":" + room + ",\"enabled\":false}")
                .andExpect(status().isOk());
        mvc.perform(get("/api/devices/me").header("X-Device-Key", rotated)).andExpect(status().isUnauthorized());
    }

    @Test
    void meShowsTheSessionRunningInTheRoom() throws Exception {
        long room = data.room();
        long teacher = data.teacher();
        long cls = data.schoolClass(teacher);
        long session = data.session(cls, data.subject(), teacher, room, LocalDate.now(TestZone.MIDDAY),
                LocalTime.of(0, 0), LocalTime.of(23, 59, 59), "OPEN");
        String key = body(postAs(admin, "/api/devices", "{\"name\":\"" + TestData.unique("cam") + "\",\"roomId\":"
                + room + "}")).get("key").asString();

        mvc.perform(get("/api/devices/me").header("X-Device-Key", key)).andExpect(status().isOk())
                .andExpect(jsonPath("$.session.id").value(session))
                .andExpect(jsonPath("$.session.status").value("OPEN"));
        postAs(admin, "/api/devices", "{\"name\":\"unbound\"}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("roomId"));
    }
}
