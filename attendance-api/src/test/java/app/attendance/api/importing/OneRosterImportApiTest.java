package app.attendance.api.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.attendance.api.support.ApiTestBase;
import app.attendance.api.support.TestData;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.JsonNode;

/**
 * OneRoster CSV import over real HTTP handling and PostgreSQL: a small export (two homerooms, a
 * scheduled class, teachers, students) written in the test and zipped.
 */
class OneRosterImportApiTest extends ApiTestBase {

    /** A small OneRoster 1.1 export whose ids and codes are unique to one test. */
    private static final class Export {
        final String p = TestData.unique("x").substring(2);
        final Map<String, String> files = new LinkedHashMap<>();
        String users;
        String enrollments;

        Export() {
            files.put("orgs.csv", "sourcedId,status,dateLastModified,name,type,identifier,parentSourcedId\n"
                    + "org,,,School,school,,\n");
            files.put("academicSessions.csv", "sourcedId,status,dateLastModified,title,type,startDate,endDate,"
                    + "parentSourcedId,schoolYear\nterm,,,2026,schoolYear,2026-09-01,2027-06-30,,2027\n");
            files.put("courses.csv", """
                    sourcedId,status,dateLastModified,schoolYearSourcedId,title,courseCode,grades,orgSourcedId
                    %1$s-hr,,,term,Homeroom,%1$s-HR,10,org
                    %1$s-ma,,,term,Math %1$s,%1$s-MA,10,org
                    """.formatted(p));
            files.put("classes.csv", """
                    sourcedId,status,dateLastModified,title,grades,courseSourcedId,classCode,classType,location,schoolSourcedId,termSourcedIds
                    %1$s-10a,,,10A %1$s,10,%1$s-hr,,homeroom,,org,term
                    %1$s-10b,,,10B %1$s,10,%1$s-hr,,homeroom,,org,term
                    %1$s-kg,,,KG %1$s,KG,%1$s-hr,,homeroom,,org,term
                    %1$s-ma1,,,Math 10A %1$s,10,%1$s-ma,,scheduled,,org,term
                    %1$s-ma2,,,Math mixed %1$s,10,%1$s-ma,,scheduled,,org,term
                    """.formatted(p));
            users = """
                    sourcedId,status,dateLastModified,enabledUser,orgSourcedIds,role,username,userIds,givenName,familyName,middleName,identifier,email
                    %1$s-t1,,,true,org,teacher,t1,,Lan,Pham,,%1$s-T1,lan.%1$s@school.test
                    %1$s-t2,,,true,org,teacher,t2,,Minh,Vo,,%1$s-T2,
                    %1$s-s1,,,true,org,student,s1,,An,Nguyen,,%1$s-S1,
                    %1$s-s2,,,true,org,student,s2,,Binh,Tran,,%1$s-S2,
                    %1$s-s3,,,true,org,student,s3,,Chi,Le,,%1$s-S3,
                    %1$s-p1,,,true,org,parent,p1,,Hoa,Nguyen,,%1$s-P1,
                    """.formatted(p);
            enrollments = """
                    sourcedId,status,dateLastModified,classSourcedId,schoolSourcedId,userSourcedId,role,primary
                    e1,,,%1$s-10a,org,%1$s-t1,teacher,true
                    e2,,,%1$s-10a,org,%1$s-s1,student,
                    e3,,,%1$s-10a,org,%1$s-s2,student,
                    e4,,,%1$s-10b,org,%1$s-s3,student,
                    e5,,,%1$s-ma1,org,%1$s-t2,teacher,true
                    e6,,,%1$s-ma1,org,%1$s-s1,student,
                    e7,,,%1$s-ma1,org,%1$s-s2,student,
                    e8,,,%1$s-ma2,org,%1$s-t2,teacher,true
                    e9,,,%1$s-ma2,org,%1$s-s1,student,
                    e10,,,%1$s-ma2,org,%1$s-s3,student,
                    """.formatted(p);
        }

