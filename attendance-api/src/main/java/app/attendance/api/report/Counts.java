package app.attendance.api.report;

import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Attendance counts and the attendance rate. The rate is
 * {@code (present + late) / (present + late + absent)}: EXCUSED records and students without a
 * record (sessions not yet closed) are left out of both sides; it is null when nothing counts.
 *
 * @param present PRESENT records
 * @param late LATE records
 * @param absent ABSENT records
 * @param excused EXCUSED records
 * @param counted present + late + absent, the rate's denominator
 * @param rate the attendance rate as a fraction (0.875 is 87.5 %), or null
 */
public record Counts(long present, long late, long absent, long excused, long counted, Double rate) {

    /** The SQL select list producing the columns {@link #read} expects, over alias {@code ar}. */
    static final String SELECT = """
            count(*) filter (where ar.status = %s) as n_present,
            count(*) filter (where ar.status = %s) as n_late,
            count(*) filter (where ar.status = %s) as n_absent,
            count(*) filter (where ar.status = %s) as n_excused""".formatted(StatusSql.PRESENT, StatusSql.LATE,
            StatusSql.ABSENT, StatusSql.EXCUSED);

    /**
     * The same columns summed from the per-session counts ({@code session_counts sc}, kept by
     * triggers), for reports that aggregate whole sessions.
     */
    static final String SUM_SELECT = """
            coalesce(sum(sc.present), 0) as n_present,
            coalesce(sum(sc.late), 0) as n_late,
            coalesce(sum(sc.absent), 0) as n_absent,
            coalesce(sum(sc.excused), 0) as n_excused""";

    public static Counts of(long present, long late, long absent, long excused) {
        long counted = present + late + absent;
        return new Counts(present, late, absent, excused, counted,
                counted == 0 ? null : (double) (present + late) / counted);
    }

    static Counts read(ResultSet rs) throws SQLException {
        return of(rs.getLong("n_present"), rs.getLong("n_late"), rs.getLong("n_absent"), rs.getLong("n_excused"));
    }
}
