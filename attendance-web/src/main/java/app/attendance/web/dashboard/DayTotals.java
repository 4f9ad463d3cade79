package app.attendance.web.dashboard;

import app.attendance.web.session.Session;
import java.util.List;

/** Sums over today's sessions. */
public record DayTotals(int sessions, int open, int closed, int present, int late, int absent, int unmarked,
        int pending) {

    static DayTotals of(List<Session> list) {
        int open = 0, closed = 0, present = 0, late = 0, absent = 0, unmarked = 0, pending = 0;
        for (Session s : list) {
            open += s.isOpen() ? 1 : 0;
            closed += s.isClosed() ? 1 : 0;
            present += s.counts().present();
            late += s.counts().late();
            absent += s.counts().absent();
            unmarked += s.counts().unmarked();
            pending += s.counts().pending();
        }
        return new DayTotals(list.size(), open, closed, present, late, absent, unmarked, pending);
    }
}
