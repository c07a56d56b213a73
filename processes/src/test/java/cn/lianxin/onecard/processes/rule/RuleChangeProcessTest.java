package cn.lianxin.onecard.processes.rule;

import static cn.lianxin.onecard.processes.rule.RuleChange.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import cn.lianxin.onecard.processes.ProcessModels;
import cn.lianxin.onecard.processes.card.FormSchema;
import cn.lianxin.onecard.processes.task.TaskDeadlines;
import cn.lianxin.onecard.processes.task.TestDeadlines;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every path of {@code RuleChange} on the in-memory engine of camunda.cfg.xml, delegates wired to a
 * fake port, jobs run by the test, the clock moved by the test.
 */
@Deployment(resources = {ProcessModels.RULE_CHANGE_BPMN, ProcessModels.APPROVE_RULE_CHANGE_FORM})
class RuleChangeProcessTest {

    @RegisterExtension
    static final ProcessEngineExtension ENGINE = ProcessEngineExtension.builder()
            .configurationResource("camunda.cfg.xml")
            .ensureCleanAfterTest(true)
            .build();

    /** 2026-11-24 10:00 in Asia/Shanghai. */
    static final Instant NOW = Instant.parse("2026-11-24T02:00:00Z");
    /** 2026-12-01 00:00 in Asia/Shanghai = 2026-11-30 16:00 UTC. */
    static final OffsetDateTime EFFECTIVE = OffsetDateTime.parse("2026-12-01T00:00+08:00");
    static final String VERSION = "property-fee.v7";
    static final String ANALYST = "wang.analyst";
    static final String APPROVER = "li.approver";
    static final RuleChangeSubmission SUBMISSION = new RuleChangeSubmission("property-fee", VERSION, ANALYST,
            EFFECTIVE, "2027 年单价调整 2027 unit prices");

    final FakeRuleChangePort port = new FakeRuleChangePort();

    ProcessEngine engine;
    RuntimeService runtimeService;
    TaskService taskService;
    ManagementService managementService;
    HistoryService historyService;
    IdentityService identityService;
    RuleChange ruleChange;

    @BeforeEach
    void wireEngine(ProcessEngine engine) {
        this.engine = engine;
        runtimeService = engine.getRuntimeService();
        taskService = engine.getTaskService();
        managementService = engine.getManagementService();
        historyService = engine.getHistoryService();
        identityService = engine.getIdentityService();
        BpmnAwareTests.init(engine);
        RuleProcessDelegates.create(port).forEach(Mocks::register);
        RuleProcessDelegates.listeners().forEach(Mocks::register);
        Mocks.register(TaskDeadlines.BEAN_NAME, TestDeadlines.create());
        ClockUtil.setCurrentTime(Date.from(NOW));
        ruleChange = new RuleChange(runtimeService);
    }

    @AfterEach
    void resetEngineState() {
        identityService.clearAuthentication();
        Mocks.reset();
        ClockUtil.reset();
        BpmnAwareTests.reset();
    }

    /** Submitted and validated: waiting for a rule approver. */
    ProcessInstance submitAndValidate() {
        ProcessInstance pi = ruleChange.submit(SUBMISSION);
        assertThat(pi).hasBusinessKey(VERSION).isWaitingAt(TASK_VALIDATE_VERSION);
        execute(job());
        assertThat(pi).isWaitingAt(TASK_APPROVE_RULE_CHANGE);
        assertThat(task()).hasCandidateGroup(GROUP_RULE_APPROVER);
        // submitted on Tuesday 10:00 in Shanghai: approve within two working days
        assertThat(task().getDueDate()).isEqualTo(Date.from(Instant.parse("2026-11-26T02:00:00Z")));
        return pi;
    }

    /** The rule approver {@code user} completes the approval task as Tasklist does: claimed, then completed while logged in. */
    void decideAs(String user, String decision, String comment) {
        decideAs(user, java.util.List.of(GROUP_RULE_APPROVER), decision, comment);
    }

