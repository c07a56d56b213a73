package cn.lianxin.onecard.app.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The webapps' own engine API ({@code /camunda/api/engine/…}, what Tasklist and Cockpit call
 * with their session) serves the same statistics as {@code /engine-rest}: instance counts of the
 * whole city. Someone logged into Tasklist only (community staff) could read them there; this
 * filter refuses them unless the session's user is in one of the roles that work in Cockpit, as
 * {@link SecurityConfiguration} does for {@code /engine-rest}.
 */
class WebappStatisticsGuard extends OncePerRequestFilter {

    /** engine name, then the statistics call. */
    private static final Pattern STATISTICS = Pattern.compile("/camunda/api/engine/engine/([^/]+)/(?:"
            + "process-definition/statistics|process-definition/[^/]+/statistics|process-definition/key/[^/]+/statistics"
            + "|process-definition/key/[^/]+/tenant-id/[^/]+/statistics|deployment/[^/]+/statistics"
            + "|history/process-definition/[^/]+/statistics|history/process-definition/cleanable-process-instance-report(?:/count)?"
            + "|history/process-instance/report)/?");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Matcher statistics = STATISTICS.matcher(request.getRequestURI().substring(request.getContextPath().length()));
        if (statistics.matches() && !mayReadStatistics(request.getSession(false), statistics.group(1))) {
            response.setStatus(HttpStatus.FORBIDDEN.value());
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"Forbidden\",\"status\":403,"
                    + "\"detail\":\"Process statistics count the whole city's instances: only Cockpit's roles "
                    + "(centre-admin, auditor, finance) read them\"}");
            return;
        }
        chain.doFilter(request, response);
    }

    /** No session: the webapp itself answers 401. */
    private static boolean mayReadStatistics(HttpSession session, String engine) {
        if (session == null) {
            return true;
        }
        Authentications authentications = AuthenticationUtil.getAuthsFromSession(session);
        if (authentications == null || !(authentications.getAuthenticationForProcessEngine(engine) instanceof UserAuthentication user)) {
            return true;
        }
        List<String> groups = user.getGroupIds() == null ? List.of() : user.getGroupIds();
        return groups.contains(Groups.CAMUNDA_ADMIN)
                || List.of(SecurityConfiguration.COCKPIT_ROLES).stream().anyMatch(groups::contains);
    }
}