        byte[] zip() throws IOException {
            files.put("users.csv", users);
            files.put("enrollments.csv", enrollments);
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
                for (Map.Entry<String, String> f : files.entrySet()) {
                    if (f.getValue() != null) {
                        zip.putNextEntry(new ZipEntry("export/" + f.getKey()));
                        zip.write(f.getValue().getBytes(StandardCharsets.UTF_8));
                        zip.closeEntry();
                    }
                }
            }
            return bytes.toByteArray();
        }
    }

    private ResultActions send(String auth, byte[] zip, boolean dryRun) throws Exception {
        return mvc.perform(multipart("/api/import/oneroster").file(new MockMultipartFile("file", "export.zip",
                "application/zip", zip)).param("dryRun", String.valueOf(dryRun)).header("Authorization", auth));
    }

    private JsonNode imported(Export export, boolean dryRun) throws Exception {
        return body(send(admin, export.zip(), dryRun).andExpect(status().isOk()));
    }

    private static void counts(JsonNode kind, int created, int updated, int unchanged) {
        assertThat(kind.get("created").asInt()).as("created in " + kind).isEqualTo(created);
        assertThat(kind.get("updated").asInt()).as("updated in " + kind).isEqualTo(updated);
        assertThat(kind.get("unchanged").asInt()).as("unchanged in " + kind).isEqualTo(unchanged);
    }

    @Test
    void importCreatesClassesSubjectsTeachersAndStudentsAndASecondImportChangesNothing() throws Exception {
        Export export = new Export();
        JsonNode first = imported(export, false);

        counts(first.get("classes"), 2, 0, 0);
        counts(first.get("teachers"), 2, 0, 0);
        counts(first.get("students"), 3, 0, 0);
        counts(first.get("subjects"), 1, 0, 0);
        counts(first.get("assignments"), 1, 0, 0);
        assertThat(first.get("dryRun").asBoolean()).isFalse();
        String p = export.p;
        assertThat(jdbc.sql("""
                select c.name || '/' || c.grade || '/' || t.employee_code from classes c
                join teachers t on t.id = c.homeroom_teacher_id where c.source_id = ?""").params(p + "-10a")
                .query(String.class).single()).isEqualTo("10A " + p + "/10/" + p + "-T1");
        assertThat(jdbc.sql("""
                select s.full_name || '/' || c.name from students s join classes c on c.id = s.class_id
                where s.student_code = ?""").params(p + "-S3").query(String.class).single())
                .isEqualTo("Chi Le/10B " + p);
        assertThat(count("""
                select count(*) from teacher_subjects ts join teachers t on t.id = ts.teacher_id
                join subjects x on x.id = ts.subject_id where t.source_id = ? and x.code = ?""",
                p + "-t2", p + "-MA")).isOne();
        assertThat(count("select count(*) from teachers where employee_code = ?", p + "-P1")).isZero();
        assertThat(first.get("unmapped").toString())
                .contains(p + "-kg", "not a grade from 1 to 13")
                .contains(p + "-ma2", "2 homeroom classes");

        JsonNode second = imported(export, false);
        for (String kind : new String[] {"classes", "teachers", "students", "subjects"}) {
            assertThat(second.get(kind).get("created").asInt() + second.get(kind).get("updated").asInt()
                    + second.get(kind).get("deactivated").asInt()).as(kind).isZero();
        }
        counts(second.get("students"), 0, 0, 3);
        counts(second.get("assignments"), 0, 0, 1);
    }

    @Test
    void aChangedNameUpdatesAndAStudentLeftOutIsDeactivatedButKeepsTheirHistory() throws Exception {
        Export export = new Export();
        imported(export, false);
        String p = export.p;
        long s2 = jdbc.sql("select id from students where source_id = ?").params(p + "-s2").query(Long.class)
                .single();
        long classId = jdbc.sql("select id from classes where source_id = ?").params(p + "-10a").query(Long.class)
                .single();
        long teacher = data.teacher();
        long session = data.session(classId, data.subject(), teacher, null, LocalDate.of(2026, 10, 5),
                LocalTime.of(8, 0), LocalTime.of(8, 45), "CLOSED");
        jdbc.sql("insert into attendance_records (session_id, student_id, status, source) values (?, ?, 'PRESENT', "
                + "'MANUAL')").params(session, s2).update();

        export.users = export.users.replace(",An,Nguyen,", ",An Khang,Nguyen,")
                .replaceAll("(?m)^" + p + "-s2,.*\n", "");
        export.enrollments = export.enrollments.replaceAll("(?m)^e3,.*\n", "").replaceAll("(?m)^e7,.*\n", "");
        JsonNode next = imported(export, false);

        counts(next.get("students"), 0, 1, 1);
        assertThat(next.get("students").get("deactivated").asInt()).isGreaterThanOrEqualTo(1);
        assertThat(jdbc.sql("select full_name from students where source_id = ?").params(p + "-s1")
                .query(String.class).single()).isEqualTo("An Khang Nguyen");
        assertThat(jdbc.sql("select active from students where id = ?").params(s2).query(Boolean.class).single())
                .isFalse();
        assertThat(count("select count(*) from attendance_records where student_id = ?", s2)).isOne();
        JsonNode roster = body(getAs(admin, "/api/sessions/" + session + "/roster").andExpect(status().isOk()));
        assertThat(roster.toString()).contains(p + "-S1").doesNotContain(p + "-S2");
        assertThat(body(getAs(admin, "/api/students/" + s2)).get("active").asBoolean()).isFalse();
        assertThat(body(getAs(admin, "/api/students?active=true&classId=" + classId)).toString())
                .contains(p + "-S1").doesNotContain(p + "-S2");
        assertThat(body(getAs(admin, "/api/students?classId=" + classId)).toString()).contains(p + "-S2");

        putAs(admin, "/api/students/" + s2 + "/active", "{\"active\":true}").andExpect(status().isOk())
                .andExpect(jsonPath("$.active").value(true));
        assertThat(body(getAs(admin, "/api/sessions/" + session + "/roster")).toString()).contains(p + "-S2");
    }

    @Test
    void aOneRoster12ExportTakesRolesFromRolesCsvAndDemographics() throws Exception {
        Export export = new Export();
        String p = export.p;
        export.users = export.users.replace("orgSourcedIds,role,", "").replaceAll(",org,(teacher|student|parent),",
                ",");
        export.files.put("roles.csv", """
                sourcedId,status,dateLastModified,userSourcedId,roleType,role,orgSourcedId
                r1,,,%1$s-t1,primary,teacher,org
                r2,,,%1$s-t2,primary,teacher,org
                r3,,,%1$s-s1,primary,student,org
                r4,,,%1$s-s2,primary,student,org
                r5,,,%1$s-s3,primary,student,org
                r6,,,%1$s-p1,primary,guardian,org
                """.formatted(p));
        export.files.put("demographics.csv", """
                sourcedId,status,dateLastModified,birthDate,sex
                %1$s-s1,,,2011-04-02,female
                """.formatted(p));
        JsonNode result = imported(export, false);

        counts(result.get("teachers"), 2, 0, 0);
        counts(result.get("students"), 3, 0, 0);
        assertThat(jdbc.sql("select gender || ' ' || date_of_birth from students where source_id = ?")
                .params(p + "-s1").query(String.class).single()).isEqualTo("FEMALE 2011-04-02");
    }

    @Test
    void aDryRunReportsTheChangesButWritesNothing() throws Exception {
        Export export = new Export();
        long before = count("select count(*) from audit_log");
        JsonNode dry = imported(export, true);

        assertThat(dry.get("dryRun").asBoolean()).isTrue();
        counts(dry.get("students"), 3, 0, 0);
        counts(dry.get("classes"), 2, 0, 0);
        assertThat(count("select count(*) from students where student_code like ?", export.p + "%")).isZero();
        assertThat(count("select count(*) from classes where source_id like ?", export.p + "%")).isZero();
        assertThat(count("select count(*) from teachers where source_id like ?", export.p + "%")).isZero();
        assertThat(count("select count(*) from audit_log")).isEqualTo(before);
    }

    @Test
    void aBadLineFailsTheWholeImportWith422NamingFileAndLine() throws Exception {
        Export export = new Export();
        export.users = export.users.replace(export.p + "-S3,", "bad code!,");
        export.enrollments = export.enrollments + "e11,,,nosuchclass,org," + export.p + "-s1,student,\n";
        JsonNode problem = body(send(admin, export.zip(), false).andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("validation")));

        assertThat(problem.get("rows").toString()).contains("users.csv", "enrollments.csv");
        JsonNode users = problem.get("rows").get(0);
        assertThat(users.get("file").asString()).isEqualTo("users.csv");
        assertThat(users.get("line").asInt()).isEqualTo(6);
        assertThat(problem.get("rows").get(1).get("line").asInt()).isEqualTo(12);
        assertThat(count("select count(*) from students where student_code like ?", export.p + "%")).isZero();
        assertThat(count("select count(*) from teachers where source_id like ?", export.p + "%")).isZero();
    }

    @Test
    void aMissingUsersFileIs400NamingIt() throws Exception {
        Export export = new Export();
        export.files.put("users.csv", null);
        byte[] zip = export.zip();
        ByteArrayOutputStream without = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(without)) {
            for (Map.Entry<String, String> f : export.files.entrySet()) {
                if (!f.getKey().equals("users.csv")) {
                    out.putNextEntry(new ZipEntry(f.getKey()));
                    out.write(f.getValue().getBytes(StandardCharsets.UTF_8));
                    out.closeEntry();
                }
            }
        }
        assertThat(zip).isNotEmpty();
        send(admin, without.toByteArray(), false).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.fileName").value("users.csv"));
    }

    @Test
    void notAZipIs400AndOnlyAdminsMayImport() throws Exception {
        send(admin, "sourcedId,name\n1,x\n".getBytes(StandardCharsets.UTF_8), false)
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("file"));
        long teacher = data.teacher();
        send(api.teacher(teacher), new Export().zip(), false).andExpect(status().isForbidden());
    }
}
