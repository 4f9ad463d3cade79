package app.attendance.api.auth;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** The first admin created on an empty database (env {@code ADMIN_USERNAME}, {@code ADMIN_PASSWORD}). */
@ConfigurationProperties("attendance.admin")
record AdminProperties(String username, String password) {

    AdminProperties {
        username = username == null || username.isBlank() ? "admin" : username;
    }
}
