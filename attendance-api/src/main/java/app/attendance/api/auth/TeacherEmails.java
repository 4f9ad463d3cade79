package app.attendance.api.auth;

import java.util.List;

/**
 * The teachers with an e-mail address, answered by the feature that owns teachers (so that
 * {@link OidcLogin} does not read their table).
 */
public interface TeacherEmails {

    /** The ids of the teachers whose e-mail is {@code email}, ignoring case. */
    List<Long> teachersWithEmail(String email);
}
