package cn.lianxin.onecard.processes.card;

import static cn.lianxin.onecard.processes.card.CardLossAndReplacement.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;

import cn.lianxin.onecard.processes.ProcessModels;
import java.time.Duration;
import java.util.Map;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

@Deployment(resources = ProcessModels.CARD_LOSS_AND_REPLACEMENT_BPMN)
class CardLossAndReplacementProcessTest extends ProcessTestSupport {

    @RegisterExtension
    static final ProcessEngineExtension ENGINE = engineExtension();

    static final String LOST = "3203000000000002";
    static final String REPLACEMENT = "3203000000000077";

    CardLossAndReplacement cardLoss;

    @BeforeEach
    void createApi() {
        cardLoss = new CardLossAndReplacement(runtimeService);
    }

    /** Asserts the cooling timer is due exactly {@code period} after the report, then lets it fire. */
    void coolingPeriodPasses(ProcessInstance pi, Duration period) {
        assertThat(pi).isWaitingAt(TIMER_COOLING_PERIOD);
        Job timer = onlyJob(pi);
        assertThat(timer.getDuedate().toInstant()).isEqualTo(NOW.plus(period));

        moveClock(period.minusSeconds(1));
        assertThat(executableJobs(pi)).as("timer not due one second early").isZero();
        moveClock(Duration.ofSeconds(1));
        assertThat(executableJobs(pi)).isEqualTo(1);

        execute(job());
        assertThat(pi).isWaitingAt(TASK_FIND_REPLACEMENT_CARD);
    }

    @Test
    void shouldBlacklistAtOnceAndMoveTheBalanceToTheReplacementAfterSevenDays() {
        ProcessInstance pi = cardLoss.reportLoss(LossReport.of(LOST));

        assertThat(pi).hasBusinessKey(LOST).hasPassed(TASK_BLACKLIST_CARD);
        assertThat(lossPort.calls).containsExactly("blacklist 3203000000000002 01");

        lossPort.replacementCardNumber = REPLACEMENT;
        coolingPeriodPasses(pi, Duration.ofDays(7));
        execute(job());
        assertThat(pi).isWaitingAt(TASK_TRANSFER_BALANCE);
        execute(job());

        assertThat(pi).isEnded().hasPassedInOrder(START_LOSS_REPORTED, TASK_BLACKLIST_CARD, TIMER_COOLING_PERIOD,
                TASK_FIND_REPLACEMENT_CARD, GATEWAY_REPLACEMENT_ISSUED, TASK_TRANSFER_BALANCE, END_BALANCE_TRANSFERRED)
                .hasNotPassed(GATEWAY_AWAIT_REPLACEMENT);
        assertThat(lossPort.calls).containsExactly(
                "blacklist 3203000000000002 01",
                "find replacement 3203000000000002",
                "transfer 3203000000000002 -> 3203000000000077");
        assertThat(historicVariable(pi, VAR_TRANSFERRED_FEN)).isEqualTo(12_345L);
        assertThat(historicVariable(pi, VAR_REPLACEMENT_CARD_NUMBER)).isEqualTo(REPLACEMENT);
    }

    @Test
    void shouldWaitTheCoolingPeriodTheReportGives() {
        lossPort.replacementCardNumber = REPLACEMENT;
        ProcessInstance pi = cardLoss.reportLoss(new LossReport(LOST, "PT12H"));

        coolingPeriodPasses(pi, Duration.ofHours(12));
        execute(job());
        execute(job());

        assertThat(pi).isEnded().hasPassed(END_BALANCE_TRANSFERRED);
    }

    @Test
    void shouldWaitSevenDaysWhenStartedWithoutACoolingPeriod() {
        // e.g. started from Cockpit or the REST API without the variable
        lossPort.replacementCardNumber = REPLACEMENT;
        ProcessInstance pi = runtimeService.startProcessInstanceByKey(PROCESS_ID, LOST, Map.of(VAR_CARD_NUMBER, LOST));

        coolingPeriodPasses(pi, Duration.ofDays(7));
    }

    @Test
    void shouldWaitForTheReplacementWhenNoneHasBeenIssuedWhenTheCoolingPeriodEnds() {
        ProcessInstance pi = cardLoss.reportLoss(LossReport.of(LOST));
        coolingPeriodPasses(pi, Duration.ofDays(7));
        execute(job());

        assertThat(pi).isWaitingAt(GATEWAY_AWAIT_REPLACEMENT).isWaitingFor(MESSAGE_REPLACEMENT_ISSUED);
        assertThat(managementService.createJobQuery().processInstanceId(pi.getId()).timers().count()).isEqualTo(1);
        assertThat(lossPort.calls).doesNotContain("transfer 3203000000000002 -> 3203000000000077");

        moveClock(Duration.ofHours(5));
        assertThat(cardLoss.replacementIssued(LOST, REPLACEMENT)).isTrue();
        assertThat(pi).isWaitingAt(TASK_TRANSFER_BALANCE);
        execute(job());

        assertThat(pi).isEnded().hasPassed(MESSAGE_EVENT_REPLACEMENT_ISSUED, END_BALANCE_TRANSFERRED)
                .hasNotPassed(TIMER_RECHECK_REPLACEMENT);
        assertThat(lossPort.calls).last().isEqualTo("transfer 3203000000000002 -> 3203000000000077");
        assertThat(managementService.createJobQuery().count()).as("recheck timer removed").isZero();
    }

