package app.attendance.api.system;

import org.springframework.context.annotation.Configuration;
import org.springframework.resilience.annotation.EnableResilientMethods;

/**
 * Turns on Spring's {@code @Retryable} and {@code @ConcurrencyLimit} method annotations (used, for
 * instance, to run a frame's transaction again when PostgreSQL aborts it as a deadlock victim).
 */
@Configuration(proxyBeanMethods = false)
@EnableResilientMethods
class ResilienceConfig {
}
