package cn.lianxin.onecard.app.ruleset;

import cn.lianxin.onecard.processes.rule.ApprovalRefusedException;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import org.camunda.bpm.engine.rest.dto.ExceptionDto;
import org.camunda.bpm.engine.rest.exception.ExceptionHandlerHelper;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The engine REST API's answer when the approval listener refuses a decision (the submitter
 * approving their own change, someone who is no rule approver, nobody named): 403 with the
 * listener's reason, in the engine's own error shape ({@code type}, {@code message}). Without
 * this the engine reports it as any failed completion, 500 "Cannot complete task".
 */
@Configuration
class ApprovalRefusalMapping {

    @Bean
    ResourceConfigCustomizer approvalRefusalAnswers() {
        return config -> config.register(RefusedCompletion.class);
    }

    /** Takes precedence over Camunda's own mapper of {@link RestException} (default priority USER). */
    @Priority(Priorities.USER - 100)
    static final class RefusedCompletion implements ExceptionMapper<RestException> {

        @Override
        public Response toResponse(RestException exception) {
            for (Throwable t = exception; t != null; t = t.getCause() == t ? null : t.getCause()) {
                if (t instanceof ApprovalRefusedException refused) {
                    ExceptionDto dto = ExceptionHandlerHelper.getInstance().fromException(refused);
                    return Response.status(Response.Status.FORBIDDEN).entity(dto).type(MediaType.APPLICATION_JSON_TYPE).build();
                }
            }
            return ExceptionHandlerHelper.getInstance().getResponse(exception);
        }
    }
}
