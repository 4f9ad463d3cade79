package app.attendance.web.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON the report charts read from their canvas's {@code data-chart} attribute (the page's
 * content security policy allows no inline script): labels and one or more series.
 */
final class ChartData {

    private ChartData() {
    }

    /** Rate (%) per period, null where no record counted, for the trend line. */
    static String trend(JsonMapper json, ReportData.Summary summary) {
        List<String> labels = new ArrayList<>();
        List<Double> rates = new ArrayList<>();
        for (ReportData.SummaryRow row : summary.rows()) {
            labels.add(row.start().toString());
            rates.add(percent(row.counts()));
        }
        return json.writeValueAsString(Map.of("labels", labels, "values", rates));
    }

    /** Rate (%) per group, for the bar chart. */
    static String rates(JsonMapper json, ReportData.Rates rates) {
        List<String> labels = new ArrayList<>();
        List<Double> values = new ArrayList<>();
        for (ReportData.RateRow row : rates.rows()) {
            labels.add(row.name());
            values.add(percent(row.counts()));
        }
        return json.writeValueAsString(Map.of("labels", labels, "values", values));
    }

    /** Present, late, absent and excused totals, for the doughnut. */
    static String distribution(JsonMapper json, ReportData.Counts totals, List<String> labels) {
        return json.writeValueAsString(Map.of("labels", labels,
                "values", List.of(totals.present(), totals.late(), totals.absent(), totals.excused())));
    }

    private static Double percent(ReportData.Counts c) {
        return c.rate() == null ? null : Math.round(c.rate() * 1000) / 10.0;
    }
}
