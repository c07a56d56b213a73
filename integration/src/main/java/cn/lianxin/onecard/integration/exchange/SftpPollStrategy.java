package cn.lianxin.onecard.integration.exchange;

import org.apache.camel.Consumer;
import org.apache.camel.Endpoint;
import org.apache.camel.spi.PollingConsumerPollStrategy;
import org.apache.camel.spi.RouteIdAware;
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
 */
@Component(SftpPollStrategy.BEAN)
public class SftpPollStrategy implements PollingConsumerPollStrategy {

    /** The bean name the endpoints refer to. */
    public static final String BEAN = "sftpPollStrategy";

    private final SftpChannelReports reports;

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
        return false; // no retry now: counted as an error poll, so the consumer backs off
    }

    private static String routeId(Consumer consumer) {
        return consumer instanceof RouteIdAware aware && aware.getRouteId() != null ? aware.getRouteId() : "?";
    }

    /** The pollers' route ids end in the community: {@code sftp-upload-poll-32030102}. */
    static String community(String routeId) {
        return routeId.substring(routeId.lastIndexOf('-') + 1);
    }
}
