package app.attendance.api.report;

import java.time.LocalDate;
import java.util.List;

/**
 * Attendance per day, week (starting Monday) or month, with the totals of the whole range (the
 * status distribution). Periods without sessions are listed with zero counts and a null rate so
 * that a trend chart keeps its time axis.
 *
 * @param period DAY, WEEK or MONTH
 * @param from first day
 * @param to last day
 * @param totals counts over the whole range
 * @param rows one row per period, oldest first
 */
public record PeriodSummary(Period period, LocalDate from, LocalDate to, Counts totals, List<Row> rows) {

    /** The length of a summary period. */
    public enum Period {
        DAY, WEEK, MONTH
    }

    /**
     * One period.
     *
     * @param start first day of the period
     * @param sessions sessions held in the period (within the range and filters)
     * @param counts the period's counts
     */
    public record Row(LocalDate start, long sessions, Counts counts) {
    }
}
