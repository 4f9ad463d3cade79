package app.attendance.web.report;

import app.attendance.web.api.ApiClient;
import app.attendance.web.api.ApiCallException;
import app.attendance.web.api.ApiProblem;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Set;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriBuilder;

/** {@code /api/reports} and {@code /api/me/report}: the report calls and the export relay. */
@Component
class ReportClient {

    private static final Set<String> RELAYED_HEADERS = Set.of(HttpHeaders.CONTENT_TYPE,
            HttpHeaders.CONTENT_DISPOSITION, HttpHeaders.CACHE_CONTROL);

    private final ApiClient api;

    ReportClient(ApiClient api) {
        this.api = api;
    }

    ReportData.Summary summary(ReportQuery q) {
        return get("/api/reports/summary", q.params(), ReportData.Summary.class);
    }

    ReportData.Rates rates(ReportQuery q) {
        return get("/api/reports/rates", q.params(), ReportData.Rates.class);
    }

    ReportData.AtRisk atRisk(ReportQuery q) {
        return get("/api/reports/at-risk", q.params(), ReportData.AtRisk.class);
    }

    ReportData.Matrix matrix(long classId, ReportQuery q) {
        return get("/api/reports/classes/" + classId + "/matrix", q.params(), ReportData.Matrix.class);
    }

    ReportData.Sheet sheet(long sessionId, ReportQuery q) {
        return get("/api/reports/sessions/" + sessionId, q.params(), ReportData.Sheet.class);
    }

    ReportData.History history(long studentId, ReportQuery q) {
        return get("/api/reports/students/" + studentId + "/history", q.params(), ReportData.History.class);
    }

    ReportData.History myHistory(ReportQuery q) {
        return get("/api/me/report/history", q.params(), ReportData.History.class);
    }

    /**
     * Streams an export from the API straight into the browser's response (no buffering), keeping
     * the API's content type and file name. API errors become {@link ApiCallException} before anything
     * is written.
     */
    void relay(String exportPath, Map<String, Object> params, HttpServletResponse response) {
        api.call(r -> r.get().uri(u -> uri(u, exportPath, params)).exchange((request, answer) -> {
            if (answer.getStatusCode().isError()) {
                ApiProblem problem = answer.bodyTo(ApiProblem.class);
                int status = answer.getStatusCode().value();
                throw new ApiCallException(status, problem != null ? problem
                        : new ApiProblem(status, "Export failed", null, null, null, null, null, null), null);
            }
            answer.getHeaders().forEach((name, values) -> {
                if (RELAYED_HEADERS.stream().anyMatch(name::equalsIgnoreCase)) {
                    values.forEach(v -> response.addHeader(name, v));
                }
            });
            try (InputStream in = answer.getBody()) {
                in.transferTo(response.getOutputStream());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return null;
        }));
    }

    private <T> T get(String path, Map<String, Object> params, Class<T> type) {
        return api.call(r -> r.get().uri(u -> uri(u, path, params)).retrieve().body(type));
    }

    private static java.net.URI uri(UriBuilder u, String path, Map<String, Object> params) {
        u.path(path);
        params.forEach(u::queryParam);
        return u.build();
    }
}
