package cn.lianxin.onecard.app.ruleset;

import cn.lianxin.onecard.rules.ShippedRuleSets;
import cn.lianxin.onecard.rules.cardfee.CardFees;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Drools in the back office: the rule sets shipped with the rules module are compiled and
 * verified (every rule set must contain exactly its declared number of rules) when the
 * application starts; a rule set that does not compile stops the start. Health shows each rule
 * set with its rule count.
 */
@Configuration
public class RuleSetsConfiguration {

    private static final Logger log = LoggerFactory.getLogger(RuleSetsConfiguration.class);

    @Bean
    ShippedRuleSets shippedRuleSets() {
        ShippedRuleSets ruleSets = ShippedRuleSets.load();
        ruleSets.all().forEach(set -> log.info("Rule set {} loaded: {} rules", set.name(), set.ruleCount()));
        return ruleSets;
    }

    @Bean
    CardFees cardFees(ShippedRuleSets ruleSets) {
        return ruleSets.cardFees();
    }

    @Bean
    HealthIndicator ruleSets(ShippedRuleSets ruleSets) {
        return () -> {
            Health.Builder health = Health.up();
            ruleSets.all().forEach(set -> health.withDetail(set.name(), set.ruleCount() + " rules"));
            return health.build();
        };
    }
}
