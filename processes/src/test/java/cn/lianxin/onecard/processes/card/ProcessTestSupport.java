package cn.lianxin.onecard.processes.card;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import cn.lianxin.onecard.processes.task.TaskDeadlines;
import cn.lianxin.onecard.processes.task.TestDeadlines;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * The in-memory engine of camunda.cfg.xml, the delegates wired to fake ports under their bean
 * names, and a clock the tests move. Jobs run only when a test executes them. Each test class
 * registers its own {@link #engineExtension()} (one shared instance across classes is not
 * supported by the extension).
 */
abstract class ProcessTestSupport {

    /** The engine for one test class; fails a test that leaves data behind. */
    static ProcessEngineExtension engineExtension() {
        return ProcessEngineExtension.builder()
                .configurationResource("camunda.cfg.xml")
                .ensureCleanAfterTest(true)
                .build();
    }

    /** 2026-11-24 10:00 in Asia/Shanghai. */
    static final Instant NOW = Instant.parse("2026-11-24T02:00:00Z");

    final FakeCardIssuancePort issuancePort = new FakeCardIssuancePort();
    final FakeCardLossPort lossPort = new FakeCardLossPort();

    ProcessEngine engine;
    RuntimeService runtimeService;
    TaskService taskService;
    ManagementService managementService;
    HistoryService historyService;

    @BeforeEach
    void wireEngine(ProcessEngine engine) {
        this.engine = engine;
        runtimeService = engine.getRuntimeService();
        taskService = engine.getTaskService();
        managementService = engine.getManagementService();
        historyService = engine.getHistoryService();
        BpmnAwareTests.init(engine);
        CardProcessDelegates.create(issuancePort, lossPort).forEach(Mocks::register);
        Mocks.register(TaskDeadlines.BEAN_NAME, TestDeadlines.create());
        ClockUtil.setCurrentTime(Date.from(NOW));
    }

    @AfterEach
    void resetEngineState() {
        Mocks.reset();
        ClockUtil.reset();
        BpmnAwareTests.reset();
    }

    Instant now() {
        return ClockUtil.getCurrentTime().toInstant();
    }

    void moveClock(Duration by) {
        ClockUtil.setCurrentTime(Date.from(now().plus(by)));
    }

    Job onlyJob(ProcessInstance pi) {
        return managementService.createJobQuery().processInstanceId(pi.getId()).singleResult();
    }

    long executableJobs(ProcessInstance pi) {
        return managementService.createJobQuery().processInstanceId(pi.getId()).executable().count();
    }

    /** Runs the instance's only job and expects it to fail with a message containing the text. */
    void executeFailing(ProcessInstance pi, String messagePart) {
        Job job = onlyJob(pi);
        assertThatThrownBy(() -> managementService.executeJob(job.getId())).hasMessageContaining(messagePart);
    }

    Incident onlyIncident(ProcessInstance pi) {
        return runtimeService.createIncidentQuery().processInstanceId(pi.getId()).singleResult();
    }

    /** A variable's last value from history (works after the instance has ended). */
    Object historicVariable(ProcessInstance pi, String name) {
        HistoricVariableInstance variable = historyService.createHistoricVariableInstanceQuery()
                .processInstanceId(pi.getId()).variableName(name).singleResult();
        assertThat(variable).as("historic variable %s", name).isNotNull();
        return variable.getValue();
    }
}