    /** {@code user}, a member of {@code groups}, completes the approval task as Tasklist does. */
    void decideAs(String user, java.util.List<String> groups, String decision, String comment) {
        Task task = task();
        taskService.claim(task.getId(), user);
        identityService.setAuthentication(user, groups);
        try {
            taskService.complete(task.getId(), Map.of(VAR_APPROVAL_DECISION, decision, VAR_APPROVAL_COMMENT, comment));
        } finally {
            identityService.clearAuthentication();
        }
    }

    @Test
    void shouldActivateAtTheEffectiveDateWhenAnotherApproverApproves() {
        ProcessInstance pi = submitAndValidate();

        decideAs(APPROVER, DECISION_APPROVE, "单价与物价局文件一致 matches the price bureau notice");

        assertThat(pi).isWaitingAt(TIMER_EFFECTIVE_DATE).variables()
                .containsEntry(VAR_APPROVED_BY, APPROVER)
                .containsEntry(VAR_EFFECTIVE_DATE, "2026-12-01T00:00:00+08:00");
        Job timer = onlyJob(pi);
        assertThat(timer.getDuedate().toInstant()).isEqualTo(Instant.parse("2026-11-30T16:00:00Z"));
        assertThat(port.calls).doesNotContain("activate " + VERSION);

        moveClockTo(Instant.parse("2026-11-30T15:59:59Z"));
        assertThat(executableJobs(pi)).as("not due a second before the effective date").isZero();
        moveClockTo(Instant.parse("2026-11-30T16:00:00Z"));
        assertThat(executableJobs(pi)).isEqualTo(1);
        execute(job());
        assertThat(pi).isWaitingAt(TASK_ACTIVATE_VERSION);
        execute(job());

        assertThat(pi).isEnded().hasPassedInOrder(TASK_VALIDATE_VERSION, TASK_APPROVE_RULE_CHANGE,
                TIMER_EFFECTIVE_DATE, TASK_ACTIVATE_VERSION, TASK_RECORD_ACTIVATION, END_VERSION_ACTIVE)
                .hasNotPassed(TASK_RECORD_REJECTION, TASK_RECORD_REFUSAL);
        assertThat(port.calls).containsExactly(
                "validate " + VERSION,
                "activate " + VERSION,
                "audit " + VERSION + " ACTIVATED " + APPROVER + " 单价与物价局文件一致 matches the price bureau notice");
        assertThat(historicVariable(pi, VAR_OUTCOME)).isEqualTo("ACTIVATED");
    }

    @Test
    void shouldActivateAtOnceWhenTheEffectiveDateHasPassedByTheTimeOfApproval() {
        ProcessInstance pi = submitAndValidate();
        moveClockTo(Instant.parse("2026-12-02T09:00:00Z"));

        decideAs(APPROVER, DECISION_APPROVE, "迟批 late approval");

        assertThat(pi).isWaitingAt(TIMER_EFFECTIVE_DATE);
        assertThat(executableJobs(pi)).as("a past effective date is due at once").isEqualTo(1);
        execute(job());
        execute(job());
        assertThat(pi).isEnded().hasPassed(END_VERSION_ACTIVE);
    }

    @Test
    void shouldEndRejectedWithTheApproversCommentAndNeverActivate() {
        ProcessInstance pi = submitAndValidate();

        decideAs(APPROVER, DECISION_REJECT, "最低收费不能低于 5 元 minimum charge below 5 yuan");
        assertThat(pi).isWaitingAt(TASK_RECORD_REJECTION);
        execute(job());

        assertThat(pi).isEnded().hasPassed(TASK_RECORD_REJECTION, END_CHANGE_REJECTED)
                .hasNotPassed(TIMER_EFFECTIVE_DATE, TASK_ACTIVATE_VERSION);
        assertThat(port.calls).containsExactly(
                "validate " + VERSION,
                "audit " + VERSION + " REJECTED " + APPROVER + " 最低收费不能低于 5 元 minimum charge below 5 yuan");
        assertThat(historicVariable(pi, VAR_OUTCOME)).isEqualTo("REJECTED");
    }

