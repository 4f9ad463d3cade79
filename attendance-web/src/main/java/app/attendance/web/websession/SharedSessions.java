package app.attendance.web.websession;

import app.attendance.web.api.TokenRefreshTurns;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.ConversionService;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Sessions in PostgreSQL (Spring Session JDBC, tables {@code web.spring_session*} created by this app's
 * Flyway migration) when {@link SessionStoreChoice} found a database: attributes written with
 * PostgreSQL's upsert, read back tolerantly ({@link SessionAttributeCodec}), indexed by username
 * ({@link PrincipalIndex}), and the API tokens'
 * refreshes taking turns across replicas ({@link JdbcTokenRefreshTurns}).
 */
@Configuration(proxyBeanMethods = false)
@Conditional(SharedSessions.DatabaseConfigured.class)
public class SharedSessions {

    /** Two requests of one session storing the same new attribute at once: the second one updates it. */
    @Bean
    SessionRepositoryCustomizer<JdbcIndexedSessionRepository> postgresSessionUpserts() {
        return new PostgreSqlJdbcIndexedSessionRepositoryCustomizer();
    }

    /** Sessions indexed by the account's username ({@link PrincipalIndex}). */
    @Bean
    SessionRepositoryCustomizer<JdbcIndexedSessionRepository> principalIndex() {
        return repository -> repository.setIndexResolver(new PrincipalIndex());
    }

    /** The name Spring Session looks its attribute (de)serializer up by. */
    @Bean
    ConversionService springSessionConversionService() {
        return SessionAttributeCodec.conversionService(getClass().getClassLoader());
    }

    @Bean
    TokenRefreshTurns jdbcTokenRefreshTurns(JdbcClient jdbc, PlatformTransactionManager transactions,
            @Value("${spring.session.jdbc.table-name}") String table) {
        return new JdbcTokenRefreshTurns(jdbc, transactions, springSessionConversionService(), table);
    }

    /** A database is configured: {@link SessionStoreChoice#shared}. */
    static final class DatabaseConfigured implements Condition {

        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return SessionStoreChoice.shared(context.getEnvironment());
        }
    }
}
