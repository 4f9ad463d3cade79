package app.attendance.api.dashboard;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.springframework.boot.http.client.ClientHttpRequestFactoryBuilder;
import org.springframework.boot.http.client.HttpClientSettings;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * Asks face-service {@code GET /v1/info} (with the service token) for its model and index size,
 * with short timeouts; any failure yields a "down" status with the reason instead of an error.
 */
@Component
class FaceServiceProbe {

    private final RestClient client;

    FaceServiceProbe(RestClient.Builder builder, FaceServiceLocation location, DashboardProperties properties) {
        HttpClientSettings settings = HttpClientSettings.defaults()
                .withConnectTimeout(properties.faceServiceTimeout())
                .withReadTimeout(properties.faceServiceTimeout());
        RestClient.Builder b = builder.clone()
                .requestFactory(ClientHttpRequestFactoryBuilder.detect().build(settings));
        if (location.url() != null) {
            b.baseUrl(location.url().toString());
        }
        if (location.token() != null && !location.token().isBlank()) {
            b.defaultHeader("Authorization", "Bearer " + location.token());
        }
        this.client = b.build();
    }

    Dashboard.FaceService probe() {
        try {
            Info info = client.get().uri("/v1/info").retrieve().body(Info.class);
            if (info == null) {
                return new Dashboard.FaceService(false, null, null, null, "empty answer");
            }
            return new Dashboard.FaceService(true, info.modelId(), info.index() == null ? null : info.index().faces(),
                    info.index() == null ? null : info.index().subjects(), null);
        } catch (RestClientException | IllegalArgumentException e) {
            return new Dashboard.FaceService(false, null, null, null, e.getMessage());
        }
    }

    /** The part of face-service's info answer the dashboard shows. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Info(String modelId, Index index) {
    }

    /** Index size. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Index(long faces, long subjects) {
    }
}
