package app.attendance.web.schoolclass;

import app.attendance.web.api.ApiClient;
import app.attendance.web.api.ResourceClient;
import org.springframework.stereotype.Component;

/** {@code /api/students} read as the members of a class (filter {@code classId}). */
@Component
class ClassMemberClient extends ResourceClient<ClassMember> {

    ClassMemberClient(ApiClient api) {
        super(api, "/api/students", ClassMember.class);
    }
}
