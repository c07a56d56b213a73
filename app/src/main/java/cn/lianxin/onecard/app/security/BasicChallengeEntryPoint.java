package cn.lianxin.onecard.app.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;

/**
 * Answers an unauthenticated API call with 401, a Basic challenge and an RFC 9457 body. A call
 * from one of our pages ({@code X-Requested-With: XMLHttpRequest}) gets no challenge, so the
 * browser shows the page's own sign-in form instead of its password dialog.
 */
class BasicChallengeEntryPoint implements AuthenticationEntryPoint {

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
            throws IOException {
        if (exception instanceof LoginThrottledException throttled) {
            response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
            response.setHeader("Retry-After", String.valueOf(Math.max(1, throttled.retryAfter().toSeconds())));
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"Too many wrong logins\",\"status\":429,"
                    + "\"detail\":\"" + throttled.getMessage().replace("\"", "") + "\"}");
            return;
        }
        response.setStatus(HttpStatus.UNAUTHORIZED.value());
        if (!"XMLHttpRequest".equals(request.getHeader("X-Requested-With"))) {
            response.setHeader("WWW-Authenticate", "Basic realm=\"onecard\"");
        }
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"Unauthorized\",\"status\":401,"
                + "\"detail\":\"Authentication required: HTTP Basic with a back-office user\",\"instance\":\""
                + request.getRequestURI().replace("\"", "") + "\"}");
    }
}
