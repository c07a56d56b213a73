package cn.lianxin.onecard.app.ruleset;

import cn.lianxin.onecard.processes.rule.ActivateVersionDelegate;
import cn.lianxin.onecard.processes.rule.ApproverIsNotSubmitterListener;
import cn.lianxin.onecard.processes.rule.RecordOutcomeDelegate;
import cn.lianxin.onecard.processes.rule.RuleProcessDelegates;
import cn.lianxin.onecard.processes.rule.ValidateVersionDelegate;
import java.util.Map;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The {@code RuleChange} process's delegates and listener as Spring beans, backed by {@link RuleChangeAdapter}. */
@Configuration
class RuleProcessesConfiguration {

    record RuleDelegates(Map<String, JavaDelegate> byName) {
    }

    @Bean
    RuleDelegates ruleDelegates(RuleChangeAdapter adapter) {
        return new RuleDelegates(RuleProcessDelegates.create(adapter));
    }

    @Bean(ValidateVersionDelegate.BEAN_NAME)
    JavaDelegate validateRuleVersionDelegate(RuleDelegates delegates) {
        return delegates.byName().get(ValidateVersionDelegate.BEAN_NAME);
    }

    @Bean(ActivateVersionDelegate.BEAN_NAME)
    JavaDelegate activateRuleVersionDelegate(RuleDelegates delegates) {
        return delegates.byName().get(ActivateVersionDelegate.BEAN_NAME);
    }

    @Bean(RecordOutcomeDelegate.BEAN_NAME)
    JavaDelegate recordRuleChangeOutcomeDelegate(RuleDelegates delegates) {
        return delegates.byName().get(RecordOutcomeDelegate.BEAN_NAME);
    }

    @Bean(ApproverIsNotSubmitterListener.BEAN_NAME)
    TaskListener approverIsNotSubmitterListener() {
        return RuleProcessDelegates.listeners().get(ApproverIsNotSubmitterListener.BEAN_NAME);
    }
}
