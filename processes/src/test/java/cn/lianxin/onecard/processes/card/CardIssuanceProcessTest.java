package cn.lianxin.onecard.processes.card;

import static cn.lianxin.onecard.processes.card.CardIssuance.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import cn.lianxin.onecard.processes.ProcessModels;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

@Deployment(resources = {ProcessModels.CARD_ISSUANCE_BPMN, ProcessModels.REVIEW_APPLICATION_FORM,
        ProcessModels.COMMUNITY_SIGN_OFF_FORM})
class CardIssuanceProcessTest extends ProcessTestSupport {

    @RegisterExtension
    static final ProcessEngineExtension ENGINE = engineExtension();

    static final CardApplication APPLICATION =
            new CardApplication("APP-2026-0001", 42L, "000000001234", "32030101", "32030001", "ADULT");
    static final String UID = "A1B2C3D4";
    static final String READER = "32039001";

    CardIssuance cardIssuance;

    @BeforeEach
    void createApi() {
        cardIssuance = new CardIssuance(runtimeService);
    }

    /** Started and through the automated checks: waiting for the clerk's review. */
    ProcessInstance startAndCheck() {
        ProcessInstance pi = cardIssuance.start(APPLICATION);
        assertThat(pi).isWaitingAt(TASK_CHECK_APPLICATION);
        execute(job());
        assertThat(pi).isWaitingAt(TASK_REVIEW_APPLICATION);
        return pi;
    }

    /** Approved by the clerk: waiting for a card on the outlet reader. */
    ProcessInstance startAndApprove() {
        ProcessInstance pi = startAndCheck();
        complete(task(), withVariables(VAR_REVIEW_DECISION, DECISION_APPROVE, VAR_REVIEW_COMMENT, "资料齐全 complete"));
        assertThat(pi).isWaitingAt(MESSAGE_EVENT_CARD_PRESENTED);
        return pi;
    }

    /** Card presented and personalised: waiting for the community's sign-off. */
    ProcessInstance startAndPersonalise() {
        ProcessInstance pi = startAndApprove();
        cardIssuance.cardPresented(APPLICATION.applicationId(), UID, READER);
        assertThat(pi).isWaitingAt(TASK_PERSONALISE_CARD);
        execute(job());
        assertThat(pi).isWaitingAt(TASK_COMMUNITY_SIGN_OFF);
        return pi;
    }

    @Test
    void shouldEndRejectedWithTheReasonWhenTheAutomatedChecksReject() {
        issuancePort.checkResult = ApplicationCheck.rejected("该户已有一张卡 the household already has a card",
                FakeCardIssuancePort.SUMMARY);

        ProcessInstance pi = cardIssuance.start(APPLICATION);
        assertThat(pi).hasBusinessKey("APP-2026-0001").isWaitingAt(TASK_CHECK_APPLICATION);
        execute(job());
        assertThat(pi).isWaitingAt(TASK_RECORD_REJECTION);
        execute(job());

        assertThat(pi).isEnded()
                .hasPassedInOrder(TASK_CHECK_APPLICATION, GATEWAY_CHECKS_PASSED, TASK_RECORD_REJECTION,
                        END_APPLICATION_REJECTED)
                .hasNotPassed(TASK_REVIEW_APPLICATION);
        assertThat(issuancePort.calls).containsExactly(
                "check APP-2026-0001 42 000000001234 32030101 ADULT",
                "reject APP-2026-0001 CHECKS 该户已有一张卡 the household already has a card");
        assertThat(historicVariable(pi, VAR_REJECTION_STAGE)).isEqualTo("CHECKS");
        assertThat(historicVariable(pi, VAR_CHECKS_PASSED)).isEqualTo(false);
    }

