package app.attendance.api.report;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the reports ({@code attendance.reports.*}).
 *
 * @param atRiskRate a student whose attendance rate is below this fraction is at risk
 * @param atRiskMinCounted fewest counted records (present + late + absent) before a student can be
 *                         judged at risk, so one absence on the first day does not raise an alarm
 * @param atRiskDays length of the window, ending today, over which the dashboard and the
 *                   at-risk notifications compute rates when no range is given
 * @param maxRangeDays the longest date range a report accepts (guards the database)
 * @param fetchSize rows fetched per round trip when an export streams a cursor
 * @param pdfFont a TrueType font with Vietnamese glyphs for PDF exports; when unset, common
 *                system locations are tried, and failing those, Helvetica with accents removed
 */
@Validated
@ConfigurationProperties("attendance.reports")
public record ReportProperties(
        @DefaultValue("0.80") @DecimalMin("0.0") @DecimalMax("1.0") double atRiskRate,
        @DefaultValue("5") @Min(1) int atRiskMinCounted,
        @DefaultValue("30") @Min(1) @Max(3660) int atRiskDays,
        @DefaultValue("400") @Min(1) @Max(3660) int maxRangeDays,
        @DefaultValue("2000") @Min(10) int fetchSize,
        Path pdfFont) {
}
