package app.attendance.api.notification;

import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/**
 * Matches only when {@code spring.mail.host} (env {@code SPRING_MAIL_HOST}) has a non-blank value.
 * {@code @ConditionalOnProperty} would also match the empty value that docker compose and
 * {@code .env.example} hand over when no SMTP server is configured.
 */
class MailHostConfigured extends SpringBootCondition {

    static final String PROPERTY = "spring.mail.host";

    @Override
    public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
        String host = context.getEnvironment().getProperty(PROPERTY);
        return StringUtils.hasText(host)
                ? ConditionOutcome.match(PROPERTY + " is set")
                : ConditionOutcome.noMatch(PROPERTY + " is unset or blank");
    }
}
