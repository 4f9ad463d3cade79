package app.attendance.web.config;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.security.web.util.matcher.IpAddressMatcher;
import org.springframework.web.filter.ForwardedHeaderFilter;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Believes {@code Forwarded} / {@code X-Forwarded-*} headers (scheme, host, port, client address)
 * only from a trusted reverse proxy: {@code attendance.trusted-proxies} (env
 * {@code ATTENDANCE_TRUSTED_PROXIES}, addresses or CIDR ranges, comma-separated; default loopback).
 * From any other peer they are removed before anything reads them, so a browser that reaches the web
 * app directly cannot choose the client address the API throttles sign-ins by, nor pose as HTTPS.
 * Replaces Boot's {@code forward-headers-strategy: framework}, which believes every peer.
 */
@Configuration(proxyBeanMethods = false)
public class TrustedProxies {

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> forwardedHeadersFromTrustedProxies(
            @Value("${attendance.trusted-proxies:127.0.0.0/8,::1}") List<String> trusted) {
        List<IpAddressMatcher> matchers = trusted.stream().map(String::trim).filter(s -> !s.isEmpty())
                .map(IpAddressMatcher::new).toList();
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(
                new ByPeer(matchers));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE); // ForwardedHttpsCookies' marker runs right after
        registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ASYNC, DispatcherType.ERROR);
        return registration;
    }

    /** Applies the forwarded headers of a trusted peer, removes those of any other. */
    private static final class ByPeer extends OncePerRequestFilter {

        private final List<IpAddressMatcher> trusted;
        private final ForwardedHeaderFilter apply = new ForwardedHeaderFilter();
        private final ForwardedHeaderFilter remove = new ForwardedHeaderFilter();

        ByPeer(List<IpAddressMatcher> trusted) {
            this.trusted = trusted;
            remove.setRemoveOnly(true);
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            String peer = request.getRemoteAddr();
            boolean fromProxy = peer != null && trusted.stream().anyMatch(m -> m.matches(peer));
            (fromProxy ? apply : remove).doFilter(request, response, chain);
        }

        @Override
        protected boolean shouldNotFilterAsyncDispatch() {
            return false;
        }

        @Override
        protected boolean shouldNotFilterErrorDispatch() {
            return false;
        }
    }
}
