package cn.lianxin.onecard.app.ruleset;

import cn.lianxin.onecard.rules.engine.CompiledRuleSet;
import cn.lianxin.onecard.rules.engine.RuleResource;
import cn.lianxin.onecard.rules.engine.RuleSetCheck;
import cn.lianxin.onecard.rules.engine.RuleSetCompiler;
import cn.lianxin.onecard.rules.engine.RuleSetKind;
import cn.lianxin.onecard.rules.engine.RuleSetSource;
import java.util.List;

/**
 * A version's files as the rule engine wants them: the rule files (DRL, decision tables) apart
 * from the scenario file ({@code <rule set>.scenarios.csv}), which every version carries.
 */
record RuleVersionFiles(List<RuleResource> ruleFiles, RuleResource scenarios) {

    static RuleVersionFiles of(RuleSetKind<?> kind, List<RuleResource> files) {
        List<RuleResource> rules = files.stream().filter(f -> !f.name().equals(kind.scenarioFile())).toList();
        RuleResource scenarios = files.stream().filter(f -> f.name().equals(kind.scenarioFile())).findFirst()
                .orElseThrow(() -> new IllegalStateException("a version of " + kind.name() + " has no " + kind.scenarioFile()));
        return new RuleVersionFiles(rules, scenarios);
    }

    /** The full check every version gets before it may be approved. */
    <T> RuleSetCheck.Checked<T> check(RuleSetKind<T> kind) {
        return RuleSetCheck.check(kind, ruleFiles, scenarios.content());
    }

    /**
     * Compiles a version, to the number of rules it was checked with. Its files pass the rule set's
     * allow-list again first (a version stored before the allow-list existed is refused here, not run).
     */
    <T> T compile(RuleSetKind<T> kind, int definedRules) {
        CompiledRuleSet compiled = RuleSetCompiler.compile(new RuleSetSource(kind.name(), definedRules, ruleFiles),
                kind.vocabulary());
        return kind.typed(compiled);
    }
}
