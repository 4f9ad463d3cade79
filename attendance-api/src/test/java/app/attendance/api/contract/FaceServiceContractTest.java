package app.attendance.api.contract;

import static org.assertj.core.api.Assertions.assertThat;

import app.attendance.api.faceclient.FaceRecords;
import app.attendance.contract.RecordContract;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * The API reads face-service through the records in {@link FaceRecords}; this test holds each of them
 * against face-service's committed contract, {@code docs/openapi/face-service.json} (itself compared
 * with the running face-service by face-service's own contract test).
 */
class FaceServiceContractTest {

    private static final Path DOCUMENT = Path.of(System.getProperty("attendance.root", ".."), "docs", "openapi",
            "face-service.json");

    /** Each record the API reads, and the face-service schema it reads it from. */
    private static final Map<Class<?>, String> READS = new LinkedHashMap<>();

    static {
        READS.put(FaceRecords.Recognition.class, "Recognition");
        READS.put(FaceRecords.EnrolResult.class, "EnrolResponse");
        READS.put(FaceRecords.SubjectFaces.class, "SubjectFaces");
        READS.put(FaceRecords.SubjectPage.class, "SubjectPage");
        READS.put(FaceRecords.Info.class, "Info");
    }

    @Test
    void everyRecordTheApiReadsMatchesFaceServicesContract() throws Exception {
        RecordContract contract = new RecordContract(JsonMapper.builder().build().readTree(Files.readString(DOCUMENT)));
        List<String> differences = new ArrayList<>();
        READS.forEach((type, schema) -> differences.addAll(contract.differences(type, schema)));
        assertThat(differences).as("API records that no longer match %s", DOCUMENT).isEmpty();
    }
}
