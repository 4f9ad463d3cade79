package app.attendance.face.system;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import java.util.Map;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI description of the REST contract at {@code /v3/api-docs}, itself behind the service
 * token like the calls it describes. The committed copy is docs/openapi/face-service.json; a test
 * fails when the two differ.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfig {

    @Bean
    OpenAPI faceServiceOpenApi() {
        return new OpenAPI()
                .info(new Info().title("face-service").version("1")
                        .description("Face detection, recognition, verification, enrolment and the face index, for "
                                + "attendance-api. Every call needs 'Authorization: Bearer <face.api-token>'. "
                                + "Errors are RFC 9457 problem details with a machine-readable 'code'."))
                .components(new Components()
                        .addSecuritySchemes("serviceToken", new SecurityScheme().type(SecurityScheme.Type.HTTP)
                                .scheme("bearer")))
                .addSecurityItem(new SecurityRequirement().addList("serviceToken"));
    }

    /**
     * The index consistency headers: reads accept {@code X-Index-Min-Sequence}, writes answer
     * {@code X-Index-Sequence} (they live in an interceptor and response entities, which springdoc
     * cannot see).
     */
    @Bean
    OpenApiCustomizer indexSequenceHeaders() {
        return api -> {
            if (api.getPaths() == null) {
                return;
            }
            api.getPaths().forEach((path, item) -> {
                if (!path.startsWith("/v1/subjects") && !path.equals("/v1/recognize") && !path.equals("/v1/verify")) {
                    return;
                }
                for (Map.Entry<PathItem.HttpMethod, Operation> e : item.readOperationsMap().entrySet()) {
                    Operation operation = e.getValue();
                    if (e.getKey() == PathItem.HttpMethod.GET || e.getKey() == PathItem.HttpMethod.POST) {
                        operation.addParametersItem(new HeaderParameter().name("X-Index-Min-Sequence")
                                .required(false).schema(new IntegerSchema().format("int64"))
                                .description("Read-your-writes: the X-Index-Sequence of an earlier write (on any "
                                        + "replica). The call waits up to about 2 s until this replica has applied "
                                        + "it, else answers 503 with code 'index-behind'."));
                    } else if (operation.getResponses() != null) {
                        for (ApiResponse response : operation.getResponses().values()) {
                            response.addHeaderObject("X-Index-Sequence", new Header().schema(new IntegerSchema()
                                    .format("int64")).description("The change sequence of this write (absent "
                                            + "when nothing changed); pass it as X-Index-Min-Sequence to read it "
                                            + "on any replica."));
                        }
                    }
                }
            });
        };
    }
}
