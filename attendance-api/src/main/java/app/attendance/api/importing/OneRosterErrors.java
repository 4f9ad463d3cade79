package app.attendance.api.importing;

import app.attendance.api.system.ApiException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;

/**
 * The problems of a OneRoster export, per file and line; any problem fails the whole import with
 * 422 {@code validation} and every bad line listed ({@code rows}: file, line, errors).
 */
final class OneRosterErrors {

    /** The problems of one line of one file. */
    record Row(String file, int line, List<String> errors) {
    }

    private final Map<String, Row> rows = new LinkedHashMap<>();

    void add(String file, int line, String message) {
        rows.computeIfAbsent(file + ":" + line, k -> new Row(file, line, new ArrayList<>())).errors().add(message);
    }

    boolean isEmpty() {
        return rows.isEmpty();
    }

    /** Throws the 422 problem listing every bad line, if there is one. */
    void throwIfAny() {
        if (!rows.isEmpty()) {
            throw new ApiException(HttpStatus.UNPROCESSABLE_CONTENT, "validation",
                    rows.size() + " line(s) of the export are invalid; nothing was imported")
                    .with("rows", List.copyOf(rows.values()));
        }
    }
}
