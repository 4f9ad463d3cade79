package app.attendance.api.attendance.recognition;

/**
 * What the rules decided for one face, before anything is written.
 *
 * @param action what to do: mark, queue for review, or only report
 * @param outcome the outcome to report when the action is {@link Action#REPORT}
 * @param studentId the student concerned (roster student, or another class's student), or null
 * @param similarity similarity of the match, or null
 * @param reason why it is queued, or how the mark was reached, or null
 */
record Decision(Action action, Outcome outcome, Long studentId, Double similarity, ReviewReason reason) {

    enum Action {
        MARK, REVIEW, REPORT
    }

    static Decision report(Outcome outcome, Long studentId, Double similarity) {
        return new Decision(Action.REPORT, outcome, studentId, similarity, null);
    }

    static Decision mark(long studentId, double similarity, ReviewReason reason) {
        return new Decision(Action.MARK, null, studentId, similarity, reason);
    }

    static Decision review(long studentId, double similarity, ReviewReason reason) {
        return new Decision(Action.REVIEW, null, studentId, similarity, reason);
    }
}
