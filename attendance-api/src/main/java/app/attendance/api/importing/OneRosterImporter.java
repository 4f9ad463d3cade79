package app.attendance.api.importing;

import app.attendance.api.audit.AuditLog;
import java.io.InputStream;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports a OneRoster CSV export ({@link OneRosterExport}, {@link OneRosterWriter}) in one
 * transaction: every line is checked first, any bad line fails the whole import and nothing is
 * written. A dry run does the same work and rolls it back, so its counts are exactly what the
 * import would change. Imports run one at a time (a transaction-scoped advisory lock).
 */
@Service
class OneRosterImporter {

    private static final long LOCK = 0x0_4f6e_6552L;

    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final ImportProperties props;
    private final AuditLog audit;

    OneRosterImporter(JdbcClient jdbc, PlatformTransactionManager transactions, ImportProperties props,
            AuditLog audit) {
        this.jdbc = jdbc;
        this.tx = new TransactionTemplate(transactions);
        this.props = props;
        this.audit = audit;
    }

    OneRosterResult importZip(InputStream zip, boolean dryRun) {
        Map<String, String> files = OneRosterZip.read(zip, props);
        OneRosterErrors errors = new OneRosterErrors();
        OneRosterExport export = OneRosterExport.parse(files, errors);
        errors.throwIfAny();
        return tx.execute(status -> {
            jdbc.sql("select pg_advisory_xact_lock(?)").params(LOCK).query((rs, n) -> 1).list();
            OneRosterResult result = new OneRosterWriter(jdbc, export, errors).write(dryRun);
            errors.throwIfAny();
            if (dryRun) {
                status.setRollbackOnly();
            } else {
                audit.record("IMPORT", "oneroster", null, null, summary(result), "OneRoster import");
            }
            return result;
        });
    }

    private static String summary(OneRosterResult r) {
        return "classes " + r.classes() + ", subjects " + r.subjects() + ", teachers " + r.teachers() + ", students "
                + r.students() + ", " + r.unmapped().size() + " unmapped";
    }
}
