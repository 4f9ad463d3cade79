package app.attendance.face.config;

import app.attendance.face.onnx.FaceModels;
import app.attendance.face.pipeline.FacePipeline;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Opens the models once at start-up (a model that does not fit stops the start) and builds the pipeline. */
@Configuration(proxyBeanMethods = false)
class PipelineConfig {

    @Bean(destroyMethod = "close")
    FaceModels faceModels(FaceProperties props) {
        return FaceModels.open(props);
    }

    @Bean
    FacePipeline facePipeline(FaceModels models, FaceProperties props) {
        return new FacePipeline(models, props);
    }
}
