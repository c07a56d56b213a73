package cn.lianxin.onecard.app.security;

import jakarta.servlet.DispatcherType;
import java.util.Map;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.ContainerBasedAuthenticationProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Who may call what.
 * <ul>
 *   <li>{@code /api/**} and {@code /engine-rest/**}: HTTP Basic against Camunda identity,
 *       stateless, no anonymous access.</li>
 *   <li>{@code /camunda/**} (Tasklist, Cockpit, Admin): the webapps' own session login against
 *       the same identity, with their own CSRF protection; Camunda authorizations decide what a
 *       logged-in user sees.</li>
 *   <li>Changes ({@code POST}, {@code PUT}, {@code PATCH}, {@code DELETE} under {@code /api}) only
 *       by the roles that change data — centre administrators, outlet clerks, community staff —
 *       and rule analysts for rule sets: the read-only roles are refused here, before any
 *       endpoint, so a new endpoint cannot forget it.</li>
 *   <li>More than a few wrong passwords from one address in a while refuse logins from it for a
 *       while ({@link LoginThrottle}, 429).</li>
 *   <li>Actuator: only health is public (info tells the framework versions), everything else
 *       needs {@code centre-admin}.</li>
 *   <li>The engine's statistics (instance counts per process, city-wide) are Cockpit's: only the
 *       roles that work in Cockpit — centre administrators, auditors, finance — may read them.
 *       Community staff work in Tasklist and the console.</li>
 *   <li>Our pages ({@code /}, {@code /rules/}) carry a Content-Security-Policy: scripts and styles
 *       only from our own origin, never inline.</li>
 * </ul>
 */
@Configuration
@EnableMethodSecurity
public class SecurityConfiguration {

    /** The roles that work in Cockpit (their Camunda authorizations grant it) and may read its statistics. */
    static final String[] COCKPIT_ROLES = {Roles.CENTRE_ADMIN, Roles.AUDITOR, Roles.FINANCE};

    /**
     * Our own pages: script, style and everything else from our origin only, nothing inline, no
     * framing.
     */
    public static final String PAGES_CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; "
            + "style-src 'self'; img-src 'self' data:; connect-src 'self'; object-src 'none'; "
            + "base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    /** The roles that change data through our API; auditors, finance, analysts and approvers only read it. */
    static final String[] WRITERS = {Roles.CENTRE_ADMIN, Roles.OUTLET_CLERK, Roles.COMMUNITY_STAFF};
    static final String[] WRITERS_OF_RULES = {Roles.CENTRE_ADMIN, Roles.OUTLET_CLERK, Roles.COMMUNITY_STAFF, Roles.RULE_ANALYST};

    private static RequestMatcher writes(PathPatternRequestMatcher.Builder path, String pattern) {
        return new OrRequestMatcher(path.matcher(HttpMethod.POST, pattern), path.matcher(HttpMethod.PUT, pattern),
                path.matcher(HttpMethod.PATCH, pattern), path.matcher(HttpMethod.DELETE, pattern));
    }

    /** The engine REST calls that count process instances across the city (Cockpit's statistics). */
    private static RequestMatcher engineStatistics(PathPatternRequestMatcher.Builder path) {
        return new OrRequestMatcher(path.matcher("/engine-rest/process-definition/statistics"),
                path.matcher("/engine-rest/process-definition/{id}/statistics"),
                path.matcher("/engine-rest/process-definition/key/{key}/statistics"),
                path.matcher("/engine-rest/process-definition/key/{key}/tenant-id/{tenant}/statistics"),
                path.matcher("/engine-rest/deployment/{id}/statistics"),
                path.matcher("/engine-rest/history/process-definition/{id}/statistics"),
                path.matcher("/engine-rest/history/process-definition/cleanable-process-instance-report"),
                path.matcher("/engine-rest/history/process-definition/cleanable-process-instance-report/count"),
                path.matcher("/engine-rest/history/process-instance/report"));
    }

    @Bean
    @Order(1)
    SecurityFilterChain apiSecurity(HttpSecurity http, CamundaIdentityAuthenticationProvider provider) throws Exception {
        // Path patterns over the whole path: /engine-rest is Jersey's servlet, not Spring MVC's.
        PathPatternRequestMatcher.Builder path = PathPatternRequestMatcher.withDefaults();
        http.securityMatcher(new OrRequestMatcher(path.matcher("/api/**"), path.matcher("/engine-rest/**"),
                        path.matcher("/actuator/**")))
                .authenticationManager(new ProviderManager(provider))
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(path.matcher("/actuator/health"), path.matcher("/actuator/health/**")).permitAll()
                        .requestMatchers(path.matcher("/actuator/**")).hasRole(Roles.CENTRE_ADMIN)
                        .requestMatchers(engineStatistics(path)).hasAnyRole(COCKPIT_ROLES)
                        // read-only roles change nothing through our API, whatever an endpoint's
                        // own rule says (or forgets to say); analysts change only rule sets
                        .requestMatchers(writes(path, "/api/rule-sets/**")).hasAnyRole(WRITERS_OF_RULES)
                        .requestMatchers(writes(path, "/api/**")).hasAnyRole(WRITERS)
                        .anyRequest().authenticated())
                // a wrong password is a problem too (401, or 429 when its address is throttled)
                .httpBasic(basic -> basic.authenticationEntryPoint(new BasicChallengeEntryPoint()))
                .exceptionHandling(errors -> errors.defaultAuthenticationEntryPointFor(
                        new BasicChallengeEntryPoint(), request -> true)
                        .accessDeniedHandler(new ProblemAccessDeniedHandler()))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable());
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain pageSecurity(HttpSecurity http) throws Exception {
        // The Camunda webapps authenticate and protect against CSRF themselves; our static
        // landing page and the API documentation are public.
        PathPatternRequestMatcher.Builder path = PathPatternRequestMatcher.withDefaults();
        http.authorizeHttpRequests(requests -> requests
                        .dispatcherTypeMatchers(DispatcherType.FORWARD, DispatcherType.ERROR).permitAll()
                        .anyRequest().permitAll())
                .headers(headers -> headers.addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(
                        new OrRequestMatcher(path.matcher("/"), path.matcher("/index.html"), path.matcher("/rules"),
                                path.matcher("/rules/**")),
                        new StaticHeadersWriter("Content-Security-Policy", PAGES_CONTENT_SECURITY_POLICY))))
                .csrf(csrf -> csrf.disable())
                .exceptionHandling(errors -> errors.authenticationEntryPoint(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED)));
        return http.build();
    }

    /** Keeps Cockpit's statistics from Tasklist-only users in the webapps' own engine API too. */
    @Bean
    FilterRegistrationBean<WebappStatisticsGuard> webappStatisticsGuard() {
        FilterRegistrationBean<WebappStatisticsGuard> registration = new FilterRegistrationBean<>(new WebappStatisticsGuard());
        registration.setName("onecard-webapp-statistics-guard");
        registration.addUrlPatterns("/camunda/api/engine/*");
        registration.setOrder(1);
        return registration;
    }

    /**
     * Tells the engine REST API who the Spring-authenticated caller is, so Camunda authorizations
     * (a user sees only the tasks of their groups) apply to engine REST calls too.
     */
    @Bean
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestAuthentication() {
        FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration =
                new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
        registration.setName("camunda-engine-rest-authentication");
        registration.setInitParameters(Map.of(
                ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
                ContainerBasedAuthenticationProvider.class.getName()));
        registration.addUrlPatterns("/engine-rest/*");
        // after Spring Security's filter chain (order -100)
        registration.setOrder(0);
        return registration;
    }
}
