package app.attendance.api.subject;

/** A subject on the wire. */
record SubjectView(long id, String code, String name, String color) {

    static SubjectView of(Subject s) {
        return new SubjectView(s.getId(), s.getCode(), s.getName(), s.getColor());
    }
}
