package app.attendance.web.audit;

/** Hands the package-private {@link AuditEntry} to the contract test. */
public final class AuditEntryContract {

    private AuditEntryContract() {
    }

    public static Class<?> type() {
        return AuditEntry.class;
    }
}
