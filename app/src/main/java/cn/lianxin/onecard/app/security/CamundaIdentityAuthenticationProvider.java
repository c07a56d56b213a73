package cn.lianxin.onecard.app.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;

/**
 * Authenticates API callers against Camunda identity, the single store of users, salted password
 * hashes and groups that the Camunda webapps use too. Role groups become {@code ROLE_<group>}
 * authorities; community groups become the caller's community scope.
 */
@Component
public class CamundaIdentityAuthenticationProvider implements AuthenticationProvider {

    /**
     * How long a successful check is trusted before Camunda checks the password again: the API is
     * stateless (HTTP Basic on every call), so this spares each call a password hash and two
     * queries. Wrong passwords are never cached (Camunda counts them and locks the user); a new
     * password, a lock or a group change takes effect within this time.
     */
    static final Duration TRUSTED_FOR = Duration.ofSeconds(10);

    private final IdentityService identityService;
    private final Clock clock;
    private final byte[] cacheSalt = new byte[16];
    private final Map<String, Verified> verified = new ConcurrentHashMap<>();

    private final LoginThrottle throttle;

    public CamundaIdentityAuthenticationProvider(IdentityService identityService, Clock clock) {
        this(identityService, clock, null);
    }

    @org.springframework.beans.factory.annotation.Autowired
    public CamundaIdentityAuthenticationProvider(IdentityService identityService, Clock clock, LoginThrottle throttle) {
        this.identityService = identityService;
        this.clock = clock;
        this.throttle = throttle;
        new SecureRandom().nextBytes(cacheSalt);
    }

    /** The caller's address, as the HTTP Basic filter recorded it. */
    private static String source(Authentication authentication) {
        return authentication.getDetails() instanceof org.springframework.security.web.authentication.WebAuthenticationDetails web
                ? web.getRemoteAddress() : null;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String userId = authentication.getName();
        Object credentials = authentication.getCredentials();
        if (userId == null || userId.isBlank() || credentials == null) {
            throw new BadCredentialsException("Unknown user or wrong password");
        }
        String source = source(authentication);
        if (throttle != null) {
            throttle.blockedFor(source).ifPresent(wait -> {
                throw new LoginThrottledException(source, wait);
            });
        }
        byte[] fingerprint = fingerprint(userId, credentials.toString());
        Instant now = clock.instant();
        Verified known = verified.get(userId);
        StaffUser user;
        if (known != null && known.until().isAfter(now) && MessageDigest.isEqual(known.fingerprint(), fingerprint)) {
            user = known.user();
        } else {
            if (!identityService.checkPassword(userId, credentials.toString())) {
                verified.remove(userId);
                if (throttle != null) {
                    throttle.failed(source);
                }
                throw new BadCredentialsException("Unknown user or wrong password");
            }
            user = loadStaffUser(userId);
            verified.put(userId, new Verified(fingerprint, user, now.plus(TRUSTED_FOR)));
        }
        List<GrantedAuthority> authorities = user.roles().stream()
                .<GrantedAuthority>map(role -> new SimpleGrantedAuthority("ROLE_" + role))
                .toList();
        return UsernamePasswordAuthenticationToken.authenticated(user, null, authorities);
    }

    StaffUser loadStaffUser(String userId) {
        List<String> groups = identityService.createGroupQuery().groupMember(userId).list().stream()
                .map(Group::getId).toList();
        return StaffUser.fromGroups(userId, groups);
    }

    private byte[] fingerprint(String userId, String password) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update(cacheSalt);
            sha256.update(userId.getBytes(StandardCharsets.UTF_8));
            sha256.update((byte) 0);
            return sha256.digest(password.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }

    /** A successful check: a salted fingerprint of the credentials, never the password itself. */
    private record Verified(byte[] fingerprint, StaffUser user, Instant until) {
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
