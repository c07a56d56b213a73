package cn.lianxin.onecard.app.ruleset;

import cn.lianxin.onecard.processes.rule.RuleChangeOutcome;
import cn.lianxin.onecard.processes.rule.RuleChangePort;
import cn.lianxin.onecard.processes.rule.ValidationReport;
import cn.lianxin.onecard.rules.engine.RuleSetCheck;
import cn.lianxin.onecard.rules.engine.RuleSetKind;
import java.time.Clock;
import java.time.LocalDateTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The {@code RuleChange} process's port: the check, the activation and the audit, on the stored
 * versions. Runs in the engine's job transaction (the engine uses the application's transaction
 * manager), so each step and its database writes commit or roll back together; each is idempotent
 * per version.
 */
@Component
class RuleChangeAdapter implements RuleChangePort {

    private static final Logger log = LoggerFactory.getLogger(RuleChangeAdapter.class);

    private final RuleVersions versions;
    private final ActiveVersionLoader loader;
    private final Clock clock;

    RuleChangeAdapter(RuleVersions versions, ActiveVersionLoader loader, Clock clock) {
        this.versions = versions;
        this.loader = loader;
        this.clock = clock;
    }

    /** The full check again (the files are the stored ones), and the effective date must still be ahead. */
    @Override
    public ValidationReport validate(String versionId) {
        RuleVersion version = versions.get(versionId);
        RuleSetKind<?> kind = RuleChangeService.kind(version.ruleSet());
        RuleSetCheck.Report report = RuleVersionFiles.of(kind, versions.files(versionId)).check(kind).report();
        boolean passed = report.passed();
        String summary = report.summary();
        String text = report.text();
        LocalDateTime now = LocalDateTime.now(clock);
        if (version.effectiveAt() != null && version.effectiveAt().isBefore(now)) {
            passed = false;
            summary = "未通过 refused: the effective date " + version.effectiveAt() + " is in the past";
            text = summary + "\n" + text;
        }
        versions.checked(versionId, passed, summary, text, report.definedRules());
        log.info("Rule-set version {} checked: {}", versionId, summary);
        return passed ? ValidationReport.passed(summary) : ValidationReport.failed(summary, text);
    }

    /**
     * Compiles the version and makes it active in the database; evaluations get it once the job's
     * transaction has committed (an evaluation running meanwhile keeps the version it started with).
     */
    @Override
    public void activate(String versionId) {
        RuleVersion version = versions.get(versionId);
        activate(RuleChangeService.kind(version.ruleSet()), version);
    }

    private <T> void activate(RuleSetKind<T> kind, RuleVersion version) {
        versions.lockRuleSet(kind.name());
        T typed = RuleVersionFiles.of(kind, versions.files(version.versionId())).compile(kind, version.definedRules());
        if (version.status() != RuleVersionStatus.ACTIVE) {
            versions.activate(kind.name(), version.versionId(), LocalDateTime.now(clock));
        }
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    loader.install(kind, version.versionId(), typed);
                }
            });
        } else {
            loader.install(kind, version.versionId(), typed);
        }
    }

    @Override
    public void recordOutcome(String versionId, RuleChangeOutcome outcome, String actor, String note) {
        RuleVersion version = versions.get(versionId);
        LocalDateTime now = LocalDateTime.now(clock);
        versions.audit(versionId, version.ruleSet(), outcome.name(), actor, note, now);
        switch (outcome) {
            case REJECTED -> versions.decided(versionId, RuleVersionStatus.REJECTED, actor, now);
            case ACTIVATED -> versions.decided(versionId, RuleVersionStatus.ACTIVE, actor,
                    version.decidedAt() == null ? now : version.decidedAt());
            case REFUSED -> { }
        }
        log.info("Rule-set version {}: {} by {}", versionId, outcome, actor);
    }
}