    @Test
    void shouldRefuseTheSubmittersOwnApprovalAndKeepTheTaskOpenForAnotherApprover() {
        ProcessInstance pi = submitAndValidate();

        assertThatThrownBy(() -> decideAs(ANALYST, DECISION_APPROVE, "自己批准 approving my own"))
                .hasRootCauseInstanceOf(ApprovalRefusedException.class)
                .hasMessageContaining(ANALYST + " submitted rule-set version " + VERSION + " and may not approve it");

        assertThat(pi).isWaitingAt(TASK_APPROVE_RULE_CHANGE).variables()
                .doesNotContainKeys(VAR_APPROVED_BY, VAR_APPROVAL_DECISION);
        assertThat(port.calls).containsExactly("validate " + VERSION);

        // the same person rejecting is refused too: any decision needs a second person
        assertThatThrownBy(() -> decideAs(ANALYST, DECISION_REJECT, "撤回 withdraw"))
                .hasRootCauseInstanceOf(ApprovalRefusedException.class);

        taskService.setAssignee(task().getId(), null);
        decideAs(APPROVER, DECISION_APPROVE, "同意 ok");
        assertThat(pi).isWaitingAt(TIMER_EFFECTIVE_DATE).variables().containsEntry(VAR_APPROVED_BY, APPROVER);
        moveClockTo(EFFECTIVE.toInstant());
        execute(job());
        execute(job());
        assertThat(pi).isEnded().hasPassed(END_VERSION_ACTIVE);
    }

    @Test
    void shouldRefuseADecisionByAnAdministratorWhoIsNoRuleApprover() {
        ProcessInstance pi = submitAndValidate();

        assertThatThrownBy(() -> decideAs("admin", java.util.List.of("centre-admin", "camunda-admin"), DECISION_APPROVE, "ok"))
                .hasRootCauseInstanceOf(ApprovalRefusedException.class)
                .hasMessageContaining("admin is not a rule approver");

        assertThat(pi).isWaitingAt(TASK_APPROVE_RULE_CHANGE);
        assertThat(port.calls).doesNotContain("activate " + VERSION);
        taskService.setAssignee(task().getId(), null);
        decideAs(APPROVER, DECISION_APPROVE, "同意 ok");
        assertThat(pi).isWaitingAt(TIMER_EFFECTIVE_DATE).variables().containsEntry(VAR_APPROVED_BY, APPROVER);
    }

    @Test
    void shouldRefuseAnAssigneeWhoIsNoRuleApproverWhenTheCallerIsNotAuthenticated() {
        ProcessInstance pi = submitAndValidate();
        Task task = task();
        taskService.claim(task.getId(), "admin");

        assertThatThrownBy(() -> taskService.complete(task.getId(),
                Map.of(VAR_APPROVAL_DECISION, DECISION_APPROVE, VAR_APPROVAL_COMMENT, "ok")))
                .hasRootCauseInstanceOf(ApprovalRefusedException.class)
                .hasMessageContaining("is not a rule approver");
        assertThat(pi).isWaitingAt(TASK_APPROVE_RULE_CHANGE);
    }

    @Test
    void shouldRefuseTheSubmitterAsAssigneeWhenTheCallerIsNotAuthenticated() {
        ProcessInstance pi = submitAndValidate();
        Task task = task();
        taskService.claim(task.getId(), ANALYST);

        assertThatThrownBy(() -> taskService.complete(task.getId(),
                Map.of(VAR_APPROVAL_DECISION, DECISION_APPROVE, VAR_APPROVAL_COMMENT, "ok")))
                .hasRootCauseInstanceOf(ApprovalRefusedException.class)
                .hasMessageContaining("may not approve it");
        assertThat(pi).isWaitingAt(TASK_APPROVE_RULE_CHANGE);
    }

