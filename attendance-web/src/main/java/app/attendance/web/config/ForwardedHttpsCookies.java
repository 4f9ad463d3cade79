package app.attendance.web.config;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.Charset;
import org.apache.tomcat.util.http.CookieProcessor;
import org.apache.tomcat.util.http.MimeHeaders;
import org.apache.tomcat.util.http.ServerCookies;
import org.springframework.boot.tomcat.TomcatContextCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Makes cookies (the session cookie above all) {@code Secure} on requests that arrived over HTTPS
 * at a trusted reverse proxy. Spring's {@code ForwardedHeaderFilter} ({@link TrustedProxies})
 * makes such a request secure for the application, but Tomcat writes
 * the session cookie from its own view of the connection (plain http from the proxy). So a filter
 * right after the forwarded-header filter notes that the request is secure, and Tomcat's cookie
 * processor adds {@code Secure} to every cookie of a request so noted.
 */
@Configuration(proxyBeanMethods = false)
class ForwardedHttpsCookies {

    /** Request attribute: the request arrived over HTTPS, as the forwarded headers tell. */
    static final String SECURE = ForwardedHttpsCookies.class.getName() + ".SECURE";

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> forwardedHttpsMarker() {
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new Marker());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1); // right after TrustedProxies
        registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ASYNC, DispatcherType.ERROR);
        return registration;
    }

    @Bean
    TomcatContextCustomizer secureCookiesOverForwardedHttps() {
        return context -> context.setCookieProcessor(new SecureWhenMarked(context.getCookieProcessor()));
    }

    /** Notes on the request (an attribute Tomcat's own request sees too) that it is secure. */
    private static final class Marker extends OncePerRequestFilter {

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            if (request.isSecure()) {
                request.setAttribute(SECURE, Boolean.TRUE);
            }
            chain.doFilter(request, response);
        }
    }

    /** Tomcat's cookie processor (Boot's, with its SameSite settings) that adds {@code Secure} when marked. */
    private record SecureWhenMarked(CookieProcessor delegate) implements CookieProcessor {

        @Override
        public void parseCookieHeader(MimeHeaders headers, ServerCookies serverCookies) {
            delegate.parseCookieHeader(headers, serverCookies);
        }

        @Override
        public String generateHeader(Cookie cookie, HttpServletRequest request) {
            if (request != null && Boolean.TRUE.equals(request.getAttribute(SECURE))) {
                cookie.setSecure(true);
            }
            return delegate.generateHeader(cookie, request);
        }

        @Override
        public Charset getCharset() {
            return delegate.getCharset();
        }
    }
}
