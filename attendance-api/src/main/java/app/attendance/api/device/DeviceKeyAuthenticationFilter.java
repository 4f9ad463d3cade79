package app.attendance.api.device;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates a device by its {@code X-Device-Key} header on the device endpoints. A missing or
 * wrong key leaves the request unauthenticated (the entry point answers 401).
 */
public class DeviceKeyAuthenticationFilter extends OncePerRequestFilter {

    public static final String HEADER = "X-Device-Key";

    private final DeviceAuthenticator authenticator;

    public DeviceKeyAuthenticationFilter(DeviceAuthenticator authenticator) {
        this.authenticator = authenticator;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String key = request.getHeader(HEADER);
        if (key != null && !key.isBlank()) {
            authenticator.authenticate(key.trim()).ifPresent(device -> {
                SecurityContextImpl context = new SecurityContextImpl(new DeviceAuthentication(device));
                SecurityContextHolder.setContext(context);
            });
        }
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    /** The authentication of a device request; its name is the audit actor {@code device:<id>}. */
    public static final class DeviceAuthentication extends AbstractAuthenticationToken {

        private final DevicePrincipal device;

        DeviceAuthentication(DevicePrincipal device) {
            super(List.of(new SimpleGrantedAuthority("ROLE_DEVICE")));
            this.device = device;
            setAuthenticated(true);
        }

        @Override
        public Object getCredentials() {
            return "";
        }

        @Override
        public DevicePrincipal getPrincipal() {
            return device;
        }

        @Override
        public String getName() {
            return device.actor();
        }
    }
}
