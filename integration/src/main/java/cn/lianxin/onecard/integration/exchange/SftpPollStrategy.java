package cn.lianxin.onecard.integration.exchange;

import java.util.Collections;
import java.util.Set;
import java.util.WeakHashMap;
import org.apache.camel.Consumer;
import org.apache.camel.Endpoint;
import org.apache.camel.Exchange;
import org.apache.camel.spi.ExceptionHandler;
import org.apache.camel.spi.PollingConsumerPollStrategy;
import org.apache.camel.spi.RouteIdAware;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The poll strategy of every SFTP poller ({@code pollStrategy=#sftpPollStrategy}): a poll that
 * logged in and listed the directory is a success of the community's channel, a poll that could
 * not — the connection, the host key, the login or the listing refused — a failure with the SSH
 * client's reason, reported once per poll to {@link SftpChannelReports} (which logs it). It never
 * retries within the poll: the next try is the next scheduled poll, later still once the
 * consumer backs off ({@code backoffErrorThreshold}, {@code backoffMultiplier}).
 *
 * <p>It is the pollers' {@code exceptionHandler} too: Camel hands it the failure of a poll once
 * more after the rollback ("Failed polling endpoint …", a WARN with the stack trace by default);
 * one already reported is logged only at DEBUG, so a failed poll is one WARN line. Anything else
 * the consumer meets is logged at WARN, with its stack trace, as Camel would.
 */
@Component(SftpPollStrategy.BEAN)
public class SftpPollStrategy implements PollingConsumerPollStrategy, ExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(SftpPollStrategy.class);

    /** The bean name the endpoints refer to. */
    public static final String BEAN = "sftpPollStrategy";

    private final SftpChannelReports reports;
    /** Failures the rollback reported, until Camel hands them to the exception handler. */
    private final Set<Throwable> reported = Collections.synchronizedSet(Collections.newSetFromMap(new WeakHashMap<>()));

    public SftpPollStrategy(SftpChannelReports reports) {
        this.reports = reports;
    }

    /** With the app's reports, or none where there is no app (a route test). */
    @Autowired
    public SftpPollStrategy(ObjectProvider<SftpChannelReports> reports) {
        this(reports.getIfAvailable(() -> SftpChannelReports.NONE));
    }

    @Override
    public boolean begin(Consumer consumer, Endpoint endpoint) {
        return true;
    }

    @Override
    public void commit(Consumer consumer, Endpoint endpoint, int polledMessages) {
        String routeId = routeId(consumer);
        reports.succeeded(community(routeId), routeId);
    }

    @Override
    public boolean rollback(Consumer consumer, Endpoint endpoint, int retryCounter, Exception cause) {
        String routeId = routeId(consumer);
        reports.failed(community(routeId), routeId, SftpFailures.reason(cause));
        reported.add(cause);
        return false; // no retry now: counted as an error poll, so the consumer backs off
    }

    @Override
    public void handleException(Throwable exception) {
        handleException(null, null, exception);
    }

    @Override
    public void handleException(String message, Throwable exception) {
        handleException(message, null, exception);
    }

    @Override
    public void handleException(String message, Exchange exchange, Throwable exception) {
        if (exception != null && reported.remove(exception)) {
            log.debug("{} (reported as the channel's failure)", message, exception);
        } else {
            log.warn("{}{}", message == null ? "SFTP consumer failed" : message,
                    exchange == null ? "" : " (exchange " + exchange.getExchangeId() + ")", exception);
        }
    }

    private static String routeId(Consumer consumer) {
        return consumer instanceof RouteIdAware aware && aware.getRouteId() != null ? aware.getRouteId() : "?";
    }

    /** The pollers' route ids end in the community: {@code sftp-upload-poll-32030102}. */
    static String community(String routeId) {
        return routeId.substring(routeId.lastIndexOf('-') + 1);
    }
}
