package app.attendance.api.support;

import app.attendance.testing.TestZone;
import java.util.Map;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/** Sets the school's zone of the shared integration-test context to {@link TestZone#MIDDAY}. */
public class MiddayZone implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        context.getEnvironment().getPropertySources()
                .addFirst(new MapPropertySource("midday-zone", Map.of("attendance.zone", TestZone.id())));
    }
}
