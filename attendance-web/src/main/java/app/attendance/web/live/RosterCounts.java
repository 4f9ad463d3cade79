package app.attendance.web.live;

import java.util.List;

/** Roster totals shown above the list. */
public record RosterCounts(int present, int late, int absent, int excused, int unmarked, int total) {

    static RosterCounts of(List<RosterEntry> roster) {
        int present = 0, late = 0, absent = 0, excused = 0, unmarked = 0;
        for (RosterEntry entry : roster) {
            switch (entry.statusKey()) {
                case "PRESENT" -> present++;
                case "LATE" -> late++;
                case "ABSENT" -> absent++;
                case "EXCUSED" -> excused++;
                default -> unmarked++;
            }
        }
        return new RosterCounts(present, late, absent, excused, unmarked, roster.size());
    }
}
