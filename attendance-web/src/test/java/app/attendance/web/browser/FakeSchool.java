package app.attendance.web.browser;

import app.attendance.web.browser.FakeApiServer.Answer;
import java.util.concurrent.atomic.AtomicBoolean;

/** The canned school data the fake API answers with. */
final class FakeSchool {

    private FakeSchool() {
    }

    static String page(String content) {
        return "{\"content\":" + content + ",\"page\":0,\"size\":20,\"totalElements\":5,\"totalPages\":1}";
    }

    static String session(long id, String subject, String color, String cls, String start, String end, String status,
            int present, int late, int unmarked) {
        return """
                {"id":%d,"slotId":%d,"classId":1,"className":"%s","subjectId":1,"subjectName":"%s","subjectColor":"%s",
                 "teacherId":3,"teacherName":"Nguyễn Thị Lan","roomId":4,"roomName":"A101","date":"%s","startTime":"%s",
                 "endTime":"%s","status":"%s","counts":{"present":%d,"late":%d,"absent":0,"excused":0,"unmarked":%d,
                 "pending":1,"total":%d}}""".formatted(id, id, cls, subject, color, FakeApiServer.today(), start, end,
                status,
                present, late, unmarked, present + late + unmarked);
    }

    /** The answer to a confirmed or rejected review of a pending match. */
    static String decided(long pendingId, long studentId, boolean confirmed) {
        return """
                {"pendingId":%d,"studentId":%d,"decision":"%s","outcome":%s,"status":%s}""".formatted(pendingId,
                studentId, confirmed ? "CONFIRMED" : "REJECTED", confirmed ? "\"MARKED\"" : null,
                confirmed ? "\"PRESENT\"" : null);
    }

    static final String STUDENTS = """
            [{"id":5,"studentCode":"HS005","fullName":"Trần Minh Anh","classId":1,"className":"10A1","gender":"FEMALE",
              "consentGiven":true,"enrolmentStatus":"ENROLLED","photoCount":4},
             {"id":6,"studentCode":"HS006","fullName":"Lê Hoàng Nam","classId":1,"className":"10A1","gender":"MALE",
              "consentGiven":true,"enrolmentStatus":"ENROLLED","photoCount":3},
             {"id":7,"studentCode":"HS007","fullName":"Phạm Thu Hà","classId":1,"className":"10A1","gender":"FEMALE",
              "consentGiven":false,"enrolmentStatus":"NONE","photoCount":0},
             {"id":8,"studentCode":"HS008","fullName":"Vũ Đức Long","classId":1,"className":"10A1","gender":"MALE",
              "consentGiven":true,"enrolmentStatus":"ENROLLED","photoCount":5}]""";

