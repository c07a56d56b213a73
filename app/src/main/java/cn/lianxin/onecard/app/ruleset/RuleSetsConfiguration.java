package cn.lianxin.onecard.app.ruleset;

import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Drools in the back office: at start-up the active version of every rule set is read from the
 * database (an empty database gets the versions shipped in the rules module), compiled and
 * verified; a version that does not compile stops the start. Health shows each rule set's active
 * version and rule count.
 */
@Configuration
public class RuleSetsConfiguration {

    @Bean
    ActiveRuleSets activeRuleSets(ActiveVersionLoader loader) {
        return loader.loadAll();
    }

    @Bean
    HealthIndicator ruleSets(ActiveRuleSets active) {
        return () -> {
            Health.Builder health = Health.up();
            cn.lianxin.onecard.rules.RuleSetKinds.all().forEach(kind -> {
                ActiveRuleSets.Active<?> a = active.active(kind);
                health.withDetail(kind.name(), a.versionId() + ", " + a.ruleCount() + " rules");
            });
            return health.build();
        };
    }
}
