package app.attendance.api.importing;

import app.attendance.api.system.ApiException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.http.HttpStatus;

/** Collects the problems of each CSV row; any problem fails the whole import with every bad row listed. */
final class RowErrors {

    /** The problems of one row, with the line it starts on. */
    record Row(int line, List<ApiException.FieldError> errors) {
    }

    private final List<Row> rows = new ArrayList<>();
    private List<ApiException.FieldError> current;

    void startRow(int line) {
        current = new ArrayList<>();
        rows.add(new Row(line, current));
    }

    void add(String field, String message) {
        current.add(new ApiException.FieldError(field, message));
    }

    /** Throws a 400 {@code validation} problem listing every bad row, if there is one. */
    void throwIfAny() {
        List<Row> bad = rows.stream().filter(r -> !r.errors().isEmpty()).toList();
        if (!bad.isEmpty()) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "validation",
                    bad.size() + " row(s) are invalid; nothing was imported").with("rows", bad);
        }
    }
}
