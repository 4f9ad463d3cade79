package app.attendance.web.config;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The school's clock: "today" and instants shown in the school's time zone
 * ({@code attendance.zone}, like attendance-api; default from env {@code TZ}, else the JVM's),
 * so a server running in UTC still shows 07:58 for a student seen at 07:58 in Hanoi.
 * Templates use it as {@code ${@schoolTime.time(instant)}}.
 */
@Component("schoolTime")
public class SchoolTime {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    private final ZoneId zone;

    public SchoolTime(@Value("${attendance.zone:${TZ:}}") String zone) {
        this.zone = parse(zone);
    }

    public ZoneId zone() {
        return zone;
    }

    public LocalDate today() {
        return LocalDate.now(zone);
    }

    public LocalTime now() {
        return LocalTime.now(zone);
    }

    /** The first instant of a school day, e.g. for filters "from this day". */
    public Instant startOf(LocalDate day) {
        return day.atStartOfDay(zone).toInstant();
    }

    public String time(Instant instant) {
        return instant == null ? "" : TIME.withZone(zone).format(instant);
    }

    public String dateTime(Instant instant) {
        return instant == null ? "" : DATE_TIME.withZone(zone).format(instant);
    }

    private static ZoneId parse(String zone) {
        if (zone == null || zone.isBlank()) {
            return ZoneId.systemDefault();
        }
        try {
            return ZoneId.of(zone.trim());
        } catch (RuntimeException e) {
            return ZoneId.systemDefault();
        }
    }
}
