package app.attendance.web.config;

import app.attendance.web.auth.ApiOidcUser;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;

/**
 * After single sign-on: the signed-in principal becomes the API's account ({@code ApiUser}, with its
 * role), exactly as after a password sign-in, so every page works the same; the provider's token is kept
 * as the authentication's details for the logout at the provider. Then on like {@link LoginSuccessHandler}.
 */
class SsoSuccessHandler extends LoginSuccessHandler {

    private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();
    private final SecurityContextHolderStrategy holder = SecurityContextHolder.getContextHolderStrategy();

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
            Authentication authentication) throws IOException, ServletException {
        if (authentication instanceof OAuth2AuthenticationToken token
                && token.getPrincipal() instanceof ApiOidcUser user) {
            UsernamePasswordAuthenticationToken signedIn = UsernamePasswordAuthenticationToken
                    .authenticated(user.account(), null, user.getAuthorities());
            signedIn.setDetails(token);
            SecurityContext context = holder.createEmptyContext();
            context.setAuthentication(signedIn);
            holder.setContext(context);
            contexts.saveContext(context, request, response);
        }
        super.onAuthenticationSuccess(request, response, authentication);
    }
}
