package cn.lianxin.onecard.app.card;

import cn.lianxin.onecard.processes.card.CardIssuance;
import cn.lianxin.onecard.processes.card.CardLossAndReplacement;
import cn.lianxin.onecard.processes.card.CardProcessDelegates;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The card processes' delegates as Spring beans under the names their BPMN models use, each
 * backed by {@link CardProcessAdapters}; and the processes' entry points.
 */
@Configuration
class CardProcessesConfiguration {

    /** The delegates of both card processes by bean name. */
    record CardDelegates(Map<String, JavaDelegate> byName) {

        JavaDelegate named(String name) {
            JavaDelegate delegate = byName.get(name);
            if (delegate == null) {
                throw new IllegalStateException("the card processes define no delegate " + name);
            }
            return delegate;
        }
    }

    @Bean
    CardDelegates cardDelegates(CardProcessAdapters adapters) {
        return new CardDelegates(CardProcessDelegates.create(adapters, adapters));
    }

    @Bean
    JavaDelegate checkApplicationDelegate(CardDelegates delegates) {
        return delegates.named("checkApplicationDelegate");
    }

    @Bean
    JavaDelegate personaliseCardDelegate(CardDelegates delegates) {
        return delegates.named("personaliseCardDelegate");
    }

    @Bean
    JavaDelegate activateCardDelegate(CardDelegates delegates) {
        return delegates.named("activateCardDelegate");
    }

    @Bean
    JavaDelegate recordRejectionDelegate(CardDelegates delegates) {
        return delegates.named("recordRejectionDelegate");
    }

    @Bean
    JavaDelegate blacklistCardDelegate(CardDelegates delegates) {
        return delegates.named("blacklistCardDelegate");
    }

    @Bean
    JavaDelegate findReplacementCardDelegate(CardDelegates delegates) {
        return delegates.named("findReplacementCardDelegate");
    }

    @Bean
    JavaDelegate transferBalanceDelegate(CardDelegates delegates) {
        return delegates.named("transferBalanceDelegate");
    }

    @Bean
    CardIssuance cardIssuance(RuntimeService runtimeService) {
        return new CardIssuance(runtimeService);
    }

    @Bean
    CardLossAndReplacement cardLossAndReplacement(RuntimeService runtimeService) {
        return new CardLossAndReplacement(runtimeService);
    }
}
