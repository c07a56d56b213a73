package cn.lianxin.onecard.processes;

import java.util.List;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.DeploymentBuilder;

/**
 * Every resource this module deploys. The BPMN models reference their Camunda Forms with
 * {@code camunda:formRefBinding="deployment"}, so models and forms must be deployed together in
 * one deployment: either through {@link #deploy} or by an auto-deployment whose resource pattern
 * includes the forms (the Spring Boot starter's default deploys {@code *.bpmn} only).
 */
public final class ProcessModels {

    public static final String DEPLOYMENT_NAME = "onecard-processes";

    public static final String CARD_ISSUANCE_BPMN = "bpmn/card-issuance.bpmn";
    public static final String CARD_LOSS_AND_REPLACEMENT_BPMN = "bpmn/card-loss-and-replacement.bpmn";
    public static final String REVIEW_APPLICATION_FORM = "bpmn/review-application.form";
    public static final String COMMUNITY_SIGN_OFF_FORM = "bpmn/community-sign-off.form";
    public static final String RULE_CHANGE_BPMN = "bpmn/rule-change.bpmn";
    public static final String APPROVE_RULE_CHANGE_FORM = "bpmn/approve-rule-change.form";

    public static final List<String> RESOURCES = List.of(
            CARD_ISSUANCE_BPMN, CARD_LOSS_AND_REPLACEMENT_BPMN, REVIEW_APPLICATION_FORM, COMMUNITY_SIGN_OFF_FORM,
            RULE_CHANGE_BPMN, APPROVE_RULE_CHANGE_FORM);

    private ProcessModels() {
    }

    /**
     * Deploys every resource in one deployment; a resource set identical to the last deployment
     * is not deployed again (the existing process definitions stay current).
     */
    public static Deployment deploy(RepositoryService repositoryService) {
        DeploymentBuilder builder = repositoryService.createDeployment()
                .name(DEPLOYMENT_NAME)
                .enableDuplicateFiltering(false);
        RESOURCES.forEach(resource -> builder.addClasspathResource(resource));
        return builder.deploy();
    }
}
