package app.attendance.api.support;

import java.util.Map;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.core.env.PropertySource;

/**
 * Points every test application context at the test JVM's face-service ({@link FaceServiceProcess})
 * without starting it: tests that need it call {@link FaceServiceProcess#shared()}, the others never
 * pay for it, and all share one cached context. When the face-service jar has not been built the
 * context gets an address where nothing listens (calls answer 503).
 */
public final class FaceServiceTestProperties implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        String url;
        String token;
        try {
            FaceServiceProcess face = FaceServiceProcess.instance();
            url = face.url().toString();
            token = face.token();
        } catch (IllegalStateException e) {
            url = "http://127.0.0.1:9";
            token = "no-face-service";
        }
        MapPropertySource source = new MapPropertySource("testFaceService", Map.of(
                "attendance.face-service.url", url,
                "attendance.face-service.token", token,
                // Test machines are shared and busy: a cold 1920-pixel frame can take seconds there.
                // The 1.2 s production budget is tested against a scripted server (FaceServiceClientTest);
                // an outage (connection refused) is still answered at once.
                "attendance.face-service.read-timeout", "10s",
                "attendance.face-service.queue-timeout", "10s",
                // Tests share one face-service index; a pass in the background would race them.
                // FaceSyncReconcilerTest runs its passes itself.
                "attendance.face-sync.enabled", "false"));
        // Above the application's own configuration files, below a test's explicit properties
        // (inlined or @DynamicPropertySource), so a test may still point somewhere else.
        MutablePropertySources sources = context.getEnvironment().getPropertySources();
        sources.stream().map(PropertySource::getName).filter(name -> name.startsWith("Config resource"))
                .findFirst()
                .ifPresentOrElse(name -> sources.addBefore(name, source), () -> sources.addLast(source));
    }
}
