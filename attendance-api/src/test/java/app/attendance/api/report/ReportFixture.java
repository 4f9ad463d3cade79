package app.attendance.api.report;

import app.attendance.api.support.TestData;
import java.time.LocalDate;
import java.time.LocalTime;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A small class whose numbers are computed by hand in the tests. Four students (An, Binh, Chi,
 * Dung), two subjects, four sessions:
 * <pre>
 *              s1 Mon 02 S1   s2 Mon 02 S2 (open)   s3 Tue 03 S1 (no records)   s4 Mon 09 S1
 *   An         PRESENT        LATE                  -                           PRESENT
 *   Binh       LATE           ABSENT                -                           PRESENT
 *   Chi        ABSENT         ABSENT                -                           EXCUSED
 *   Dung       EXCUSED        (unmarked)            -                           ABSENT
 * </pre>
 * Totals: present 3, late 2, absent 4, excused 2; rate 5/9.
 */
final class ReportFixture {

    static final LocalDate MONDAY = LocalDate.of(2026, 11, 2);

    final long teacher;
    final long otherTeacher;
    final long classId;
    final long otherClass;
    final long subject1;
    final long subject2;
    final long an;
    final long binh;
    final long chi;
    final long dung;
    final long s1;
    final long s2;
    final long s3;
    final long s4;
    final String suffix = TestData.unique("");

    private final JdbcClient jdbc;

    ReportFixture(JdbcClient jdbc) {
        this.jdbc = jdbc;
        TestData data = new TestData(jdbc);
        teacher = data.teacher();
        otherTeacher = data.teacher();
        classId = data.schoolClass(teacher);
        otherClass = data.schoolClass(otherTeacher);
        subject1 = data.subject();
        subject2 = data.subject();
        an = student("An");
        binh = student("Binh");
        chi = student("Chi");
        dung = student("Dung");
        s1 = data.session(classId, subject1, teacher, null, MONDAY, LocalTime.of(8, 0), LocalTime.of(8, 45), "CLOSED");
        s2 = data.session(classId, subject2, teacher, null, MONDAY, LocalTime.of(9, 0), LocalTime.of(9, 45), "OPEN");
        s3 = data.session(classId, subject1, teacher, null, MONDAY.plusDays(1), LocalTime.of(8, 0), LocalTime.of(8, 45),
                "SCHEDULED");
        s4 = data.session(classId, subject1, teacher, null, MONDAY.plusDays(7), LocalTime.of(8, 0), LocalTime.of(8, 45),
                "CLOSED");
        record(s1, an, "PRESENT");
        record(s1, binh, "LATE");
        record(s1, chi, "ABSENT");
        record(s1, dung, "EXCUSED");
        record(s2, an, "LATE");
        record(s2, binh, "ABSENT");
        record(s2, chi, "ABSENT");
        record(s4, an, "PRESENT");
        record(s4, binh, "PRESENT");
        record(s4, chi, "EXCUSED");
        record(s4, dung, "ABSENT");
        // another teacher's class, same dates: must never leak into this class's numbers
        long stranger = data.student(otherClass);
        long os = data.session(otherClass, subject1, otherTeacher, null, MONDAY, LocalTime.of(8, 0), LocalTime.of(8,
                45),
                "CLOSED");
        record(os, stranger, "ABSENT");
    }

    String name(String first) {
        return first + " " + suffix;
    }

    private long student(String first) {
        return jdbc.sql("insert into students (student_code, full_name, class_id, guardian_email) "
                + "values (:c, :n, :k, :e) returning id")
                .param("c", TestData.unique(first)).param("n", name(first)).param("k", classId)
                .param("e", first.toLowerCase() + suffix + "@guardian.test")
                .query(Long.class).single();
    }

    void record(long session, long student, String status) {
        jdbc.sql("""
                insert into attendance_records (session_id, student_id, status, source, first_seen_at)
                values (:s, :st, :status, 'MANUAL', case when :status in ('PRESENT', 'LATE')
                        then timestamptz '2026-11-02 08:05:00+00' end)""")
                .param("s", session).param("st", student).param("status", status).update();
    }
}
