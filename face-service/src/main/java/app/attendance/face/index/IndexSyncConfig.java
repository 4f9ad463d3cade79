package app.attendance.face.index;

import javax.sql.DataSource;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * PostgreSQL as the source of truth of the index: the {@link FaceTemplates} writes, the
 * {@link IndexSync} that builds this replica's Lucene cache and follows the database, the
 * {@link TombstoneCompaction} that removes old tombstones, and the
 * {@code faceIndex} health component (readiness).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SyncProperties.class)
class IndexSyncConfig {

    @Bean
    TemplateTable templateTable(JdbcTemplate jdbc, TransactionTemplate transactions) {
        return new TemplateTable(jdbc, transactions);
    }

    @Bean
    IndexSync indexSync(LuceneFaceIndex faceIndex, TemplateTable table, DataSource dataSource,
            SyncProperties properties) {
        return new IndexSync(faceIndex, table, dataSource, properties);
    }

    @Bean
    TombstoneCompaction tombstoneCompaction(TemplateTable table, SyncProperties properties) {
        return new TombstoneCompaction(table, properties);
    }

    @Bean
    FaceTemplates faceTemplates(TemplateTable table, IndexSync sync) {
        return new ReplicatedTemplates(table, sync);
    }

    @Bean
    FaceIndexHealth faceIndexHealthIndicator(IndexSync sync, LuceneFaceIndex faceIndex) {
        return new FaceIndexHealth(sync, faceIndex);
    }
}
