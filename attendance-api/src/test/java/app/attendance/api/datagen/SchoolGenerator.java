package app.attendance.api.datagen;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import javax.sql.DataSource;

/**
 * Generates a realistic school entirely in SQL ({@code generate_series}, set-based inserts):
 * subjects, rooms, teachers, classes with homeroom teachers, students with Vietnamese names and
 * guardians, a clash-free weekly timetable, a term of sessions (past ones closed) and one
 * attendance record per student and closed session. Most students attend well; about one in
 * fifteen is often absent, so the at-risk list is not empty. Run by {@code generate-school.sh}.
 */
public final class SchoolGenerator {

    private final DataSource dataSource;

    public SchoolGenerator(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public static void main(String[] args) throws Exception {
        boolean reset = java.util.Arrays.asList(args).contains("--reset");
        String[] options = java.util.Arrays.stream(args).filter(a -> !a.equals("--reset")).toArray(String[]::new);
        ZoneId zone = ZoneId.of(System.getenv().getOrDefault("TZ", "UTC").isBlank() ? "UTC"
                : System.getenv().getOrDefault("TZ", "UTC"));
        SchoolShape shape = SchoolShape.parse(options, LocalDate.now(zone), zone);
        try (StandaloneDatabase db = StandaloneDatabase.open(Path.of(".data", "postgres"))) {
            System.out.println("Database: " + db.description());
            new SchoolGenerator(db.dataSource()).generate(shape, reset);
        }
    }

    /** Fills the database; refuses when it already has students, unless {@code reset}. */
    public void generate(SchoolShape shape, boolean reset) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement()) {
            st.execute("set synchronous_commit = off");
            long existing = count(st, "select count(*) from students");
            if (existing > 0 && !reset) {
                throw new IllegalStateException("The database already has " + existing
                        + " students; run with --reset to replace the school");
            }
            if (reset) {
                step("reset", () -> {
                    st.execute("truncate notification_log, attendance_records, sessions, timetable_slots, devices,"
                            + " audit_log cascade");
                    st.execute("delete from users where role <> 'ADMIN'");
                    st.execute("delete from students");
                    st.execute("delete from classes");
                    st.execute("delete from teacher_subjects");
                    st.execute("delete from teachers");
                    st.execute("delete from rooms");
                    st.execute("delete from subjects");
                });
            }
            LocalDate monday = shape.today().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            LocalDate termStart = monday.minusWeeks(shape.weeks() - 1L);
            LocalDate termEnd = monday.plusDays(4);
            st.execute("select setseed(" + shape.seed() + ")");
            step("reference data", () -> reference(c, shape));
            step("students", () -> students(c, shape));
            step("timetable", () -> timetable(c, shape, termStart, termEnd));
            step("sessions", () -> sessions(c, shape, termStart, termEnd));
            boolean fast = trySkipTriggers(st);
            step("attendance records", () -> records(c, shape));
            if (fast) {
                st.execute("set session_replication_role = origin");
            }
            // triggers keep session_counts; rebuild it in one pass in case they were skipped above
            step("session counts", () -> st.execute("""
                    insert into session_counts (session_id, present, late, absent, excused)
                    select session_id, count(*) filter (where status = 'PRESENT'), count(*) filter (where status = 'LATE'),
                           count(*) filter (where status = 'ABSENT'), count(*) filter (where status = 'EXCUSED')
                    from attendance_records group by session_id
                    on conflict (session_id) do update set present = excluded.present, late = excluded.late,
                        absent = excluded.absent, excused = excluded.excused"""));
            step("student day counts", () -> st.execute("""
                    insert into student_day_counts (session_date, class_id, student_id, present, late, absent, excused)
                    select s.session_date, s.class_id, ar.student_id,
                           count(*) filter (where ar.status = 'PRESENT'), count(*) filter (where ar.status = 'LATE'),
                           count(*) filter (where ar.status = 'ABSENT'), count(*) filter (where ar.status = 'EXCUSED')
                    from attendance_records ar join sessions s on s.id = ar.session_id
                    group by 1, 2, 3
                    on conflict (session_date, class_id, student_id) do update set present = excluded.present,
                        late = excluded.late, absent = excluded.absent, excused = excluded.excused"""));
            step("analyze", () -> st.execute("analyze"));
            System.out.printf("School: %d students, %d classes, %d teachers, %d sessions (%s to %s), %d records%n",
                    count(st, "select count(*) from students"), count(st, "select count(*) from classes"),
                    count(st, "select count(*) from teachers"), count(st, "select count(*) from sessions"),
                    termStart, termEnd, count(st, "select count(*) from attendance_records"));
        }
    }

    private static void reference(Connection c, SchoolShape shape) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute("""
                    insert into subjects (code, name, color)
                    select code, name, color from (values
                        ('MATH', 'Toán', '#1e88e5'), ('LIT', 'Ngữ văn', '#8e24aa'), ('ENG', 'Tiếng Anh', '#43a047'),
                        ('PHYS', 'Vật lý', '#fb8c00'), ('CHEM', 'Hóa học', '#e53935'), ('BIO', 'Sinh học', '#00897b'),
                        ('HIST', 'Lịch sử', '#6d4c41'), ('GEO', 'Địa lý', '#3949ab'), ('IT', 'Tin học', '#546e7a'),
                        ('CIV', 'Giáo dục công dân', '#c0ca33'), ('PE', 'Thể dục', '#d81b60'),
                        ('TECH', 'Công nghệ', '#5e35b1')) v(code, name, color)
                    on conflict (code) do nothing""");
            st.execute("insert into rooms (name, capacity) select 'P' || (100 * (1 + (i - 1) / 20) + (i - 1) % 20 + 1),"
                    + " 45 from generate_series(1, " + shape.classes() + ") i on conflict (name) do nothing");
            st.execute("""
                    insert into teachers (employee_code, full_name, email, phone)
                    select 'GV' || lpad(i::text, 4, '0'),
                           (array['Nguyễn','Trần','Lê','Phạm','Hoàng','Phan','Vũ','Đặng','Bùi','Đỗ'])[1 + i %% 10] || ' '
                           || (array['Văn','Thị','Minh','Ngọc','Thanh','Quốc'])[1 + (i / 10) %% 6] || ' '
                           || (array['Hùng','Lan','Sơn','Hương','Dũng','Mai','Tuấn','Thảo','Phong','Yến','Khoa','Hạnh'])[1 + (i / 60) %% 12 + 0],
                           'gv' || i || '@school.example', '09' || lpad((i * 7919 %% 100000000)::text, 8, '0')
                    from generate_series(1, %d) i""".formatted(shape.teachers()));
            st.execute("""
                    insert into teacher_subjects (teacher_id, subject_id)
                    select t.id, x.id from teachers t
                    join subjects x on x.id = (select id from subjects order by id offset (t.id %% 12) limit 1)"""
                    .formatted());
            st.execute("""
                    insert into classes (name, grade, homeroom_teacher_id)
                    select (10 + (i - 1) / per_grade) || 'A' || (1 + (i - 1) %% per_grade), 10 + (i - 1) / per_grade,
                           (select id from teachers order by id offset i - 1 limit 1)
                    from generate_series(1, %d) i, (select ceil(%d / 3.0)::int as per_grade) g"""
                    .formatted(shape.classes(), shape.classes()));
        }
    }

    private static void students(Connection c, SchoolShape shape) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                with k as (select id, row_number() over (order by id) - 1 as n from classes),
                     nk as (select count(*) as classes from k)
                insert into students (student_code, full_name, class_id, gender, date_of_birth, guardian_name,
                                      guardian_phone, guardian_email, consent_given, consent_date)
                select 'HS' || lpad(i::text, 6, '0'),
                       (array['Nguyễn','Trần','Lê','Phạm','Hoàng','Huỳnh','Phan','Vũ','Võ','Đặng','Bùi','Đỗ','Hồ','Ngô','Dương','Lý'])[1 + (i * 7) % 16]
                       || ' ' || case when i % 2 = 0 then (array['Thị','Ngọc','Thu','Minh','Hoài','Bảo'])[1 + (i / 2) % 6]
                                      else (array['Văn','Đức','Minh','Quốc','Gia','Thanh'])[1 + (i / 2) % 6] end
                       || ' ' || case when i % 2 = 0
                                  then (array['An','Châu','Dung','Giang','Hà','Hạnh','Hoa','Hương','Lan','Linh','Mai','Ngân','Nhi','Thảo','Trang','Uyên','Vy','Yến'])[1 + (i * 13) % 18]
                                  else (array['Bình','Hải','Hiếu','Hùng','Khang','Khánh','Long','Minh','Nam','Phong','Phúc','Quân','Quang','Sơn','Tâm','Trung','Tuấn','Việt'])[1 + (i * 13) % 18] end,
                       k.id,
                       case when i % 2 = 0 then 'FEMALE' else 'MALE' end,
                       date '2008-01-01' + ((i * 37) % 1095),
                       'Phụ huynh HS' || lpad(i::text, 6, '0'),
                       '09' || lpad(((i * 104729) % 100000000)::text, 8, '0'),
                       case when i % 10 <> 0 then 'ph' || i || '@family.example' end,
                       true, ? - 30
                from generate_series(1, ?) i
                join k on k.n = (i - 1) % (select classes from nk)""")) {
            ps.setObject(1, shape.today());
            ps.setInt(2, shape.students());
            ps.executeUpdate();
        }
    }

    private static void timetable(Connection c, SchoolShape shape, LocalDate from, LocalDate to) throws SQLException {
        // At a given weekday and period, class number k gets teacher (k + 7d + 13p) mod T: distinct per class
        // because T > classes, so no teacher is in two rooms at once; every class keeps its own room.
        try (PreparedStatement ps = c.prepareStatement("""
                with k as (select id, row_number() over (order by id) - 1 as n from classes),
                     t as (select id, row_number() over (order by id) - 1 as n from teachers),
                     r as (select id, row_number() over (order by id) - 1 as n from rooms),
                     x as (select id, row_number() over (order by id) - 1 as n from subjects),
                     nt as (select count(*) as n from teachers), nx as (select count(*) as n from subjects)
                insert into timetable_slots (class_id, subject_id, teacher_id, room_id, weekday, start_time, end_time,
                                             valid_from, valid_to)
                select k.id, x.id, t.id, r.id,
                       (array['MONDAY','TUESDAY','WEDNESDAY','THURSDAY','FRIDAY'])[d + 1],
                       time '07:00' + p * interval '50 minutes' + case when p >= 3 then interval '15 minutes' else interval '0' end,
                       time '07:45' + p * interval '50 minutes' + case when p >= 3 then interval '15 minutes' else interval '0' end,
                       ?, ?
                from k cross join generate_series(0, 4) d cross join generate_series(0, ? - 1) p
                join t on t.n = (k.n + 7 * d + 13 * p) % (select n from nt)
                join x on x.n = (k.n + 5 * d + p) % (select n from nx)
                join r on r.n = k.n % (select count(*) from rooms)""")) {
            ps.setObject(1, from);
            ps.setObject(2, to);
            ps.setInt(3, shape.periods());
            ps.executeUpdate();
        }
    }

    private static void sessions(Connection c, SchoolShape shape, LocalDate from, LocalDate to) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                """
                insert into sessions (slot_id, class_id, subject_id, teacher_id, room_id, session_date, start_time,
                                      end_time, status, opened_at, closed_at)
                select ts.id, ts.class_id, ts.subject_id, ts.teacher_id, ts.room_id, d::date, ts.start_time, ts.end_time,
                       case when d::date < ? then 'CLOSED' else 'SCHEDULED' end,
                       case when d::date < ? then (d::date + ts.start_time - interval '5 minutes') at time zone ? end,
                       case when d::date < ? then (d::date + ts.end_time) at time zone ? end
                from timetable_slots ts
                cross join generate_series(cast(? as date), cast(? as date), interval '1 day') d
                where extract(isodow from d) = array_position(
                        array['MONDAY','TUESDAY','WEDNESDAY','THURSDAY','FRIDAY','SATURDAY','SUNDAY'], ts.weekday)""")) {
            ps.setObject(1, shape.today());
            ps.setObject(2, shape.today());
            ps.setString(3, shape.zone().getId());
            ps.setObject(4, shape.today());
            ps.setString(5, shape.zone().getId());
            ps.setObject(6, from);
            ps.setObject(7, to);
            ps.executeUpdate();
        }
    }

    private static void records(Connection c, SchoolShape shape) throws SQLException {
        // Each student has an absence propensity: 1 in 15 is often absent (25 %), the rest rarely (3 %).
        try (PreparedStatement ps = c.prepareStatement("""
                insert into attendance_records (session_id, student_id, status, first_seen_at, source, similarity,
                                                changed_by, changed_at)
                select session_id, student_id, status,
                       case when status = 'PRESENT' then starts_at + (random() * 14 - 5) * interval '1 minute'
                            when status = 'LATE' then starts_at + (11 + random() * 20) * interval '1 minute' end,
                       case when status in ('PRESENT', 'LATE') then (case when random() < 0.9 then 'CAMERA' else 'DEVICE' end)
                            else 'MANUAL' end,
                       case when status in ('PRESENT', 'LATE') then 0.55 + random() * 0.4 end,
                       'generator', ends_at
                from (
                    select s.id as session_id, st.id as student_id,
                           (s.session_date + s.start_time) at time zone ? as starts_at,
                           (s.session_date + s.end_time) at time zone ? as ends_at,
                           case when u < p_absent then 'ABSENT'
                                when u < p_absent + 0.02 then 'EXCUSED'
                                when u < p_absent + 0.08 then 'LATE'
                                else 'PRESENT' end as status
                    from sessions s
                    join (select id, class_id, case when id % 15 = 0 then 0.25 else 0.03 end as p_absent
                          from students) st on st.class_id = s.class_id
                    cross join lateral (select random() + 0 * st.id as u) r
                    where s.status = 'CLOSED'
                ) g""")) {
            ps.setString(1, shape.zone().getId());
            ps.setString(2, shape.zone().getId());
            ps.executeUpdate();
        }
    }

    private static boolean trySkipTriggers(Statement st) {
        try {
            st.execute("set session_replication_role = replica");
            return true;
        } catch (SQLException e) {
            return false; // not a superuser: foreign keys are checked row by row, slower but fine
        }
    }

    private static long count(Statement st, String sql) throws SQLException {
        try (ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static void step(String name, SqlStep step) throws SQLException {
        long t0 = System.nanoTime();
        step.run();
        System.out.printf("  %-20s %8.1f s%n", name, (System.nanoTime() - t0) / 1e9);
    }

    /** A step that may fail with SQL. */
    @FunctionalInterface
    private interface SqlStep {
        void run() throws SQLException;
    }
}
