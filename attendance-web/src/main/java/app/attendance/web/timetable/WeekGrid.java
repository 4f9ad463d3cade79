package app.attendance.web.timetable;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** Slots laid out as rows of periods (start–end) by columns of weekdays. */
public record WeekGrid(List<DayOfWeek> days, List<Row> rows) {

    /** One period and the slots of each day in it. */
    public record Row(LocalTime start, LocalTime end, List<List<Slot>> cells) {
    }

    private record Period(LocalTime start, LocalTime end) {
    }

    static WeekGrid of(List<Slot> slots) {
        Set<DayOfWeek> daySet = EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);
        Set<Period> periods = new TreeSet<>(Comparator.comparing(Period::start).thenComparing(Period::end));
        for (Slot slot : slots) {
            daySet.add(DayOfWeek.valueOf(slot.weekday()));
            periods.add(new Period(slot.startTime(), slot.endTime()));
        }
        List<DayOfWeek> days = new ArrayList<>(daySet);
        List<Row> rows = new ArrayList<>();
        for (Period p : periods) {
            List<List<Slot>> cells = new ArrayList<>();
            for (DayOfWeek day : days) {
                cells.add(slots.stream().filter(s -> s.weekday().equals(day.name())
                        && s.startTime().equals(p.start()) && s.endTime().equals(p.end())).toList());
            }
            rows.add(new Row(p.start(), p.end(), cells));
        }
        return new WeekGrid(days, rows);
    }
}
