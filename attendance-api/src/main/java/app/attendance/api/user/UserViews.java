package app.attendance.api.user;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** Builds {@link UserView}s, with the linked teacher's or student's name ({@link LinkedPeople}) as display name. */
@Component
public class UserViews {

    private final Map<Role, LinkedPeople> people = new EnumMap<>(Role.class);

    UserViews(List<LinkedPeople> people) {
        people.forEach(p -> this.people.put(p.role(), p));
    }

    public UserView of(UserAccount user) {
        String name = null;
        if (user.getTeacherId() != null) {
            name = personName(Role.TEACHER, user.getTeacherId()).orElse(null);
        } else if (user.getStudentId() != null) {
            name = personName(Role.STUDENT, user.getStudentId()).orElse(null);
        }
        return new UserView(user.getId(), user.getUsername(), user.getRole(),
                name == null ? user.getUsername() : name, user.getTeacherId(), user.getStudentId(), user.isEnabled());
    }

    /** The name of the person with this id whom logins of the role link to; empty when there is none. */
    Optional<String> personName(Role role, long id) {
        LinkedPeople owner = people.get(role);
        return owner == null ? Optional.empty() : owner.nameOf(id);
    }
}
