package cn.lianxin.onecard.app.security;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Sets up identity at every start: role groups and filters, and on a production database the
 * first administrator. There, startup is refused while {@code ONECARD_ADMIN_PASSWORD} is unset,
 * too short, or one of the demo passwords — so no production system ever runs with a password
 * printed in the README.
 */
@Component
@Order(10)
public class InitialAdminAccount implements ApplicationRunner {

    public static final String ADMIN_USER = "admin";

    /** The password of every demo user on the embedded default; printed in the README. */
    public static final String DEMO_PASSWORD = "demo";

    static final Set<String> REFUSED_PASSWORDS = Set.of(DEMO_PASSWORD, "admin", "password", "changeme", "123456", "onecard");

    static final int MINIMUM_LENGTH = 12;

    private final IdentityBootstrap identity;
    private final String initialPassword;
    private final boolean required;

    public InitialAdminAccount(IdentityBootstrap identity,
                               @Value("${onecard.security.initial-admin-password:}") String initialPassword,
                               @Value("${onecard.security.require-initial-admin-password:false}") boolean required) {
        this.identity = identity;
        this.initialPassword = initialPassword;
        this.required = required;
        if (required) {
            refuseWeak(initialPassword);
        }
    }

    static void refuseWeak(String password) {
        if (password == null || password.isBlank()) {
            throw new IllegalStateException("ONECARD_ADMIN_PASSWORD is not set: the production profile needs "
                    + "the initial administrator's password (at least " + MINIMUM_LENGTH + " characters)");
        }
        if (REFUSED_PASSWORDS.contains(password.toLowerCase(Locale.ROOT))) {
            throw new IllegalStateException("ONECARD_ADMIN_PASSWORD is a demo or well-known password: "
                    + "choose another one for a production database");
        }
        if (password.length() < MINIMUM_LENGTH) {
            throw new IllegalStateException("ONECARD_ADMIN_PASSWORD is too short: at least "
                    + MINIMUM_LENGTH + " characters");
        }
    }

    @Override
    public void run(ApplicationArguments args) {
        identity.ensureRolesAndFilters();
        if (required && !identity.anyMemberOf(Roles.CENTRE_ADMIN)) {
            identity.ensureUser(ADMIN_USER, "Centre", "Administrator", initialPassword,
                    List.of(Roles.CENTRE_ADMIN, org.camunda.bpm.engine.authorization.Groups.CAMUNDA_ADMIN));
        }
    }
}
