package app.attendance.api.user;

import java.util.Optional;

/**
 * The people a login of one role is linked to (teachers, students), answered by the feature that
 * owns them, so that the user package reads neither table.
 */
public interface LinkedPeople {

    /** The role whose logins are linked to this feature's people. */
    Role role();

    /** The person's full name, empty when there is no such person. */
    Optional<String> nameOf(long id);
}
