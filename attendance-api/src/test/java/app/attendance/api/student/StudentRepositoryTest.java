package app.attendance.api.student;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.attendance.api.schoolclass.SchoolClass;
import app.attendance.api.teacher.Teacher;
import app.attendance.api.timetable.TimetableSlot;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.jpa.test.autoconfigure.TestEntityManager;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/** The student queries and constraints on real PostgreSQL with the Flyway schema. */
@DataJpaTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
class StudentRepositoryTest {

    @Autowired
    StudentRepository students;
    @Autowired
    TestEntityManager em;

    Teacher homeroom;
    Teacher slotTeacher;
    SchoolClass mine;
    SchoolClass other;

    @BeforeEach
    void setUp() {
        homeroom = em.persist(new Teacher("R-" + System.nanoTime(), "Homeroom", null, null));
        slotTeacher = em.persist(new Teacher("S-" + System.nanoTime(), "Slot teacher", null, null));
        Teacher stranger = em.persist(new Teacher("X-" + System.nanoTime(), "Stranger", null, null));
        mine = em.persist(new SchoolClass("M-" + System.nanoTime(), 10, homeroom));
        other = em.persist(new SchoolClass("O-" + System.nanoTime(), 10, stranger));
        var subject = em.persist(new app.attendance.api.subject.Subject("SUB-" + System.nanoTime(), "Sub", "#000000"));
        em.persist(new TimetableSlot(mine, subject, slotTeacher, null, DayOfWeek.MONDAY, LocalTime.of(8, 0),
                LocalTime.of(9, 0), LocalDate.of(2026, 9, 1), LocalDate.of(2027, 6, 30)));
        em.persist(new Student("QX-" + System.nanoTime(), "Zoe Quill", mine));
        em.persist(new Student("QY-" + System.nanoTime(), "Adam Quill", mine));
        em.persist(new Student("QZ-" + System.nanoTime(), "Eve Quill", other));
        em.flush();
    }

    @Test
    void searchMatchesNameOrCodeAndSortsByName() {
        var page = students.findAll(StudentSearch.of(null, null, "%quill%", (Set<Long>) null), PageRequest.of(0, 10,
                Sort.by(
                        "fullName")));
        assertThat(page.getContent()).extracting(Student::getFullName).containsExactly("Adam Quill", "Eve Quill",
                "Zoe Quill");
        assertThat(students.findAll(StudentSearch.of(mine.getId(), null, "%qx-%", (Set<Long>) null), PageRequest.of(0,
                10))
                .getTotalElements())
                .isEqualTo(1);
    }

    @Test
    void aTeachersScopeKeepsTheirClassesOnly() {
        assertThat(students.findAll(StudentSearch.of(null, null, "%quill%", Set.of(mine.getId())), PageRequest.of(0,
                10)).getTotalElements()).isEqualTo(2);
        assertThat(students.findAll(StudentSearch.of(null, null, "%quill%", Set.of(mine.getId(), other.getId())),
                PageRequest.of(0, 10)).getTotalElements()).isEqualTo(3);
        assertThat(students.findAll(StudentSearch.of(null, null, "%quill%", Set.of()), PageRequest.of(0, 10))
                .getTotalElements()).as("a teacher of no class sees nobody").isZero();
        assertThat(students.findAll(StudentSearch.of(null, EnrolmentStatus.ENROLLED, "%quill%", (Set<Long>) null),
                PageRequest.of(0,
                        10))
                .getTotalElements()).isZero();
    }

    @Test
    void studentCodesAreUniqueInTheDatabase() {
        String code = "DUP-" + System.nanoTime();
        em.persist(new Student(code, "One", mine));
        em.flush();
        assertThatThrownBy(() -> {
            students.saveAndFlush(new Student(code, "Two", mine));
        }).isInstanceOf(DataIntegrityViolationException.class);
    }
}
