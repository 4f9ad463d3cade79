package app.attendance.face.index;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Provides the service's {@link FaceIndex}. */
@Configuration(proxyBeanMethods = false)
class IndexConfig {

    @Bean
    FaceIndex faceIndex() {
        return new ExactFaceIndex();
    }
}
