package cn.lianxin.onecard.app.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.RETURNS_DEEP_STUBS;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;

class CamundaIdentityAuthenticationProviderTest {

    private final IdentityService identity = mock(IdentityService.class, RETURNS_DEEP_STUBS);
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-24T02:00:00Z"));
    private final CamundaIdentityAuthenticationProvider provider = new CamundaIdentityAuthenticationProvider(identity, clock);

    @BeforeEach
    void staff101() {
        Group role = mock(Group.class);
        when(role.getId()).thenReturn("community-staff");
        Group community = mock(Group.class);
        when(community.getId()).thenReturn("community-32030101");
        when(identity.createGroupQuery().groupMember("staff101").list()).thenReturn(List.of(role, community));
        when(identity.checkPassword("staff101", "right")).thenReturn(true);
        when(identity.checkPassword("staff101", "wrong")).thenReturn(false);
    }

    private Authentication login(String password) {
        return provider.authenticate(UsernamePasswordAuthenticationToken.unauthenticated("staff101", password));
    }

    @Test
    void shouldAskCamundaOnceWhileASuccessIsTrusted() {
        Authentication first = login("right");
        login("right");
        login("right");

        verify(identity, times(1)).checkPassword("staff101", "right");
        assertThat(((StaffUser) first.getPrincipal()).communityIds()).containsExactly("32030101");
        assertThat(first.getAuthorities()).extracting(Object::toString).containsExactly("ROLE_community-staff");
    }

    @Test
    void shouldNeverAcceptAWrongPasswordFromTheCache() {
        login("right");

        assertThatThrownBy(() -> login("wrong")).isInstanceOf(BadCredentialsException.class);
        // the wrong attempt reached Camunda, which counts it; and it dropped the trusted success
        verify(identity, times(1)).checkPassword("staff101", "wrong");
        login("right");
        verify(identity, times(2)).checkPassword("staff101", "right");
    }

    @Test
    void shouldAskCamundaAgainWhenTheTrustRunsOut() {
        login("right");
        clock.advance(CamundaIdentityAuthenticationProvider.TRUSTED_FOR.plusSeconds(1));
        when(identity.checkPassword("staff101", "right")).thenReturn(false);

        assertThatThrownBy(() -> login("right")).isInstanceOf(BadCredentialsException.class);
    }

    @Test
    void shouldRefuseEveryLoginFromAnAddressThatGuessedTooOftenWithoutAskingCamunda() {
        LoginThrottle throttle = new LoginThrottle(clock, 3, Duration.ofMinutes(10), Duration.ofMinutes(5));
        CamundaIdentityAuthenticationProvider guarded = new CamundaIdentityAuthenticationProvider(identity, clock, throttle);
        when(identity.checkPassword(org.mockito.ArgumentMatchers.startsWith("guess"), org.mockito.ArgumentMatchers.anyString()))
                .thenReturn(false);
        for (int i = 0; i < 4; i++) {
            String user = "guess" + i;
            assertThatThrownBy(() -> guarded.authenticate(from("10.0.0.66", user, "password")))
                    .isInstanceOf(BadCredentialsException.class);
        }

        // the guesser's address: refused, even with a right password, and Camunda is not asked
        assertThatThrownBy(() -> guarded.authenticate(from("10.0.0.66", "staff101", "right")))
                .isInstanceOf(LoginThrottledException.class)
                .hasMessageContaining("try again in 300 s");
        verify(identity, times(0)).checkPassword("staff101", "right");
        // another address is not
        assertThat(guarded.authenticate(from("10.0.0.7", "staff101", "right")).isAuthenticated()).isTrue();
        // and the block ends
        clock.advance(Duration.ofMinutes(5).plusSeconds(1));
        assertThat(guarded.authenticate(from("10.0.0.66", "staff101", "right")).isAuthenticated()).isTrue();
    }

    @Test
    void shouldForgetWrongLoginsOlderThanTheWindow() {
        LoginThrottle throttle = new LoginThrottle(clock, 3, Duration.ofMinutes(10), Duration.ofMinutes(5));
        for (int i = 0; i < 3; i++) {
            throttle.failed("10.0.0.66");
        }
        clock.advance(Duration.ofMinutes(11));
        throttle.failed("10.0.0.66");

        assertThat(throttle.blockedFor("10.0.0.66")).isEmpty();
    }

    private static Authentication from(String address, String user, String password) {
        UsernamePasswordAuthenticationToken token = UsernamePasswordAuthenticationToken.unauthenticated(user, password);
        org.springframework.mock.web.MockHttpServletRequest request = new org.springframework.mock.web.MockHttpServletRequest();
        request.setRemoteAddr(address);
        token.setDetails(new org.springframework.security.web.authentication.WebAuthenticationDetails(request));
        return token;
    }

    /** A clock the test moves. */
    static final class MutableClock extends Clock {

        private Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
