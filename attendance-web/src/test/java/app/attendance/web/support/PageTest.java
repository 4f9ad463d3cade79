package app.attendance.web.support;

import app.attendance.web.api.ApiProperties;
import app.attendance.web.auth.SignInOptions;
import app.attendance.web.config.SecurityConfig;
import app.attendance.web.config.TrustedProxies;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.restclient.test.autoconfigure.AutoConfigureMockRestServiceServer;
import org.springframework.boot.restclient.test.autoconfigure.AutoConfigureRestClient;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;

/**
 * A controller test of the web app: every controller, the real security setup and the real API
 * client, with attendance-api replaced at the HTTP boundary by {@code MockRestServiceServer}.
 * All page tests share one application context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@WebMvcTest(includeFilters = @ComponentScan.Filter(type = FilterType.REGEX,
        pattern = "app\\.attendance\\.web\\..*(Client|Provider|Handler|SchoolTime|Choices|OidcRegistrations|ApiOidcUserService)"))
@AutoConfigureRestClient
@AutoConfigureMockRestServiceServer
@Import({SecurityConfig.class, TrustedProxies.class})
@EnableConfigurationProperties({ApiProperties.class, SignInOptions.class})
@TestPropertySource(properties = {"attendance.api.url=" + PageTest.API, "attendance.zone=Asia/Ho_Chi_Minh",
        "attendance.api.client-secret=" + PageTest.WEB_CLIENT_SECRET})
public @interface PageTest {

    /** Base URL the mocked API answers on. */
    String API = "http://api.test";
    /** The secret shared with the mocked API. */
    String WEB_CLIENT_SECRET = "web-client-secret-for-tests";
}
