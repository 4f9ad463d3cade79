package app.attendance.api.report;

import java.time.LocalDate;
import java.util.List;

/**
 * Students whose attendance rate is below a threshold, lowest first.
 *
 * @param threshold the rate below which a student is listed (fraction)
 * @param minCounted fewest counted records (present + late + absent) a student needs to be judged
 * @param from first day
 * @param to last day
 * @param rows the students, with their class, counts and rate
 */
public record AtRiskList(double threshold, int minCounted, LocalDate from, LocalDate to,
        List<RateBreakdown.Row> rows) {
}
