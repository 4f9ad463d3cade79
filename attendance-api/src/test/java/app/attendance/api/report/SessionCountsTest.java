package app.attendance.api.report;

import static org.assertj.core.api.Assertions.assertThat;

import app.attendance.api.support.IntegrationTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The triggers keep {@code session_counts} and {@code student_day_counts} equal to a fresh count of
 * the records through every change: inserts, updates, deletes, a session moved and a session deleted.
 */
@IntegrationTest
class SessionCountsTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void countsFollowInsertsUpdatesAndDeletes() {
        ReportFixture f = new ReportFixture(jdbc);
        assertCountsMatchRecords(f);
        assertThat(counts(f.s1)).containsExactly(1, 1, 1, 1);

        // a close marks the unmarked ABSENT in one statement; a manual change flips a status
        jdbc.sql("""
                insert into attendance_records (session_id, student_id, status, source)
                select :s, st.id, 'ABSENT', 'MANUAL' from students st where st.class_id = :c
                on conflict (session_id, student_id) do nothing""").param("s", f.s2).param("c", f.classId).update();
        jdbc.sql("update attendance_records set status = 'EXCUSED' where session_id = :s and student_id = :st")
                .param("s", f.s2).param("st", f.binh).update();
        assertThat(counts(f.s2)).containsExactly(0, 1, 2, 1);
        jdbc.sql("update attendance_records set status = 'PRESENT' where session_id in (:s)")
                .param("s", List.of(f.s1, f.s4)).update();
        assertThat(counts(f.s1)).containsExactly(4, 0, 0, 0);
        jdbc.sql("delete from attendance_records where session_id = :s and student_id = :st")
                .param("s", f.s4).param("st", f.an).update();
        assertThat(counts(f.s4)).containsExactly(3, 0, 0, 0);
        assertCountsMatchRecords(f);

        jdbc.sql("update sessions set session_date = session_date + 1 where id = :s").param("s", f.s1).update();
        assertCountsMatchRecords(f);
        jdbc.sql("delete from sessions where id = :s").param("s", f.s4).update();
        assertCountsMatchRecords(f);
        assertThat(jdbc.sql("select count(*) from session_counts where session_id = :s").param("s", f.s4)
                .query(Long.class).single()).isZero();
    }

    private List<Integer> counts(long session) {
        return jdbc.sql("select present, late, absent, excused from session_counts where session_id = :s")
                .param("s", session)
                .query((rs, n) -> List.of(rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getInt(4))).single();
    }

    private void assertCountsMatchRecords(ReportFixture f) {
        long mismatches = jdbc.sql("""
                select count(*) from sessions s
                left join session_counts sc on sc.session_id = s.id
                left join (select session_id,
                                  count(*) filter (where status = 'PRESENT') p, count(*) filter (where status = 'LATE') l,
                                  count(*) filter (where status = 'ABSENT') a, count(*) filter (where status = 'EXCUSED') e
                           from attendance_records group by session_id) r on r.session_id = s.id
                where s.class_id = :c
                  and (coalesce(sc.present, 0), coalesce(sc.late, 0), coalesce(sc.absent, 0), coalesce(sc.excused, 0))
                      is distinct from (coalesce(r.p, 0), coalesce(r.l, 0), coalesce(r.a, 0), coalesce(r.e, 0))""")
                .param("c", f.classId).query(Long.class).single();
        assertThat(mismatches).isZero();
        long dayMismatches = jdbc.sql("""
                with r as (
                    select s.session_date, s.class_id, ar.student_id,
                           count(*) filter (where ar.status = 'PRESENT') p, count(*) filter (where ar.status = 'LATE') l,
                           count(*) filter (where ar.status = 'ABSENT') a, count(*) filter (where ar.status = 'EXCUSED') e
                    from attendance_records ar join sessions s on s.id = ar.session_id
                    where s.class_id = :c group by 1, 2, 3),
                d as (select * from student_day_counts where class_id = :c)
                select count(*) from r full join d using (session_date, class_id, student_id)
                where (coalesce(d.present, 0), coalesce(d.late, 0), coalesce(d.absent, 0), coalesce(d.excused, 0))
                      is distinct from (coalesce(r.p, 0), coalesce(r.l, 0), coalesce(r.a, 0), coalesce(r.e, 0))""")
                .param("c", f.classId).query(Long.class).single();
        assertThat(dayMismatches).isZero();
    }
}
