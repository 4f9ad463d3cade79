package app.attendance.api.system;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.springframework.core.convert.converter.Converter;
import org.springframework.stereotype.Component;

/**
 * Reads a date request parameter ({@code yyyy-MM-dd}) and refuses years a school never uses
 * (before 1900 or after 9999), which PostgreSQL or the reports could not handle; the caller gets
 * the 400 of a mistyped parameter instead of a 500.
 */
@Component
class SchoolDates implements Converter<String, LocalDate> {

    static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
    static final LocalDate LATEST = LocalDate.of(9999, 12, 31);

    @Override
    public LocalDate convert(String source) {
        String text = source.trim();
        if (text.isEmpty()) {
            return null;
        }
        LocalDate date = LocalDate.parse(text);
        if (date.isBefore(EARLIEST) || date.isAfter(LATEST)) {
            throw new DateTimeParseException("dates run from 1900-01-01 to 9999-12-31", text, 0);
        }
        return date;
    }
}
