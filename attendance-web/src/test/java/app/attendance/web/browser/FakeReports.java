package app.attendance.web.browser;

import app.attendance.web.browser.FakeApiServer.Answer;

/**
 * The fake API's answers for the pages {@link FakeSchool} leaves out: the reports, a student's own
 * records and the single records the edit forms load, so that a test can open every page.
 */
final class FakeReports {

    private FakeReports() {
    }

    private static String counts(int present, int late, int absent, int excused) {
        int counted = present + late + absent;
        String rate = counted == 0 ? "null" : String.valueOf((present + late) / (double) counted);
        return """
                {"present":%d,"late":%d,"absent":%d,"excused":%d,"counted":%d,"rate":%s}"""
                .formatted(present, late, absent, excused, counted, rate);
    }

    static void routes(FakeApiServer api) {
        String today = FakeApiServer.today();
        api.on("GET /api/reports/summary", x -> Answer.ok("""
                {"period":"DAY","from":"%1$s","to":"%1$s","totals":%2$s,
                 "rows":[{"start":"%1$s","sessions":3,"counts":%2$s}]}""".formatted(today, counts(48, 5, 11, 2))));
        String rateRows = """
                [{"id":1,"code":"10A1","name":"10A1","className":"10A1","sessions":2,"counts":%s},
                 {"id":2,"code":"10A2","name":"10A2","className":"10A2","sessions":1,"counts":%s}]"""
                .formatted(counts(30, 3, 1, 0), counts(18, 2, 10, 2));
        api.on("GET /api/reports/rates", x -> Answer.ok("""
                {"by":"CLASS","from":"%1$s","to":"%1$s","rows":%2$s}""".formatted(today, rateRows)));
        api.on("GET /api/reports/at-risk", x -> Answer.ok("""
                {"threshold":0.8,"minCounted":1,"from":"%1$s","to":"%1$s",
                 "rows":[{"id":7,"code":"HS007","name":"Phạm Thu Hà","className":"10A1","sessions":3,"counts":%2$s}]}"""
                .formatted(today, counts(1, 0, 2, 0))));
        api.on("GET /api/reports/classes/1/matrix", x -> Answer.ok(
                """
                {"classId":1,"className":"10A1","from":"%1$s","to":"%1$s",
                 "sessions":[{"id":41,"date":"%1$s","startTime":"07:00","subjectCode":"VAN","status":"CLOSED"},
                             {"id":42,"date":"%1$s","startTime":"08:00","subjectCode":"TOAN","status":"OPEN"}],
                 "students":[{"studentId":5,"studentCode":"HS005","fullName":"Trần Minh Anh","cells":["P","L"],"counts":%2$s},
                             {"studentId":7,"studentCode":"HS007","fullName":"Phạm Thu Hà","cells":["A","E"],"counts":%3$s},
                             {"studentId":8,"studentCode":"HS008","fullName":"Vũ Đức Long","cells":["P",null],"counts":%4$s}]}"""
                        .formatted(today, counts(1, 1, 0, 0), counts(0, 0, 1, 1), counts(1, 0, 0, 0))));
        api.on("GET /api/reports/sessions/42", x -> Answer.ok("""
                {"session":{"id":42,"classId":1,"className":"10A1","subjectName":"Toán","teacherName":"Nguyễn Thị Lan",
                  "roomName":"A101","date":"%1$s","startTime":"08:00","endTime":"08:45","status":"OPEN"},
                 "counts":%2$s,"unmarked":1,
                 "rows":[{"studentId":5,"studentCode":"HS005","fullName":"Trần Minh Anh","status":"PRESENT","firstSeenAt":"2026-11-24T01:01:00Z","source":"CAMERA","similarity":0.74},
                         {"studentId":6,"studentCode":"HS006","fullName":"Lê Hoàng Nam","status":"LATE","firstSeenAt":"2026-11-24T01:12:00Z","source":"CAMERA","similarity":0.69},
                         {"studentId":9,"studentCode":"HS009","fullName":"Ngô Bảo Châu","status":"EXCUSED","source":"MANUAL","note":"Khám bệnh"},
                         {"studentId":7,"studentCode":"HS007","fullName":"Phạm Thu Hà","status":null}]}"""
                .formatted(today, counts(1, 1, 0, 1))));
        String history = """
                {"studentId":5,"studentCode":"HS005","fullName":"Trần Minh Anh","className":"10A1","from":"%1$s","to":"%1$s",
                 "counts":%2$s,
                 "rows":[{"sessionId":41,"date":"%1$s","startTime":"07:00","className":"10A1","subjectName":"Ngữ văn",
                          "teacherName":"Lê Thị Mai","status":"PRESENT","firstSeenAt":"2026-11-24T00:01:00Z","source":"CAMERA"},
                         {"sessionId":42,"date":"%1$s","startTime":"08:00","className":"10A1","subjectName":"Toán",
                          "teacherName":"Nguyễn Thị Lan","status":"LATE","firstSeenAt":"2026-11-24T01:12:00Z","source":"CAMERA"},
                         {"sessionId":40,"date":"%1$s","startTime":"06:10","className":"10A1","subjectName":"Tiếng Anh",
                          "teacherName":"Phạm Quốc Việt","status":"ABSENT","source":"MANUAL","note":"Không phép"}]}"""
                .formatted(today, counts(1, 1, 1, 0));
        api.on("GET /api/reports/students/5/history", x -> Answer.ok(history));
        api.on("GET /api/me/report/history", x -> Answer.ok(history));
        api.on("GET /api/me/attendance", x -> Answer.ok(FakeSchool.page("""
                [{"id":1,"sessionId":41,"date":"%1$s","startTime":"07:00","subjectName":"Ngữ văn","className":"10A1",
                  "status":"PRESENT","firstSeenAt":"2026-11-24T00:01:00Z","source":"CAMERA"},
                 {"id":2,"sessionId":42,"date":"%1$s","startTime":"08:00","subjectName":"Toán","className":"10A1",
                  "status":"LATE","firstSeenAt":"2026-11-24T01:12:00Z","source":"CAMERA"},
                 {"id":3,"sessionId":40,"date":"%1$s","startTime":"06:10","subjectName":"Tiếng Anh","className":"10A1",
                  "status":"EXCUSED","source":"MANUAL","note":"Khám bệnh"}]""".formatted(today))));
        api.on("GET /api/rooms/4", x -> Answer.ok("{\"id\":4,\"name\":\"A101\",\"capacity\":40}"));
        api.on("GET /api/subjects/1", x -> Answer.ok(
                "{\"id\":1,\"code\":\"TOAN\",\"name\":\"Toán\",\"color\":\"#1e88e5\"}"));
        api.on("GET /api/teachers/3", x -> Answer.ok("""
                {"id":3,"employeeCode":"GV003","fullName":"Nguyễn Thị Lan","email":"lan@school.edu.vn","subjectIds":[1],
                 "subjects":[{"id":1,"code":"TOAN","name":"Toán"}]}"""));
        api.on("GET /api/devices/2", x -> Answer.ok(
                """
                {"id":2,"name":"Cửa phòng A101","roomId":4,"roomName":"A101","enabled":true,"lastSeenAt":"2026-11-24T01:00:00Z"}"""));
        api.on("POST /api/devices/2/rotate-key", x -> Answer.ok(
                """
                {"device":{"id":2,"name":"Cửa phòng A101","roomId":4,"roomName":"A101","enabled":true},"key":"dk_new_9Zx4"}"""));
        api.on("GET /api/users/12", x -> Answer.ok(
                """
                {"id":12,"username":"lan","role":"TEACHER","displayName":"Nguyễn Thị Lan","teacherId":3,"enabled":true}"""));
        api.on("GET /api/timetable/1", x -> Answer.ok(FakeSchool.timetable().substring(1, FakeSchool.timetable()
                .indexOf('}') + 1)));
    }
}
