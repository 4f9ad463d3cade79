package app.attendance.api.schoolclass;

import app.attendance.api.teacher.Teacher;

/** A class on the wire with its homeroom teacher and number of students. */
record ClassView(long id, String name, int grade, Long homeroomTeacherId, String homeroomTeacherName,
        long studentCount) {

    static ClassView of(SchoolClass c, long studentCount) {
        Teacher t = c.getHomeroomTeacher();
        return new ClassView(c.getId(), c.getName(), c.getGrade(), t == null ? null : t.getId(),
                t == null ? null : t.getFullName(), studentCount);
    }
}