    @Test
    void shouldEndRejectedWithTheClerksCommentWhenTheReviewRejects() {
        ProcessInstance pi = startAndCheck();
        assertThat(task()).hasName("审核申请 Review application").hasCandidateGroup(GROUP_OUTLET_CLERK);
        assertThat(pi).variables().containsEntry(VAR_APPLICATION_SUMMARY, FakeCardIssuancePort.SUMMARY);

        complete(task(), withVariables(VAR_REVIEW_DECISION, DECISION_REJECT,
                VAR_REVIEW_COMMENT, "缺少居住证明 proof of residence missing"));
        assertThat(pi).isWaitingAt(TASK_RECORD_REJECTION);
        execute(job());

        assertThat(pi).isEnded().hasPassed(TASK_REVIEW_APPLICATION, END_APPLICATION_REJECTED)
                .hasNotPassed(MESSAGE_EVENT_CARD_PRESENTED);
        assertThat(issuancePort.calls).last()
                .isEqualTo("reject APP-2026-0001 REVIEW 缺少居住证明 proof of residence missing");
        assertThat(historicVariable(pi, VAR_REJECTION_STAGE)).isEqualTo("REVIEW");
    }

    @Test
    void shouldGiveTheReviewAndTheSignOffDueDatesInWorkingDays() {
        ProcessInstance pi = startAndCheck();
        // created on Tuesday 2026-11-24 at 10:00 in Shanghai: review within one working day
        assertThat(task().getDueDate()).isEqualTo(Date.from(Instant.parse("2026-11-25T02:00:00Z")));
        assertThat(task().getFollowUpDate()).isNull();

        moveClock(Duration.ofDays(3).plusHours(6)); // Friday 16:00
        complete(task(), withVariables(VAR_REVIEW_DECISION, DECISION_APPROVE, VAR_REVIEW_COMMENT, "资料齐全 complete"));
        cardIssuance.cardPresented("APP-2026-0001", UID, READER);
        execute(job());

        assertThat(pi).isWaitingAt(TASK_COMMUNITY_SIGN_OFF);
        // sign off within three working days (Wednesday), followed up after one (Monday)
        assertThat(task().getDueDate()).isEqualTo(Date.from(Instant.parse("2026-12-02T08:00:00Z")));
        assertThat(task().getFollowUpDate()).isEqualTo(Date.from(Instant.parse("2026-11-30T08:00:00Z")));
    }

    @Test
    void shouldActivateTheCardAfterReviewPersonalisationAndSignOff() {
        ProcessInstance pi = startAndApprove();

        cardIssuance.cardPresented("APP-2026-0001", UID, READER);
        assertThat(pi).isWaitingAt(TASK_PERSONALISE_CARD);
        execute(job());

        assertThat(pi).isWaitingAt(TASK_COMMUNITY_SIGN_OFF)
                .variables().containsEntry(VAR_CARD_NUMBER, FakeCardIssuancePort.CARD_NUMBER)
                .containsEntry(VAR_CARD_UID, UID).containsEntry(VAR_READER_ID, READER);
        Task signOff = task();
        assertThat(signOff).hasName("小区签发 Community sign-off").hasCandidateGroup("community-32030101");
        assertThat(taskService.createTaskQuery().taskCandidateGroup(GROUP_OUTLET_CLERK).count()).isZero();

        complete(signOff, withVariables(VAR_SIGN_OFF_DECISION, DECISION_SIGN, VAR_SIGN_OFF_COMMENT, "同意签发 signed"));
        assertThat(pi).isWaitingAt(TASK_ACTIVATE_CARD);
        execute(job());

        assertThat(pi).isEnded().hasPassedInOrder(TASK_CHECK_APPLICATION, TASK_REVIEW_APPLICATION,
                MESSAGE_EVENT_CARD_PRESENTED, TASK_PERSONALISE_CARD, TASK_COMMUNITY_SIGN_OFF, TASK_ACTIVATE_CARD,
                END_CARD_ACTIVE).hasNotPassed(TASK_RECORD_REJECTION);
        assertThat(issuancePort.calls).containsExactly(
                "check APP-2026-0001 42 000000001234 32030101 ADULT",
                "personalise APP-2026-0001 42 ADULT A1B2C3D4 32039001",
                "activate APP-2026-0001 3203000000000001 000000001234 32030101");
    }