    static void routes(FakeApiServer api) {
        AtomicBoolean marked = new AtomicBoolean();
        api.on("POST /api/auth/login", x -> {
            String body = read(x);
            if (body.contains("\"wrong\"")) {
                return new Answer(401, "{\"status\":401,\"code\":\"unauthenticated\",\"detail\":\"Bad credentials\"}");
            }
            String role = body.contains("\"lan\"") ? "TEACHER" : body.contains("\"minhanh\"") ? "STUDENT" : "ADMIN";
            return Answer.ok(
                    """
                    {"accessToken":"fake-access","refreshToken":"fake-refresh","expiresIn":900,
                     "user":{"id":1,"username":"admin","role":"%s","displayName":"Đỗ Văn Quản","teacherId":3,"studentId":5}}"""
                            .formatted(role));
        });
        api.on("POST /api/auth/logout", x -> new Answer(204, null));
        api.on("GET /api/sessions", x -> Answer.ok(page("[" + session(41, "Ngữ văn", "#8e24aa", "10A1", "07:00",
                "07:45", "CLOSED", 30, 2, 0)
                + "," + session(42, "Toán", "#1e88e5", "10A1", "08:00", "08:45", "OPEN", 18, 3, 11)
                + "," + session(43, "Vật lý", "#43a047", "10A2", "09:00", "09:45", "SCHEDULED", 0, 0, 34) + "]")));
        api.on("GET /api/sessions/42", x -> Answer.ok(session(42, "Toán", "#1e88e5", "10A1", "08:00", "08:45", "OPEN",
                18, 3, 11)));
        api.on("POST /api/sessions/\\d+/(open|close)", x -> Answer.ok(session(42, "Toán", "#1e88e5", "10A1", "08:00",
                "08:45", "OPEN", 18, 3, 11)));
        api.on("GET /api/sessions/42/roster", x -> Answer.ok(
                """
                [{"studentId":5,"studentCode":"HS005","fullName":"Trần Minh Anh","status":"PRESENT","firstSeenAt":"2026-11-24T01:01:00Z","source":"CAMERA","similarity":0.74,"pending":false},
                 {"studentId":6,"studentCode":"HS006","fullName":"Lê Hoàng Nam","status":"LATE","firstSeenAt":"2026-11-24T01:12:00Z","source":"CAMERA","similarity":0.69,"pending":false},
                 {"studentId":7,"studentCode":"HS007","fullName":"Phạm Thu Hà","status":null,"pending":true},
                 {"studentId":8,"studentCode":"HS008","fullName":"Vũ Đức Long","status":%s,"firstSeenAt":%s,"source":%s,"pending":false},
                 {"studentId":9,"studentCode":"HS009","fullName":"Ngô Bảo Châu","status":"EXCUSED","source":"MANUAL","note":"Khám bệnh","pending":false}]"""
                        .formatted(marked.get() ? "\"PRESENT\"" : "null", marked.get() ? "\"2026-11-24T01:03:00Z\""
                                : "null",
                                marked.get() ? "\"CAMERA\"" : "null")));
        api.on("GET /api/sessions/42/pending", x -> Answer.ok("""
                [{"id":77,"studentId":7,"studentName":"Phạm Thu Hà","similarity":0.47,"runnerUpName":"Phạm Thu Hằng",
                  "runnerUpSimilarity":0.44,"seenAt":"2026-11-24T01:05:00Z"}]"""));
        String frameResult = """
                {"sessionId":42,"width":640,"height":480,"faces":[
                 {"box":{"x":120,"y":90,"width":90,"height":110},"outcome":"MARKED","studentId":8,"studentName":"Vũ Đức Long","status":"PRESENT","similarity":0.72,"liveness":0.97},
                 {"box":{"x":300,"y":100,"width":85,"height":105},"outcome":"NEEDS_CONFIRMATION","studentId":7,"studentName":"Phạm Thu Hà","pendingId":77,"similarity":0.47,"liveness":0.95},
                 {"box":{"x":450,"y":110,"width":80,"height":100},"outcome":"UNKNOWN","liveness":0.93}]}""";
        api.on("POST /api/sessions/42/frames", x -> {
            marked.set(true);
            return api.frame(x, frameResult);
        });
        api.on("POST /api/devices/frames", x -> api.frame(x, frameResult));
        api.on("GET /api/devices/me", x -> FakeApiServer.DEVICE_KEY.equals(x.getRequestHeaders().getFirst(
                "X-Device-Key"))
                        ? Answer.ok("{\"device\":{\"id\":2,\"name\":\"Cửa phòng A101\"},\"session\":"
                                + session(42, "Toán", "#1e88e5", "10A1", "08:00", "08:45", "OPEN", 18, 3, 11) + "}")
                        : new Answer(401, "{\"status\":401,\"code\":\"unauthenticated\"}"));
        api.on("POST /api/sessions/42/pending/\\d+/confirm", x -> Answer.ok(decided(77, 7, true)));
        api.on("POST /api/sessions/42/pending/\\d+/reject", x -> Answer.ok(decided(77, 7, false)));
        api.on("GET /api/sessions/42/checkin-code", x -> Answer.ok("""
                {"code":"c0de-%d","expiresAt":"2026-11-24T01:00:10Z","rotatesEvery":10}""".formatted(System
                .nanoTime())));
        api.on("POST /api/students/5/photos", x -> {
            read(x);
            return Answer.ok(
                    """
                    {"results":[{"fileName":"webcam.jpg","accepted":false,"reason":"MULTIPLE_FACES","message":"3 faces in the photo"}]}""");
        });
        api.on("POST /api/students/import", x -> {
            String csv = read(x);
            long lines = csv.lines().filter(l -> l.startsWith("HS")).count();
            return Answer.ok("{\"imported\":" + lines + "}");
        });
        api.on("POST /api/import/oneroster", x -> {
            read(x);
            boolean dry = String.valueOf(x.getRequestURI().getQuery()).contains("dryRun=true");
            return Answer.ok("""
                    {"dryRun":%s,"classes":{"created":2,"updated":1,"unchanged":9,"deactivated":0},
                     "subjects":{"created":3,"updated":0,"unchanged":8,"deactivated":0},
                     "teachers":{"created":4,"updated":2,"unchanged":31,"deactivated":0},
                     "students":{"created":38,"updated":12,"unchanged":402,"deactivated":5},
                     "assignments":{"created":6,"updated":0,"unchanged":40,"deactivated":0},
                     "unmapped":[{"file":"classes.csv","sourcedId":"cls-ma-10x","name":"Toán 10 nâng cao",
                       "reason":"its students are in 3 homeroom classes; it must be one homeroom's"},
                      {"file":"users.csv","sourcedId":"usr-4411","name":"Phạm Gia Bảo",
                       "reason":"the student is in no homeroom class"}]}""".formatted(dry));
        });
        api.on("GET /api/students", x -> Answer.ok(page(STUDENTS)));
        api.on("GET /api/students/5", x -> Answer.ok(STUDENTS.substring(STUDENTS.indexOf('{'), STUDENTS.indexOf('}')
                + 1)));
        api.on("GET /api/students/5/photos", x -> Answer.ok("[]"));
        api.on("POST /api/students", x -> {
            read(x);
            return new Answer(201, STUDENTS.substring(STUDENTS.indexOf('{'), STUDENTS.indexOf('}') + 1));
        });
        api.on("GET /api/classes", x -> Answer.ok(page(
                """
                [{"id":1,"name":"10A1","grade":10,"homeroomTeacherId":3,"homeroomTeacherName":"Nguyễn Thị Lan","studentCount":34},
                 {"id":2,"name":"10A2","grade":10,"homeroomTeacherId":4,"homeroomTeacherName":"Trần Văn Hùng","studentCount":35}]""")));
        api.on("GET /api/classes/1", x -> Answer.ok(
                """
                {"id":1,"name":"10A1","grade":10,"homeroomTeacherId":3,"homeroomTeacherName":"Nguyễn Thị Lan","studentCount":34}"""));
        api.on("GET /api/teachers", x -> Answer.ok(page(
                """
                [{"id":3,"employeeCode":"GV003","fullName":"Nguyễn Thị Lan","email":"lan@school.edu.vn","subjectIds":[1],"subjects":[{"id":1,"code":"TOAN","name":"Toán"}]},
                 {"id":4,"employeeCode":"GV004","fullName":"Trần Văn Hùng","email":"hung@school.edu.vn","subjectIds":[2],"subjects":[{"id":2,"code":"LY","name":"Vật lý"}]}]""")));
        api.on("GET /api/rooms", x -> Answer.ok(page(
                "[{\"id\":4,\"name\":\"A101\",\"capacity\":40},{\"id\":5,\"name\":\"Lab B2\",\"capacity\":30}]")));
        api.on("GET /api/subjects", x -> Answer.ok(page("""
                [{"id":1,"code":"TOAN","name":"Toán","color":"#1e88e5"},{"id":2,"code":"LY","name":"Vật lý","color":"#43a047"},
                 {"id":3,"code":"VAN","name":"Ngữ văn","color":"#8e24aa"}]""")));
        api.on("POST /api/subjects", x -> new Answer(409, """
                {"status":409,"code":"conflict","field":"code","detail":"The code TOAN is already used by Toán"}"""));
        api.on("GET /api/timetable", x -> Answer.ok(timetable()));
        api.on("POST /api/sessions", x -> {
            read(x);
            return new Answer(201, session(42, "Toán", "#1e88e5", "10A1", "08:00", "08:45", "OPEN", 18, 3, 11));
        });
        api.on("GET /api/users", x -> Answer.ok(page(
                """
                [{"id":1,"username":"admin","role":"ADMIN","displayName":"admin","enabled":true},
                 {"id":12,"username":"lan","role":"TEACHER","displayName":"Nguyễn Thị Lan","teacherId":3,"enabled":true},
                 {"id":13,"username":"hung.tran","role":"TEACHER","displayName":"Trần Văn Hùng","teacherId":4,"enabled":false},
                 {"id":20,"username":"minhanh","role":"STUDENT","displayName":"Trần Minh Anh","studentId":5,"enabled":true}]""")));
        api.on("POST /api/users", x -> read(x).contains("\"lan\"")
                ? new Answer(409,
                        """
                        {"status":409,"code":"conflict","field":"username","detail":"username 'lan' is already used"}""")
                : new Answer(201, "{\"id\":21,\"username\":\"new\",\"role\":\"TEACHER\",\"enabled\":true}"));
        api.on("POST /api/users/\\d+/password", x -> new Answer(204, null));
        api.on("GET /api/audit", x -> Answer.ok(page("""
                [{"id":305,"at":"2026-11-24T01:12:00Z","actor":"lan","action":"MARK_MANUAL","entity":"attendance","entityId":88,
                  "oldValue":"ABSENT","newValue":"EXCUSED","reason":"Giấy khám bệnh"},
                 {"id":304,"at":"2026-11-24T01:00:00Z","actor":"lan","action":"OPEN","entity":"session","entityId":42,
                  "oldValue":"SCHEDULED","newValue":"OPEN"},
                 {"id":303,"at":"2026-11-23T09:30:00Z","actor":"admin","action":"UPDATE","entity":"user","entityId":13,
                  "oldValue":"UserView[id=13, username=hung.tran, role=TEACHER, displayName=Trần Văn Hùng, teacherId=4, studentId=null, enabled=true]",
                  "newValue":"UserView[id=13, username=hung.tran, role=TEACHER, displayName=Trần Văn Hùng, teacherId=4, studentId=null, enabled=false]"},
                 {"id":302,"at":"2026-11-23T08:00:00Z","actor":"admin","action":"PASSWORD","entity":"user","entityId":12},
                 {"id":301,"at":"2026-11-23T01:00:00Z","actor":"system","action":"GENERATE","entity":"session",
                  "newValue":"38 created, 2 existing","reason":"2026-11-23..2026-11-29"}]""")));
        api.on("GET /api/devices", x -> Answer.ok(page("""
                [{"id":2,"name":"Cửa phòng A101","roomId":4,"roomName":"A101","enabled":true,"lastSeenAt":"2026-11-24T01:00:00Z"},
                 {"id":3,"name":"Cổng trường","classId":null,"enabled":false,"lastSeenAt":null}]""")));
        FakeReports.routes(api);
    }

