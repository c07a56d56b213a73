package cn.lianxin.onecard.integration.exchange;

import org.apache.camel.builder.RouteConfigurationBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The one error handling of the exchange routes: a failed exchange is retried a bounded number
 * of times, then its original message is written to the dead-letter directory
 * ({@code onecard.exchange.dead-letter-uri}) and the failure logged with the route id and file
 * name. Routes opt in with {@code routeConfigurationId(ExchangeErrorHandling.ID)}.
 */
@Component
public class ExchangeErrorHandling extends RouteConfigurationBuilder {

    /** The id routes name to use this error handling. */
    public static final String ID = "exchange-error-handling";

    private final int redeliveries;
    private final long redeliveryDelayMs;

    public ExchangeErrorHandling(@Value("${onecard.exchange.redeliveries:3}") int redeliveries,
                                 @Value("${onecard.exchange.redelivery-delay-ms:1000}") long redeliveryDelayMs) {
        this.redeliveries = redeliveries;
        this.redeliveryDelayMs = redeliveryDelayMs;
    }

    @Override
    public void configuration() {
        routeConfiguration(ID).errorHandler(deadLetterChannel("{{onecard.exchange.dead-letter-uri}}")
                .useOriginalMessage()
                .maximumRedeliveries(redeliveries)
                .redeliveryDelay(redeliveryDelayMs)
                .retryAttemptedLogLevel(org.apache.camel.LoggingLevel.WARN)
                .logExhausted(true)
                .logExhaustedMessageHistory(false));
    }
}