    @Test
    void shouldRetryAFailedCardWriteThreeTimesTenSecondsApartThenRaiseAnIncidentThatSaysWhatToDo() {
        ProcessInstance pi = startAndApprove();
        issuancePort.failPersonalisation(3, "card removed during write of block 4 (63 00)");
        cardIssuance.cardPresented("APP-2026-0001", UID, READER);

        for (int retriesLeft = 2; retriesLeft >= 0; retriesLeft--) {
            executeFailing(pi, "card removed during write of block 4");
            Job job = onlyJob(pi);
            assertThat(job.getRetries()).isEqualTo(retriesLeft);
            if (retriesLeft > 0) {
                assertThat(job.getDuedate().toInstant()).isEqualTo(now().plusSeconds(10));
                assertThat(executableJobs(pi)).as("not due before 10 s").isZero();
                moveClock(Duration.ofSeconds(10));
                assertThat(executableJobs(pi)).isEqualTo(1);
            }
        }

        Incident incident = onlyIncident(pi);
        assertThat(incident.getActivityId()).isEqualTo(TASK_PERSONALISE_CARD);
        assertThat(incident.getIncidentMessage()).isEqualTo(
                "Put the card back on outlet reader 32039001 and retry this job in Cockpit: "
                        + "card removed during write of block 4 (63 00)");
        assertThat(pi).isWaitingAt(TASK_PERSONALISE_CARD);

        // the clerk puts the card back; staff press "retry" in Cockpit (= give the job a retry)
        managementService.setJobRetries(onlyJob(pi).getId(), 1);
        execute(job());

        assertThat(onlyIncident(pi)).isNull();
        assertThat(pi).isWaitingAt(TASK_COMMUNITY_SIGN_OFF)
                .variables().containsEntry(VAR_CARD_NUMBER, FakeCardIssuancePort.CARD_NUMBER);
        assertThat(issuancePort.calls).filteredOn(call -> call.startsWith("personalise")).hasSize(4);
    }

    @Test
    void shouldWaitForAnotherCardWhenTheCardOnTheReaderCannotBeUsed() {
        ProcessInstance pi = startAndApprove();
        issuancePort.personalisations.add(() -> Personalisation.refused("卡片已发行 card already issued"));

        cardIssuance.cardPresented("APP-2026-0001", "0F1E2D3C", READER);
        execute(job());

        assertThat(pi).isWaitingAt(MESSAGE_EVENT_CARD_PRESENTED).hasPassed(ERROR_EVENT_CARD_REJECTED);
        assertThat(onlyIncident(pi)).isNull();
        assertThat(pi).variables().extractingByKey(VAR_CARD_REJECTION_REASON).asString()
                .contains("0F1E2D3C", "卡片已发行 card already issued");

        cardIssuance.cardPresented("APP-2026-0001", UID, READER);
        execute(job());

        assertThat(pi).isWaitingAt(TASK_COMMUNITY_SIGN_OFF)
                .variables().containsEntry(VAR_CARD_UID, UID).doesNotContainKey(VAR_CARD_REJECTION_REASON);
        assertThat(issuancePort.calls).filteredOn(call -> call.startsWith("personalise")).containsExactly(
                "personalise APP-2026-0001 42 ADULT 0F1E2D3C 32039001",
                "personalise APP-2026-0001 42 ADULT A1B2C3D4 32039001");
    }

    @Test
    void shouldRecordTheRefusalWhenTheCommunityRefusesToSignOff() {
        ProcessInstance pi = startAndPersonalise();

        complete(task(), withVariables(VAR_SIGN_OFF_DECISION, DECISION_REFUSE,
                VAR_SIGN_OFF_COMMENT, "此户不在本小区 household not in this community"));
        assertThat(pi).isWaitingAt(TASK_RECORD_REJECTION);
        execute(job());

        assertThat(pi).isEnded().hasPassed(TASK_COMMUNITY_SIGN_OFF, TASK_RECORD_REJECTION, END_APPLICATION_REJECTED)
                .hasNotPassed(TASK_ACTIVATE_CARD);
        assertThat(issuancePort.calls).last()
                .isEqualTo("reject APP-2026-0001 SIGN_OFF 此户不在本小区 household not in this community");
        assertThat(historicVariable(pi, VAR_REJECTION_STAGE)).isEqualTo("SIGN_OFF");
    }

