package app.attendance.api.system;

import io.swagger.v3.core.jackson.ModelResolver;
import io.swagger.v3.core.jackson.TypeNameResolver;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI description at {@code /v3/api-docs} (Swagger UI at {@code /swagger-ui.html}): bearer
 * JWT for people, {@code X-Device-Key} for devices. A nested record's schema is named after its
 * enclosing types ({@code ClassMatrixRow}, {@code SessionViewCounts}), so that two records both called
 * {@code Row} never merge into one schema.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfig {

    @Bean
    OpenAPI attendanceOpenApi() {
        return new OpenAPI()
                .info(new Info().title("Attendance API").version("1")
                        .description("School domain, sessions and attendance. Errors are RFC 9457 problem details "
                                + "with a machine-readable 'code'; see docs/api.md."))
                .components(new Components()
                        .addSecuritySchemes("bearer", new SecurityScheme().type(SecurityScheme.Type.HTTP)
                                .scheme("bearer").bearerFormat("JWT"))
                        .addSecuritySchemes("deviceKey", new SecurityScheme().type(SecurityScheme.Type.APIKEY)
                                .in(SecurityScheme.In.HEADER).name("X-Device-Key")))
                .addSecurityItem(new SecurityRequirement().addList("bearer"));
    }

    @Bean
    ModelResolver nestedTypeNames() {
        return new ModelResolver(Json.mapper(), new NestedTypeNames());
    }

    /** Prefixes a nested type's name with the names of the types around it. */
    static final class NestedTypeNames extends TypeNameResolver {

        @Override
        protected String getNameOfClass(Class<?> cls) {
            Class<?> outer = cls.getEnclosingClass();
            return outer == null ? super.getNameOfClass(cls) : getNameOfClass(outer) + super.getNameOfClass(cls);
        }
    }
}
