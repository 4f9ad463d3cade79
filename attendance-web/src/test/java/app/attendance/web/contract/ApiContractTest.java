package app.attendance.web.contract;

import static org.assertj.core.api.Assertions.assertThat;

import app.attendance.contract.RecordContract;
import app.attendance.web.audit.AuditEntryContract;
import app.attendance.web.auth.ApiUser;
import app.attendance.web.dashboard.Overview;
import app.attendance.web.device.Device;
import app.attendance.web.live.FrameResult;
import app.attendance.web.live.PendingMatch;
import app.attendance.web.live.RosterEntry;
import app.attendance.web.me.MyRecord;
import app.attendance.web.room.Room;
import app.attendance.web.checkin.CheckinCode;
import app.attendance.web.checkin.CheckinResult;
import app.attendance.web.schoolclass.ClassMember;
import app.attendance.web.schoolclass.SchoolClass;
import app.attendance.web.session.Session;
import app.attendance.web.student.OneRosterResult;
import app.attendance.web.student.Student;
import app.attendance.web.subject.Subject;
import app.attendance.web.teacher.Teacher;
import app.attendance.web.timetable.Slot;
import app.attendance.web.user.User;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * The web app reads the API through hand-written records; this test holds each of them against the
 * API's committed contract, {@code docs/openapi/attendance-api.json} (itself compared with the running
 * API by the API's own contract test). A field the API renames, drops or retypes fails here, in
 * seconds, instead of in the end-to-end tests.
 */
class ApiContractTest {

    private static final Path DOCUMENT = Path.of(System.getProperty("attendance.root", ".."), "docs", "openapi",
            "attendance-api.json");

    /** Each record the web app reads, and the API schema it reads it from. */
    private static final Map<Class<?>, String> READS = new LinkedHashMap<>();

    static {
        READS.put(ApiUser.class, "UserView");
        READS.put(User.class, "UserView");
        READS.put(Overview.class, "Dashboard");
        READS.put(Device.class, "DeviceView");
        READS.put(FrameResult.class, "FrameResult");
        READS.put(PendingMatch.class, "PendingStorePendingView");
        READS.put(RosterEntry.class, "RosterRow");
        READS.put(MyRecord.class, "AttendanceView");
        READS.put(Room.class, "RoomView");
        READS.put(ClassMember.class, "StudentView");
        READS.put(SchoolClass.class, "ClassView");
        READS.put(Session.class, "SessionView");
        READS.put(Student.class, "StudentView");
        READS.put(Subject.class, "SubjectView");
        READS.put(Teacher.class, "TeacherView");
        READS.put(Slot.class, "SlotView");
        READS.put(AuditEntryContract.type(), "AuditView");
        READS.put(CheckinCode.class, "CheckinCode");
        READS.put(CheckinResult.class, "CheckinResult");
        READS.put(OneRosterResult.class, "OneRosterResult");
    }

    @Test
    void everyRecordTheWebAppReadsMatchesTheApiContract() throws Exception {
        RecordContract contract = new RecordContract(JsonMapper.builder().build().readTree(Files.readString(DOCUMENT)));
        List<String> differences = new ArrayList<>();
        READS.forEach((type, schema) -> differences.addAll(contract.differences(type, schema)));
        assertThat(differences).as("web records that no longer match %s", DOCUMENT).isEmpty();
    }
}
