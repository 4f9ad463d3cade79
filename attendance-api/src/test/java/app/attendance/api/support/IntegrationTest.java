package app.attendance.api.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;

/**
 * A full application context on the shared test PostgreSQL with MockMvc (no port bound). Every
 * integration test uses exactly this configuration, so Spring caches one context for all. The
 * application's clock is a {@link MutableClock} (system time unless a test moves it); the school's
 * zone is {@link app.attendance.testing.TestZone#MIDDAY}, so sessions opened "now" fit in one day.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(properties = {
        "attendance.admin.username=admin",
        "attendance.admin.password=admin-password-for-tests",
        "attendance.auth.web-client-secret=" + IntegrationTest.WEB_CLIENT_SECRET})
@AutoConfigureMockMvc
@Import(TestClockConfig.class)
@ContextConfiguration(initializers = MiddayZone.class)
public @interface IntegrationTest {

    /** The secret attendance-web proves itself with in these tests. */
    String WEB_CLIENT_SECRET = "web-client-secret-for-tests";
}
