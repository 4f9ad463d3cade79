package app.attendance.face.pipeline;

import app.attendance.face.config.FaceProperties;
import app.attendance.face.onnx.FaceModels;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Builds the one {@link FacePipeline} over the opened models. */
@Configuration(proxyBeanMethods = false)
class PipelineConfig {

    @Bean
    FacePipeline facePipeline(FaceModels models, FaceProperties props) {
        return new FacePipeline(models, props);
    }
}
