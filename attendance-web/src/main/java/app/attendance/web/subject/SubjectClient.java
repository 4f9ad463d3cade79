package app.attendance.web.subject;

import app.attendance.web.api.ApiClient;
import app.attendance.web.api.ResourceClient;
import org.springframework.stereotype.Component;

/** {@code /api/subjects}. */
@Component
public class SubjectClient extends ResourceClient<Subject> {

    public SubjectClient(ApiClient api) {
        super(api, "/api/subjects", Subject.class);
    }
}