    @Test
    void shouldRefuseADecisionThatNamesNobody() {
        ProcessInstance pi = submitAndValidate();

        assertThatThrownBy(() -> taskService.complete(task().getId(),
                Map.of(VAR_APPROVAL_DECISION, DECISION_APPROVE, VAR_APPROVAL_COMMENT, "ok")))
                .hasRootCauseInstanceOf(ApprovalRefusedException.class)
                .hasMessageContaining("Claim the task before deciding");
        assertThat(pi).isWaitingAt(TASK_APPROVE_RULE_CHANGE);
    }

    @Test
    void shouldEndRefusedWithTheReportWhenValidationFails() {
        String report = "sheet 'Fees' row 12 column C: 'abc' is not a number\n"
                + "scenario senior-discount-01: expected 8640 fen, got 9600 fen";
        port.validationResult = ValidationReport.failed("2 处错误 2 problems", report);

        ProcessInstance pi = ruleChange.submit(SUBMISSION);
        execute(job(pi));

        assertThat(pi).isEnded().hasPassed(TASK_VALIDATE_VERSION, TASK_RECORD_REFUSAL, END_CHANGE_REFUSED)
                .hasNotPassed(TASK_APPROVE_RULE_CHANGE, TASK_ACTIVATE_VERSION);
        assertThat(port.calls).containsExactly(
                "validate " + VERSION,
                "audit " + VERSION + " REFUSED " + ANALYST + " " + report);
        assertThat(historicVariable(pi, VAR_VALIDATION_REPORT)).isEqualTo(report);
        assertThat(historicVariable(pi, VAR_OUTCOME)).isEqualTo("REFUSED");
        assertThat(taskService.createTaskQuery().count()).as("nobody is asked to approve").isZero();
    }

    @Test
    void shouldRetryAFailedActivationThreeTimesTenSecondsApartThenRaiseAnIncidentThatSaysWhatToDo() {
        ProcessInstance pi = submitAndValidate();
        decideAs(APPROVER, DECISION_APPROVE, "同意 ok");
        port.failActivation(3, "rule-version store not reachable");
        moveClockTo(EFFECTIVE.toInstant());
        execute(job());

        for (int retriesLeft = 2; retriesLeft >= 0; retriesLeft--) {
            Job job = onlyJob(pi);
            assertThatThrownBy(() -> managementService.executeJob(job.getId()))
                    .hasMessageContaining("rule-version store not reachable");
            assertThat(onlyJob(pi).getRetries()).isEqualTo(retriesLeft);
            if (retriesLeft > 0) {
                assertThat(onlyJob(pi).getDuedate().toInstant()).isEqualTo(now().plusSeconds(10));
                moveClock(Duration.ofSeconds(10));
            }
        }

        Incident incident = runtimeService.createIncidentQuery().processInstanceId(pi.getId()).singleResult();
        assertThat(incident.getActivityId()).isEqualTo(TASK_ACTIVATE_VERSION);
        assertThat(incident.getIncidentMessage()).isEqualTo(
                "Activating version property-fee.v7 of rule set property-fee failed, the previous version stays active; "
                        + "retry this job in Cockpit once the cause is fixed: rule-version store not reachable");
        assertThat(port.calls).noneMatch(call -> call.startsWith("audit"));

        managementService.setJobRetries(onlyJob(pi).getId(), 1);
        execute(job());
        assertThat(pi).isEnded().hasPassed(END_VERSION_ACTIVE);
        assertThat(port.calls).filteredOn(call -> call.startsWith("activate")).hasSize(4);
        assertThat(port.calls).last().asString().startsWith("audit " + VERSION + " ACTIVATED " + APPROVER);
    }

