package app.attendance.api.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** The launcher brings a real face-service up, down and up again on the same address. */
class FaceServiceProcessTest {

    @Test
    void startsStopsAndRestarts() throws Exception {
        FaceServiceProcess face = FaceServiceProcess.shared();
        HttpClient http = HttpClient.newHttpClient();
        HttpRequest health = HttpRequest.newBuilder(face.url().resolve("/actuator/health")).build();
        assertThat(http.send(health, HttpResponse.BodyHandlers.ofString()).body()).contains("UP");
        face.stop();
        assertThat(face.running()).isFalse();
        face.start();
        assertThat(http.send(health, HttpResponse.BodyHandlers.ofString()).body()).contains("UP");
    }
}
