package app.attendance.face.index;

import java.io.IOException;
import java.nio.file.Path;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Provides the service's {@link FaceIndex}: the Lucene index (a cache of PostgreSQL's
 * {@code face.templates}, see {@link IndexSyncConfig}), opened at start-up and closed (releasing
 * the folder lock) on shutdown, plus its gauges.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(IndexProperties.class)
class IndexConfig {

    @Bean(destroyMethod = "close")
    LuceneFaceIndex faceIndex(IndexProperties properties,
            @Value("${face.index-dir:.data/face-index}") Path defaultDir) throws IOException {
        return LuceneFaceIndex.open(resolved(properties, defaultDir));
    }

    @Bean
    IndexMetrics faceIndexMetrics(LuceneFaceIndex faceIndex) {
        return new IndexMetrics(faceIndex);
    }

    private static IndexProperties resolved(IndexProperties properties, Path defaultDir) {
        return properties.dir() != null ? properties : properties.withDir(defaultDir);
    }
}
