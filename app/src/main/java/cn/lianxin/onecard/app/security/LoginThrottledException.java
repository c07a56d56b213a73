package cn.lianxin.onecard.app.security;

import java.time.Duration;
import org.springframework.security.core.AuthenticationException;

/** Too many wrong logins from the caller's address: no login from it is checked for a while (429). */
class LoginThrottledException extends AuthenticationException {

    private final Duration retryAfter;

    LoginThrottledException(String source, Duration retryAfter) {
        super("Too many wrong logins from " + source + "; try again in " + Math.max(1, retryAfter.toSeconds()) + " s");
        this.retryAfter = retryAfter;
    }

    Duration retryAfter() {
        return retryAfter;
    }
}
