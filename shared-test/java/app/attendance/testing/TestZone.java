package app.attendance.testing;

import java.time.Instant;
import java.time.ZoneOffset;

/**
 * The school's zone in tests that open a session "now": a fixed offset in which it was about
 * midday when the test JVM started. A session that started minutes ago and lasts an hour then
 * never straddles midnight (sessions are within one day), whenever the build runs; with a fixed
 * zone, a build run shortly before or after local midnight opened sessions that had not started yet.
 */
public final class TestZone {

    /** Local time about 12:00 to 13:00 when this class was loaded. */
    public static final ZoneOffset MIDDAY = middayAt(Instant.now());

    private TestZone() {
    }

    /** The offset in which {@code now} falls between 12:00 and 13:00. */
    static ZoneOffset middayAt(Instant now) {
        return ZoneOffset.ofHours(12 - now.atOffset(ZoneOffset.UTC).getHour());
    }

    /** The zone id, for {@code attendance.zone} or {@code ATTENDANCE_ZONE}. */
    public static String id() {
        return MIDDAY.getId();
    }
}
