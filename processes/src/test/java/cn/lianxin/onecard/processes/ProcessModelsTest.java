package cn.lianxin.onecard.processes;

import static org.assertj.core.api.Assertions.assertThat;

import cn.lianxin.onecard.processes.card.CardIssuance;
import cn.lianxin.onecard.processes.card.CardLossAndReplacement;
import cn.lianxin.onecard.processes.rule.RuleChange;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The app's way to deploy: one deployment with every model and form, not repeated when unchanged. */
class ProcessModelsTest {

    @RegisterExtension
    static final ProcessEngineExtension ENGINE = ProcessEngineExtension.builder()
            .configurationResource("camunda.cfg.xml")
            .build();

    private RepositoryService repositoryService() {
        ProcessEngine engine = ENGINE.getProcessEngine();
        return engine.getRepositoryService();
    }

    @AfterEach
    void removeDeployments() {
        repositoryService().createDeploymentQuery().list()
                .forEach(d -> repositoryService().deleteDeployment(d.getId(), true));
    }

    @Test
    void shouldDeployEveryModelWithItsFormsOnceInOneDeployment() {
        Deployment first = ProcessModels.deploy(repositoryService());
        Deployment second = ProcessModels.deploy(repositoryService());

        assertThat(second.getId()).as("unchanged resources are not deployed again").isEqualTo(first.getId());
        assertThat(repositoryService().getDeploymentResourceNames(first.getId()))
                .containsExactlyInAnyOrderElementsOf(ProcessModels.RESOURCES);
        assertThat(repositoryService().createProcessDefinitionQuery().deploymentId(first.getId()).list())
                .extracting(d -> d.getKey())
                .containsExactlyInAnyOrder(CardIssuance.PROCESS_ID, CardLossAndReplacement.PROCESS_ID, RuleChange.PROCESS_ID);
    }
}