    @Test
    void shouldFindAReplacementWhoseMessageNeverArrivedAtTheDailyRecheck() {
        ProcessInstance pi = cardLoss.reportLoss(LossReport.of(LOST));
        coolingPeriodPasses(pi, Duration.ofDays(7));
        execute(job());
        assertThat(pi).isWaitingAt(GATEWAY_AWAIT_REPLACEMENT).isWaitingFor(MESSAGE_REPLACEMENT_ISSUED);

        // issued, but the message was sent before the process was waiting for it (or got lost)
        lossPort.replacementCardNumber = REPLACEMENT;
        Job recheck = managementService.createJobQuery().processInstanceId(pi.getId()).timers().singleResult();
        assertThat(recheck.getDuedate().toInstant()).isEqualTo(now().plus(Duration.ofDays(1)));
        moveClock(Duration.ofDays(1));
        execute(recheck);
        assertThat(pi).isWaitingAt(TASK_FIND_REPLACEMENT_CARD);
        execute(job());
        execute(job());

        assertThat(pi).isEnded().hasPassed(TIMER_RECHECK_REPLACEMENT, END_BALANCE_TRANSFERRED)
                .hasNotPassed(MESSAGE_EVENT_REPLACEMENT_ISSUED);
        assertThat(lossPort.calls).filteredOn(call -> call.startsWith("find")).hasSize(2);
    }

    @Test
    void shouldLeaveAReplacementIssuedDuringTheCoolingPeriodForTheLookupAfterIt() {
        ProcessInstance pi = cardLoss.reportLoss(LossReport.of(LOST));
        moveClock(Duration.ofDays(2));
        lossPort.replacementCardNumber = REPLACEMENT;

        assertThat(cardLoss.replacementIssued(LOST, REPLACEMENT)).as("nobody waiting yet").isFalse();
        assertThat(pi).isWaitingAt(TIMER_COOLING_PERIOD);
        assertThat(executableJobs(pi)).as("the balance does not move early").isZero();

        moveClock(Duration.ofDays(5));
        execute(job());
        execute(job());
        execute(job());
        assertThat(pi).isEnded().hasPassed(END_BALANCE_TRANSFERRED).hasNotPassed(GATEWAY_AWAIT_REPLACEMENT);
    }

    @Test
    void shouldRetryAFailedTransferThenRaiseAnIncidentThatSaysWhatToDo() {
        lossPort.replacementCardNumber = REPLACEMENT;
        lossPort.transferFailuresLeft = 3;
        ProcessInstance pi = cardLoss.reportLoss(LossReport.of(LOST));
        coolingPeriodPasses(pi, Duration.ofDays(7));
        execute(job());

        for (int retriesLeft = 2; retriesLeft >= 0; retriesLeft--) {
            executeFailing(pi, "ledger database not reachable");
            assertThat(onlyJob(pi).getRetries()).isEqualTo(retriesLeft);
            moveClock(Duration.ofMinutes(10));
        }
        assertThat(onlyIncident(pi).getIncidentMessage()).isEqualTo(
                "Moving the balance of lost card 3203000000000002 to card 3203000000000077 failed; "
                        + "retry this job in Cockpit once the cause is fixed: ledger database not reachable");

        managementService.setJobRetries(onlyJob(pi).getId(), 1);
        execute(job());
        assertThat(pi).isEnded().hasPassed(END_BALANCE_TRANSFERRED);
        assertThat(onlyIncident(pi)).isNull();
    }

    @Test
    void shouldRecordNothingWhenTheCardCannotBeBlacklisted() {
        lossPort.blacklistFailure = new IllegalStateException("blacklist table locked");

        assertThatThrownBy(() -> cardLoss.reportLoss(LossReport.of(LOST)))
                .hasMessage("Card 3203000000000002 could not be blacklisted, so the loss is not recorded; "
                        + "report the loss again: blacklist table locked");

        assertThat(runtimeService.createProcessInstanceQuery().count()).isZero();
        assertThat(historyService.createHistoricProcessInstanceQuery().count()).isZero();
        assertThat(managementService.createJobQuery().count()).isZero();
    }

    @Test
    void shouldRefuseASecondReportOfTheSameLossAndACardReplacingItself() {
        cardLoss.reportLoss(LossReport.of(LOST));

        assertThatThrownBy(() -> cardLoss.reportLoss(LossReport.of(LOST)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("Card 3203000000000002 is already reported lost");
        assertThatThrownBy(() -> cardLoss.replacementIssued(LOST, LOST))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a card cannot replace itself: 3203000000000002");
        assertThat(lossPort.calls).containsExactly("blacklist 3203000000000002 01");
    }
}