    @Test
    void shouldRaiseAnIncidentThatSaysWhatToDoWhenValidationCannotRun() {
        port.validationFailure = new IllegalStateException("rule-version store not reachable");
        ProcessInstance pi = ruleChange.submit(SUBMISSION);

        for (int attempt = 1; attempt <= 3; attempt++) {
            Job job = onlyJob(pi);
            assertThatThrownBy(() -> managementService.executeJob(job.getId()))
                    .hasMessageContaining("rule-version store not reachable");
            moveClock(Duration.ofMinutes(1));
        }

        assertThat(runtimeService.createIncidentQuery().processInstanceId(pi.getId()).singleResult()
                .getIncidentMessage()).isEqualTo("Validating rule-set version property-fee.v7 could not run; "
                + "retry this job in Cockpit once the cause is fixed: rule-version store not reachable");
        assertThat(pi).isWaitingAt(TASK_VALIDATE_VERSION);
    }

    @Test
    void shouldRefuseToCompleteTheApprovalWithADecisionTheModelDoesNotKnow() {
        ProcessInstance pi = submitAndValidate();

        assertThatThrownBy(() -> decideAs(APPROVER, "maybe", "?")).hasMessageContaining(GATEWAY_APPROVED);
        assertThat(pi).isWaitingAt(TASK_APPROVE_RULE_CHANGE);
    }

    @Test
    void shouldRefuseASecondProcessForTheSameVersion() {
        submitAndValidate();

        assertThatThrownBy(() -> ruleChange.submit(SUBMISSION))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("Rule-set version property-fee.v7 is already submitted and waiting");
    }

    @Test
    void shouldGiveTheApprovalTaskItsFormShowingTheSubmissionReadOnlyAndAskingForADecision() throws IOException {
        submitAndValidate();
        Task approval = task();

        assertThat(engine.getFormService().getTaskFormData(approval.getId()).getCamundaFormRef().getKey())
                .isEqualTo(FORM_APPROVE_RULE_CHANGE);
        Map<String, Object> form;
        try (InputStream in = engine.getFormService().getDeployedTaskForm(approval.getId())) {
            form = FormSchema.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
        assertThat(FormSchema.keysOfDisabledFields(form)).containsExactlyInAnyOrder(VAR_RULE_SET, VAR_VERSION_ID,
                VAR_SUBMITTED_BY, VAR_EFFECTIVE_DATE, VAR_REASON, VAR_VALIDATION_SUMMARY);
        assertThat(taskService.getVariables(approval.getId()).keySet())
                .containsAll(FormSchema.keysOfDisabledFields(form));
        assertThat(FormSchema.keysOfEditableFields(form)).containsExactlyInAnyOrder(VAR_APPROVAL_DECISION,
                VAR_APPROVAL_COMMENT);
        assertThat(FormSchema.radioValues(form, VAR_APPROVAL_DECISION)).containsExactly(DECISION_APPROVE, DECISION_REJECT);
        assertThat(FormSchema.requiredKeys(form)).containsExactlyInAnyOrder(VAR_APPROVAL_DECISION, VAR_APPROVAL_COMMENT);
    }

    Instant now() {
        return ClockUtil.getCurrentTime().toInstant();
    }

    void moveClock(Duration by) {
        moveClockTo(now().plus(by));
    }

    void moveClockTo(Instant instant) {
        ClockUtil.setCurrentTime(Date.from(instant));
    }

    Job onlyJob(ProcessInstance pi) {
        return managementService.createJobQuery().processInstanceId(pi.getId()).singleResult();
    }

    long executableJobs(ProcessInstance pi) {
        return managementService.createJobQuery().processInstanceId(pi.getId()).executable().count();
    }

    Object historicVariable(ProcessInstance pi, String name) {
        return historyService.createHistoricVariableInstanceQuery().processInstanceId(pi.getId())
                .variableName(name).singleResult().getValue();
    }
}
