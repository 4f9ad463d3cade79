package app.attendance.api.user;

/** What a request needs to know about an account right now: whether it may sign in and its token version. */
public record AccountState(boolean enabled, int tokenVersion) {
}
