package app.attendance.api.system;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Where the embedded PostgreSQL keeps its data and which port it listens on. Used only when
 * no {@code spring.datasource.url} is configured.
 */
@Validated
@ConfigurationProperties("attendance.embedded-db")
public record EmbeddedDatabaseProperties(
        @NotBlank String dataDir,
        @Min(0) @Max(65535) int port) {

    public EmbeddedDatabaseProperties {
        if (dataDir == null || dataDir.isBlank()) {
            dataDir = ".data/postgres";
        }
    }
}
