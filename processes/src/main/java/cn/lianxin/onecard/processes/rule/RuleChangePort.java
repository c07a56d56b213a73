package cn.lianxin.onecard.processes.rule;

/**
 * What the {@code RuleChange} process asks of the application. The app implements it; the process
 * module only declares it. Every method runs inside the engine's job transaction, so an
 * implementation that joins that transaction is all-or-nothing with the process step. A method may
 * run more than once for the same version (a job is retried after a failure, or after a crash
 * between the work and the commit): each must be idempotent per version id.
 *
 * <p>Technical failures are thrown as any {@link RuntimeException} whose message says what went
 * wrong in words an operator understands (e.g. "rule-version store not reachable"): the delegate
 * puts it into the incident text. Business outcomes (a version that fails validation) are
 * answered, never thrown.
 */
public interface RuleChangePort {

    /**
     * Compiles the submitted version and runs it against its regression scenarios; refuses a
     * version that does not compile, breaks a scenario, produces a negative fee or is effective in
     * the past. Must not change state: the active version is untouched whatever the answer.
     */
    ValidationReport validate(String versionId);

    /**
     * Makes {@code versionId} the active version of its rule set, without a restart: evaluations
     * that started before keep the version they started with, later ones get this one. The
     * version it replaces stays stored (a rollback is a new approved change back to it). Called
     * when the effective date has come; a second call for a version already active does nothing.
     */
    void activate(String versionId);

    /**
     * Writes the audit entry of the change's outcome: who ({@code actor}: the approver, or the
     * submitter when validation refused the version), what ({@code outcome}) and why
     * ({@code note}: the validation report, the approver's comment). Idempotent per version and
     * outcome.
     */
    void recordOutcome(String versionId, RuleChangeOutcome outcome, String actor, String note);
}
