package app.attendance.face.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The whole service on a random port with the real models, the token {@code test-token} and a
 * fresh index folder. Every class with this annotation shares one started service (one Spring
 * test context).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "face.api-token=" + ServiceTest.TOKEN,
        "face.models-dir=${attendance.models.dir}/faceplugin",
        "face.index-dir=${java.io.tmpdir}/face-index-test-${random.uuid}"})
public @interface ServiceTest {

    /** The service token of the started service. */
    String TOKEN = "test-token";
}
