package app.attendance.api.datagen;

import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The size of a generated school.
 *
 * @param students students, spread evenly over the classes
 * @param classes classes (grades 10 to 12)
 * @param weeks weeks of term, ending with the current week
 * @param periods lessons per class and school day (Monday to Friday)
 * @param today the day the term is seen from (earlier sessions are closed and recorded)
 * @param zone the school's time zone
 * @param seed random seed, so the same shape gives the same school
 */
public record SchoolShape(int students, int classes, int weeks, int periods, LocalDate today, ZoneId zone,
        double seed) {

    /** Parses {@code --students N --classes N --weeks N --periods N --seed X}. */
    static SchoolShape parse(String[] args, LocalDate today, ZoneId zone) {
        int students = 2000;
        int classes = 60;
        int weeks = 18;
        int periods = 6;
        double seed = 0.42;
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--students" -> students = Integer.parseInt(args[i + 1]);
                case "--classes" -> classes = Integer.parseInt(args[i + 1]);
                case "--weeks" -> weeks = Integer.parseInt(args[i + 1]);
                case "--periods" -> periods = Integer.parseInt(args[i + 1]);
                case "--seed" -> seed = Double.parseDouble(args[i + 1]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        if (classes < 1 || students < classes || weeks < 1 || periods < 1 || periods > 10) {
            throw new IllegalArgumentException(
                    "need classes >= 1, students >= classes, weeks >= 1, 1 <= periods <= 10");
        }
        return new SchoolShape(students, classes, weeks, periods, today, zone, seed);
    }

    /** Teachers: half as many again as classes, so each lesson hour has a free teacher per class. */
    int teachers() {
        return classes + (classes + 1) / 2;
    }
}
