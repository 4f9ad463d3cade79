package app.attendance.api.importing;

import app.attendance.api.system.ApiException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A parsed CSV file with a header row: fields are read by column name (case-insensitive).
 * Unknown columns are refused so that a typo does not silently drop data.
 */
final class CsvTable {

    static final int MAX_ROWS = 20_000;

    private final Map<String, Integer> columns = new HashMap<>();
    private final List<CsvParser.Record> rows;

    private CsvTable(List<CsvParser.Record> records) {
        List<String> header = records.getFirst().fields();
        for (int i = 0; i < header.size(); i++) {
            columns.put(header.get(i).trim().toLowerCase(Locale.ROOT), i);
        }
        this.rows = records.subList(1, records.size());
    }

    /** Parses the text and checks the header against the required and allowed columns (400 otherwise). */
    static CsvTable read(String text, Set<String> required, Set<String> allowed) {
        List<CsvParser.Record> records = CsvParser.parse(text == null ? "" : text);
        if (records.isEmpty()) {
            throw ApiException.invalid("file", "is empty; expected a header row with " + required);
        }
        CsvTable table = new CsvTable(records);
        for (String column : required) {
            if (!table.columns.containsKey(column.toLowerCase(Locale.ROOT))) {
                throw ApiException.invalid("file", "the header lacks the column '" + column + "'");
            }
        }
        Set<String> lowerAllowed = new java.util.HashSet<>();
        allowed.forEach(a -> lowerAllowed.add(a.toLowerCase(Locale.ROOT)));
        for (String column : table.columns.keySet()) {
            if (!lowerAllowed.contains(column)) {
                throw ApiException.invalid("file", "unknown column '" + column + "'; allowed: " + allowed);
            }
        }
        if (table.rows.isEmpty()) {
            throw ApiException.invalid("file", "has a header but no rows");
        }
        if (table.rows.size() > MAX_ROWS) {
            throw ApiException.invalid("file", "has more than " + MAX_ROWS + " rows; split it");
        }
        return table;
    }

    /**
     * A file of an export whose columns vary between versions (OneRoster 1.1 and 1.2): only the
     * required columns are checked, other columns are ignored and a header without rows is fine.
     */
    static CsvTable lenient(String text, String file, Set<String> required) {
        List<CsvParser.Record> records = CsvParser.parse(text == null ? "" : text);
        if (records.isEmpty()) {
            throw ApiException.invalid(file, "is empty; expected a header row with " + required);
        }
        CsvTable table = new CsvTable(records);
        for (String column : required) {
            if (!table.columns.containsKey(column.toLowerCase(Locale.ROOT))) {
                throw ApiException.invalid(file, "the header lacks the column '" + column + "'");
            }
        }
        if (table.rows.size() > MAX_ROWS) {
            throw ApiException.invalid(file, "has more than " + MAX_ROWS + " rows; split it");
        }
        return table;
    }

    /** Whether the header has the column. */
    boolean has(String column) {
        return columns.containsKey(column.toLowerCase(Locale.ROOT));
    }

    List<CsvParser.Record> rows() {
        return rows;
    }

    /** The trimmed value of a column in a record; null when the column is absent or the cell blank. */
    String get(CsvParser.Record row, String column) {
        Integer i = columns.get(column.toLowerCase(Locale.ROOT));
        if (i == null || i >= row.fields().size()) {
            return null;
        }
        String v = row.fields().get(i).trim();
        return v.isEmpty() ? null : v;
    }
}
