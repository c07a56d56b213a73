package cn.lianxin.onecard.app.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The same limit by source ({@link LoginThrottle}) for the Camunda webapps' own login form
 * ({@code POST /camunda/api/admin/auth/user/<engine>/login/<app>}), which does not pass our API's
 * authentication: a wrong password there (Camunda answers 401) counts against the address, and
 * a blocked address is answered 429 without asking Camunda — so guessing at the Tasklist form
 * neither goes on nor locks the real users out.
 */
@Configuration
class WebappLoginThrottle {

    static final String LOGIN_PATHS = "/camunda/api/admin/auth/user/*";

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> webappLoginThrottleFilter(LoginThrottle throttle) {
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new Filter(throttle));
        registration.addUrlPatterns(LOGIN_PATHS);
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        registration.setName("webappLoginThrottle");
        return registration;
    }

    static final class Filter extends OncePerRequestFilter {

        private final LoginThrottle throttle;

        Filter(LoginThrottle throttle) {
            this.throttle = throttle;
        }

        @Override
        protected boolean shouldNotFilter(HttpServletRequest request) {
            return !"POST".equals(request.getMethod()) || !request.getRequestURI().contains("/login/");
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            String source = request.getRemoteAddr();
            Optional<Duration> blocked = throttle.blockedFor(source);
            if (blocked.isPresent()) {
                response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
                response.setHeader("Retry-After", String.valueOf(Math.max(1, blocked.get().toSeconds())));
                response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
                response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"Too many wrong logins\",\"status\":429,"
                        + "\"detail\":\"too many wrong logins from " + source.replace("\"", "") + "; try again in "
                        + Math.max(1, blocked.get().toSeconds()) + " s\"}");
                return;
            }
            chain.doFilter(request, response);
            if (response.getStatus() == HttpStatus.UNAUTHORIZED.value()) {
                throttle.failed(source);
            }
        }
    }
}
