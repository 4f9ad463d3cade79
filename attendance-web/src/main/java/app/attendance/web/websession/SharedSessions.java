package app.attendance.web.websession;

import app.attendance.web.api.TokenRefreshTurns;
import jakarta.servlet.DispatcherType;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.MessageSource;
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
import org.springframework.session.web.http.SessionRepositoryFilter;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Sessions in PostgreSQL (Spring Session JDBC, tables {@code web.spring_session*} created by this app's
 * Flyway migration) when {@link SessionStoreChoice} found a database: attributes written with
 * PostgreSQL's upsert, read back tolerantly ({@link SessionAttributeCodec}), indexed by username
 * ({@link PrincipalIndex}), a readable 503 page while PostgreSQL is away ({@link SessionStoreOutage}),
 * and the API tokens'
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

    /** Right outside Spring Session's filter: a readable 503 while PostgreSQL is away. */
    @Bean
    FilterRegistrationBean<SessionStoreOutage> sessionStoreOutage(MessageSource messages, LocaleResolver locales) {
        FilterRegistrationBean<SessionStoreOutage> registration = new FilterRegistrationBean<>(
                new SessionStoreOutage(messages, locales));
        registration.setOrder(SessionRepositoryFilter.DEFAULT_ORDER - 1);
        registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ASYNC, DispatcherType.ERROR);
        return registration;
    }

    /** A database is configured: {@link SessionStoreChoice#shared}. */
    static final class DatabaseConfigured implements Condition {

        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return SessionStoreChoice.shared(context.getEnvironment());
        }
    }
}
