package cn.lianxin.onecard.processes.card;

import static cn.lianxin.onecard.processes.card.CardIssuance.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import cn.lianxin.onecard.processes.ProcessModels;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.form.CamundaFormRef;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The forms as Tasklist gets them from the engine (Tasklist asks for the task's deployed form,
 * exactly as here): the right form for each task, the data it shows is there, and what it submits
 * is what the gateways test.
 */
@Deployment(resources = {ProcessModels.CARD_ISSUANCE_BPMN, ProcessModels.REVIEW_APPLICATION_FORM,
        ProcessModels.COMMUNITY_SIGN_OFF_FORM})
class CardIssuanceFormsTest extends ProcessTestSupport {

    @RegisterExtension
    static final ProcessEngineExtension ENGINE = engineExtension();

    @Test
    void shouldGiveTheReviewTaskItsFormShowingTheApplicationAndAskingForADecision() throws IOException {
        CardIssuance cardIssuance = new CardIssuance(runtimeService);
        ProcessInstance pi = cardIssuance.start(CardIssuanceProcessTest.APPLICATION);
        execute(job(pi));
        Task review = task(pi);

        CamundaFormRef ref = formService().getTaskFormData(review.getId()).getCamundaFormRef();
        assertThat(ref.getKey()).isEqualTo(FORM_REVIEW_APPLICATION);
        assertThat(ref.getBinding()).isEqualTo("deployment");

        Map<String, Object> form = deployedForm(review);
        assertThat(form).containsEntry("id", FORM_REVIEW_APPLICATION);
        assertShowsOnlyVariablesTheTaskHas(form, review);
        assertThat(FormSchema.keysOfDisabledFields(form)).contains(VAR_APPLICATION_ID, VAR_APPLICATION_SUMMARY,
                VAR_HOUSEHOLD_ID, VAR_COMMUNITY_ID);
        assertThat(FormSchema.radioValues(form, VAR_REVIEW_DECISION)).containsExactly(DECISION_APPROVE, DECISION_REJECT);
        assertThat(FormSchema.requiredKeys(form)).containsExactlyInAnyOrder(VAR_REVIEW_DECISION, VAR_REVIEW_COMMENT);
    }

    @Test
    void shouldGiveTheSignOffTaskItsFormShowingTheCardAndAskingForADecision() throws IOException {
        CardIssuance cardIssuance = new CardIssuance(runtimeService);
        ProcessInstance pi = cardIssuance.start(CardIssuanceProcessTest.APPLICATION);
        execute(job(pi));
        complete(task(pi), withVariables(VAR_REVIEW_DECISION, DECISION_APPROVE, VAR_REVIEW_COMMENT, "ok"));
        cardIssuance.cardPresented("APP-2026-0001", "A1B2C3D4", "32039001");
        execute(job(pi));
        Task signOff = task(pi);

        assertThat(formService().getTaskFormData(signOff.getId()).getCamundaFormRef().getKey())
                .isEqualTo(FORM_COMMUNITY_SIGN_OFF);
        Map<String, Object> form = deployedForm(signOff);
        assertThat(form).containsEntry("id", FORM_COMMUNITY_SIGN_OFF);
        assertShowsOnlyVariablesTheTaskHas(form, signOff);
        assertThat(FormSchema.keysOfDisabledFields(form)).contains(VAR_CARD_NUMBER, VAR_CARD_UID, VAR_HOUSEHOLD_ID);
        assertThat(FormSchema.radioValues(form, VAR_SIGN_OFF_DECISION)).containsExactly(DECISION_SIGN, DECISION_REFUSE);
        assertThat(FormSchema.requiredKeys(form)).containsExactlyInAnyOrder(VAR_SIGN_OFF_DECISION, VAR_SIGN_OFF_COMMENT);
    }

    /**
     * Fields shown read-only are disabled (Tasklist does not submit disabled fields, so the id
     * variables keep their types) and each shows a variable the process has at that task.
     */
    private void assertShowsOnlyVariablesTheTaskHas(Map<String, Object> form, Task task) {
        List<String> shown = FormSchema.keysOfDisabledFields(form);
        assertThat(shown).isNotEmpty();
        assertThat(taskService.getVariables(task.getId()).keySet()).containsAll(shown);
        assertThat(FormSchema.keysOfEditableFields(form)).doesNotContainAnyElementsOf(shown);
    }

    private Map<String, Object> deployedForm(Task task) throws IOException {
        try (InputStream in = formService().getDeployedTaskForm(task.getId())) {
            return FormSchema.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    private FormService formService() {
        return engine.getFormService();
    }
}
