package cn.lianxin.onecard.app.card;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.RETURNS_DEEP_STUBS;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import cn.lianxin.onecard.processes.card.CardIssuance;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;

/**
 * An application viewed while its process ends: the job executor may end the instance between
 * listing it and reading where it waits (seen in CI as a 500 for a rejected application).
 */
class CardProcessServiceViewTest {

    private final CardApplications applications = mock(CardApplications.class);
    private final RuntimeService runtime = mock(RuntimeService.class, RETURNS_DEEP_STUBS);
    private final CardProcessService service = new CardProcessService(null, applications, null, null, null, null, null,
            runtime, Clock.systemUTC(), "P7D");

    @Test
    void shouldShowAnApplicationWhoseProcessEndedWhileItWasReadAsWaitingNowhere() {
        CardApplications.Application rejected = new CardApplications.Application("APP0000000001", 548, "000000001181",
                "32030101", "02", "32039001", "REJECTED", null, "CHECKS", "does not belong to household 000000001181");
        when(applications.find("APP0000000001")).thenReturn(Optional.of(rejected));
        ProcessInstance ending = mock(ProcessInstance.class);
        when(ending.getId()).thenReturn("248c1328");
        when(runtime.createProcessInstanceQuery().processInstanceBusinessKey("APP0000000001")
                .processDefinitionKey(CardIssuance.PROCESS_ID).list()).thenReturn(List.of(ending));
        // as the engine says it when the job executor ends the instance during the look (CI saw both)
        when(runtime.getActiveActivityIds("248c1328")).thenThrow(new NullValueException(
                "execution 248c1328 doesn't exist"), new ProcessEngineException(
                "Cannot restore state of process instance 248c1328: list of executions is empty"));
        when(runtime.createProcessInstanceQuery().processInstanceId("248c1328").count()).thenReturn(0L);

        for (int look = 0; look < 2; look++) {
            CardProcessService.ApplicationView view = service.view("APP0000000001");

            assertThat(view.application().status()).isEqualTo("REJECTED");
            assertThat(view.waitingAt()).isEmpty();
        }
    }
}