    @Test
    void shouldRaiseAnIncidentThatSaysWhatToDoWhenTheChecksCannotRun() {
        issuancePort.checkFailure = new IllegalStateException("household archive not reachable");
        ProcessInstance pi = cardIssuance.start(APPLICATION);

        for (int attempt = 1; attempt <= 3; attempt++) {
            executeFailing(pi, "household archive not reachable");
            moveClock(Duration.ofMinutes(1));
        }

        assertThat(onlyIncident(pi).getIncidentMessage()).isEqualTo(
                "The automated checks of application APP-2026-0001 could not run; "
                        + "retry this job in Cockpit once the cause is fixed: household archive not reachable");
        assertThat(pi).isWaitingAt(TASK_CHECK_APPLICATION);
    }

    @Test
    void shouldRaiseAnIncidentThatSaysWhatToDoWhenActivationFails() {
        ProcessInstance pi = startAndPersonalise();
        issuancePort.activationFailure = new IllegalStateException("card already signed off for household 000000009999");
        complete(task(), withVariables(VAR_SIGN_OFF_DECISION, DECISION_SIGN, VAR_SIGN_OFF_COMMENT, "同意 ok"));

        for (int attempt = 1; attempt <= 3; attempt++) {
            executeFailing(pi, "already signed off");
            moveClock(Duration.ofMinutes(1));
        }

        assertThat(onlyIncident(pi).getIncidentMessage()).isEqualTo(
                "Activating card 3203000000000001 for household 000000001234 in community 32030101 failed; "
                        + "retry this job in Cockpit once the cause is fixed: "
                        + "card already signed off for household 000000009999");
        assertThat(pi).isWaitingAt(TASK_ACTIVATE_CARD).isNotEnded();
    }

    @Test
    void shouldRefuseToCompleteTheReviewWithADecisionTheModelDoesNotKnow() {
        ProcessInstance pi = startAndCheck();
        Task review = task();

        assertThatThrownBy(() -> taskService.complete(review.getId(),
                withVariables(VAR_REVIEW_DECISION, "maybe", VAR_REVIEW_COMMENT, "?")))
                .isInstanceOf(ProcessEngineException.class)
                .hasMessageContaining(GATEWAY_APPROVED);

        assertThat(pi).isWaitingAt(TASK_REVIEW_APPLICATION);
        assertThat(taskService.createTaskQuery().taskId(review.getId()).count()).isEqualTo(1);
    }

    @Test
    void shouldRefuseACardPresentedBeforeTheApplicationIsApproved() {
        ProcessInstance pi = startAndCheck();

        assertThatThrownBy(() -> cardIssuance.cardPresented("APP-2026-0001", UID, READER))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("Application APP-2026-0001 is not waiting for a card (not approved yet, or already personalised)");
        assertThatThrownBy(() -> cardIssuance.cardPresented("APP-2026-0001", "a1b2c3d4", READER))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("cardUid must be 8 upper-case hex digits, was 'a1b2c3d4'");
        assertThatThrownBy(() -> cardIssuance.cardPresented("APP-2026-0001", UID, "3203900"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("readerId must be 8 digits");

        assertThat(pi).isWaitingAt(TASK_REVIEW_APPLICATION);
        assertThat(pi).variables().doesNotContainKeys(VAR_CARD_UID, VAR_READER_ID);
    }

    @Test
    void shouldRefuseASecondProcessForTheSameApplication() {
        cardIssuance.start(APPLICATION);

        assertThatThrownBy(() -> cardIssuance.start(APPLICATION))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("Application APP-2026-0001 is already being processed");
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey("APP-2026-0001").count())
                .isEqualTo(1);
    }
}
