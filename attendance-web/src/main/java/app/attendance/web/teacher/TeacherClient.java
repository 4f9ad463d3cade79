package app.attendance.web.teacher;

import app.attendance.web.api.ApiClient;
import app.attendance.web.api.ResourceClient;
import org.springframework.stereotype.Component;

/** {@code /api/teachers}. */
@Component
public class TeacherClient extends ResourceClient<Teacher> {

    public TeacherClient(ApiClient api) {
        super(api, "/api/teachers", Teacher.class);
    }
}
