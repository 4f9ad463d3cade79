package app.attendance.web.websession;

import app.attendance.web.auth.ApiUser;
import java.util.Map;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.IndexResolver;
import org.springframework.session.Session;

/**
 * The principal name a stored session is indexed by ({@code spring_session.principal_name}, at most 100
 * characters): the signed-in account's username. Spring Session's own resolver would take
 * {@code Authentication.getName()}, which for the {@link ApiUser} record is its whole {@code toString()}
 * and may not fit.
 */
final class PrincipalIndex implements IndexResolver<Session> {

    static final int MAX_LENGTH = 100;

    @Override
    public Map<String, String> resolveIndexesFor(Session session) {
        Object context = session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
        if (!(context instanceof SecurityContext security) || security.getAuthentication() == null) {
            return Map.of();
        }
        Authentication authentication = security.getAuthentication();
        String name = authentication.getPrincipal() instanceof ApiUser user ? user.username() : authentication
                .getName();
        if (name == null) {
            return Map.of();
        }
        return Map.of(FindByIndexNameSessionRepository.PRINCIPAL_NAME_INDEX_NAME,
                name.length() > MAX_LENGTH ? name.substring(0, MAX_LENGTH) : name);
    }
}
