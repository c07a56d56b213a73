package cn.lianxin.onecard.app.security;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The way back in for a locked account that does not depend on it: Camunda locks a user after too
 * many wrong passwords (and an attacker can do that to {@code admin}); another administrator
 * unlocks them in Camunda Admin, and whoever runs the server — even when every administrator is
 * locked — starts it once with {@code --onecard.security.unlock-users=admin[,…]}
 * ({@code ONECARD_UNLOCK_USERS}). Each unlock is logged.
 */
@Component
@Order(11)
class LockedUserRelease implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(LockedUserRelease.class);

    private final IdentityService identity;
    private final List<String> users;

    LockedUserRelease(IdentityService identity, @Value("${onecard.security.unlock-users:}") List<String> users) {
        this.identity = identity;
        this.users = users.stream().map(String::trim).filter(user -> !user.isEmpty()).toList();
    }

    @Override
    public void run(ApplicationArguments args) {
        for (String user : users) {
            if (identity.createUserQuery().userId(user).count() == 0) {
                log.warn("onecard.security.unlock-users names {}, who does not exist: nothing unlocked", user);
                continue;
            }
            identity.unlockUser(user);
            log.warn("Unlocked user {} at start (onecard.security.unlock-users): remove the setting once they can log in", user);
        }
    }
}
