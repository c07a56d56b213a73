package cn.lianxin.onecard.integration.upload;

import org.apache.camel.builder.RouteConfigurationBuilder;
import org.springframework.stereotype.Component;

/**
 * The one error handler of the upload routes: a file whose processing fails for a technical
 * reason (database down, disk full) is redelivered a bounded number of times with back-off, then
 * goes to the dead letter ({@code direct:upload-dead-letter}). Business rejections are not errors:
 * they are answered and quarantined by the pipeline.
 */
@Component
public class UploadErrorHandling extends RouteConfigurationBuilder {

    private final UploadProperties properties;

    public UploadErrorHandling(UploadProperties properties) {
        this.properties = properties;
    }

    @Override
    public void configuration() {
        routeConfiguration(UploadRoutes.ERROR_HANDLING).errorHandler(deadLetterChannel(UploadRoutes.DEAD_LETTER)
                .useOriginalMessage()
                .maximumRedeliveries(properties.getMaximumRedeliveries())
                .redeliveryDelay(properties.getRedeliveryDelay().toMillis())
                .useExponentialBackOff()
                .backOffMultiplier(2)
                .retryAttemptedLogLevel(org.apache.camel.LoggingLevel.WARN)
                .logExhausted(true));
    }
}
