package app.attendance.face.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** A Markdown table printed with aligned columns, plus the number formats the tables share. */
final class Table {

    private final String title;
    private final List<String[]> rows = new ArrayList<>();

    Table(String title, String... headers) {
        this.title = title;
        rows.add(headers);
    }

    Table row(Object... cells) {
        String[] r = new String[cells.length];
        for (int i = 0; i < cells.length; i++) {
            r[i] = String.valueOf(cells[i]);
        }
        rows.add(r);
        return this;
    }

    void print() {
        int cols = rows.getFirst().length;
        int[] width = new int[cols];
        for (String[] r : rows) {
            for (int i = 0; i < cols; i++) {
                width[i] = Math.max(width[i], i < r.length ? r[i].length() : 0);
            }
        }
        StringBuilder out = new StringBuilder("\n").append(title).append("\n\n");
        for (int k = 0; k < rows.size(); k++) {
            line(out, rows.get(k), width);
            if (k == 0) {
                String[] rule = new String[cols];
                for (int i = 0; i < cols; i++) {
                    rule[i] = "-".repeat(width[i]);
                }
                line(out, rule, width);
            }
        }
        System.out.print(out);
        System.out.flush();
    }

    private static void line(StringBuilder out, String[] r, int[] width) {
        out.append('|');
        for (int i = 0; i < width.length; i++) {
            String c = i < r.length ? r[i] : "";
            out.append(' ').append(c).append(" ".repeat(width[i] - c.length())).append(" |");
        }
        out.append('\n');
    }

    /** "k/n (p %)", or "–" when n is 0. */
    static String pct(long k, long n) {
        return n == 0 ? "–" : String.format(Locale.ROOT, "%d/%d (%.1f %%)", k, n, 100.0 * k / n);
    }

    static String num(double v) {
        return Double.isNaN(v) || Double.isInfinite(v) ? "–" : String.format(Locale.ROOT, "%.3f", v);
    }

    static String ms(double v) {
        return Double.isNaN(v) ? "–" : String.format(Locale.ROOT, "%.0f", v);
    }
}