    static String timetable() {
        StringBuilder json = new StringBuilder("[");
        String[] days = {"MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY"};
        String[][] subjects = {{"Toán", "#1e88e5", "Nguyễn Thị Lan"}, {"Vật lý", "#43a047", "Trần Văn Hùng"},
                {"Ngữ văn", "#8e24aa", "Lê Thị Mai"}, {"Tiếng Anh", "#fb8c00", "Phạm Quốc Việt"}};
        String[][] periods = {{"07:00", "07:45"}, {"07:50", "08:35"}, {"08:45", "09:30"}, {"09:40", "10:25"}};
        int id = 1;
        for (int d = 0; d < days.length; d++) {
            for (int p = 0; p < periods.length; p++) {
                if ((d + p) % 5 == 4) {
                    continue;
                }
                String[] s = subjects[(d * 3 + p) % subjects.length];
                if (json.length() > 1) {
                    json.append(',');
                }
                json.append(
                        """
                        {"id":%d,"classId":1,"className":"10A1","subjectId":1,"subjectName":"%s","subjectColor":"%s","teacherId":3,
                         "teacherName":"%s","roomId":4,"roomName":"A101","weekday":"%s","startTime":"%s","endTime":"%s"}"""
                                .formatted(id++, s[0], s[1], s[2], days[d], periods[p][0], periods[p][1]));
            }
        }
        return json.append(']').toString();
    }

    static String read(com.sun.net.httpserver.HttpExchange x) {
        try {
            return new String(x.getRequestBody().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            return "";
        }
    }
}
