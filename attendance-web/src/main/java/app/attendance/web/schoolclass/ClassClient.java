package app.attendance.web.schoolclass;

import app.attendance.web.api.ApiClient;
import app.attendance.web.api.ResourceClient;
import org.springframework.stereotype.Component;

/** {@code /api/classes}. */
@Component
public class ClassClient extends ResourceClient<SchoolClass> {

    public ClassClient(ApiClient api) {
        super(api, "/api/classes", SchoolClass.class);
    }
}
