package app.attendance.face.config;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.attendance.face.FaceServiceApplication;
import app.attendance.face.support.TestModels;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;

/** The service refuses to start without a token, or with a model that does not fit, saying why. */
class StartupTest {

    @Test
    void refusesToStartWithABlankToken() {
        assertThatThrownBy(() -> start("--face.api-token= "))
                .hasStackTraceContaining("FACE_API_TOKEN")
                .hasStackTraceContaining("refuses to start");
    }

    @Test
    void refusesToStartWithAModelOfTheWrongShape() {
        assertThatThrownBy(() -> start("--face.api-token=t", "--face.models.detector=fr_feature.onnx"))
                .hasStackTraceContaining("fr_feature.onnx")
                .hasStackTraceContaining("[1, 3, 240, 320]");
    }

    private static void start(String... args) {
        String[] all = new String[args.length + 3];
        all[0] = "--server.port=0";
        all[1] = "--face.models-dir=" + TestModels.modelsDir();
        all[2] = "--spring.main.banner-mode=off";
        System.arraycopy(args, 0, all, 3, args.length);
        new SpringApplicationBuilder(FaceServiceApplication.class).run(all).close();
    }
}
