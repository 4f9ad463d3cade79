package app.attendance.face.onnx;

import app.attendance.face.config.FaceProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Opens the models once at start-up (a model that does not fit stops the start) and closes them on shutdown. */
@Configuration(proxyBeanMethods = false)
class ModelsConfig {

    @Bean(destroyMethod = "close")
    FaceModels faceModels(FaceProperties props) {
        return FaceModels.open(props);
    }
}
