package cn.lianxin.onecard.integration.exchange;

import org.apache.camel.Exchange;
import org.apache.camel.LoggingLevel;
import org.apache.camel.builder.RouteConfigurationBuilder;
import org.springframework.stereotype.Component;

/**
 * The one error handler of every route of the project (each names it with
 * {@code routeConfigurationId(ErrorHandling.ID)}; the internal {@code direct:} hops have none, so
 * a failure returns to the route that called them): a technical failure — database away, disk
 * full, server unreachable — is redelivered {@code onecard.exchange.maximum-redeliveries} times
 * (bounded), the first after {@code redelivery-delay} and each next after twice as long, then the
 * original message goes to the one dead-letter route ({@link DeadLetterRoute}), which keeps it
 * where its kind of work belongs and logs it once. A community SFTP server that refuses the
 * centre (changed host key, refused login) is not redelivered: the first refusal goes to the dead
 * letter. Business refusals are not errors: they are answered by the pipeline that found them.
 */
@Component
public class ErrorHandling extends RouteConfigurationBuilder {

    /** The id routes name to use this error handling. */
    public static final String ID = "error-handling";
    /** Where an exchange goes when its redeliveries are spent. */
    public static final String DEAD_LETTER = "direct:dead-letter";
    /**
     * Exchange property: the redeliveries made so far. Camel counts them in a header, which the
     * return to the original message drops; a property stays.
     */
    public static final String REDELIVERIES = "OnecardRedeliveries";

    private final ExchangeProperties properties;

    public ErrorHandling(ExchangeProperties properties) {
        this.properties = properties;
    }

    @Override
    public void configuration() {
        var configuration = routeConfiguration(ID);
        // a community server refusing the centre (host key, login) is kept at once: a redelivery
        // would only be one more refused login on its fail2ban count (SftpFailures.isRefusal)
        configuration.onException(Exception.class).onWhen(exchange -> SftpFailures.isRefusal(exchange.getException() != null
                        ? exchange.getException() : exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Throwable.class)))
                .maximumRedeliveries(0);
        configuration.errorHandler(deadLetterChannel(DEAD_LETTER)
                .useOriginalMessage()
                .maximumRedeliveries(properties.getMaximumRedeliveries())
                .redeliveryDelay(properties.getRedeliveryDelay().toMillis())
                .useExponentialBackOff()
                .backOffMultiplier(2)
                .onRedelivery(exchange -> exchange.setProperty(REDELIVERIES,
                        exchange.getProperty(REDELIVERIES, 0, Integer.class) + 1))
                .retryAttemptedLogLevel(LoggingLevel.WARN)
                .logExhausted(false)); // the dead-letter route logs it, once
    }
}
