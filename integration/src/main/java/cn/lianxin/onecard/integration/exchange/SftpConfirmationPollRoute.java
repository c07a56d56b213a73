package cn.lianxin.onecard.integration.exchange;

import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.builder.TemplatedRouteBuilder;
import org.springframework.stereotype.Component;

/**
 * Collects blacklist confirmations ({@code BLA_*.DAT}) from the {@code <sftp path>} directory of
 * each SFTP community's server — where its consumption uploads lie too (the upload poller takes
 * only {@code CONS_*.DAT}) — on the community's schedule (cron, seconds first; else every
 * {@code onecard.exchange.sftp.poll-delay}). One route per community from the template
 * {@value #TEMPLATE}, added with {@link #poll(CamelContext, DownloadTarget)} and removed with
 * {@link #stop(CamelContext, String)}; a collected file is deleted from the server and handed to
 * the {@link ConfirmationReceiver}. Nothing connects at start ({@code autoCreate=false}): a server
 * that is away only makes its polls fail (logged).
 */
@Component
public class SftpConfirmationPollRoute extends RouteBuilder {

    static final String TEMPLATE = "sftp-confirmation-poll";

    private final ConfirmationReceiver receiver;
    private final SftpEndpoints sftp;

    public SftpConfirmationPollRoute(ConfirmationReceiver receiver, ExchangeProperties properties) {
        this.receiver = receiver;
        this.sftp = new SftpEndpoints(properties);
    }

    @Override
    public void configure() {
        routeTemplate(TEMPLATE)
                .templateParameter("community").templateParameter("endpoint")
                .from("{{endpoint}}")
                .routeConfigurationId(ErrorHandling.ID)
                .setProperty(Work.COMMUNITY, simple("{{community}}"))
                .process(exchange -> {
                    String community = exchange.getProperty(Work.COMMUNITY, String.class);
                    Work.CONFIRMATION.mark(exchange, community, Channel.SFTP);
                    String name = exchange.getIn().getHeader("CamelFileNameOnly", String.class);
                    LogContext.of(exchange, community, name);
                    exchange.getIn().setHeader("onecardOutcome",
                            receiver.record(community, name, exchange.getIn().getBody(byte[].class)).reason());
                })
                .log("confirmation ${header.CamelFileNameOnly} from SFTP: ${header.onecardOutcome}");
    }

    /**
     * Starts (or restarts with new settings) the collection from {@code target}'s server; returns
     * the route id, {@code sftp-confirmation-poll-<community>}.
     */
    public String poll(CamelContext camel, DownloadTarget target) throws Exception {
        if (target.channel() != Channel.SFTP) {
            throw new IllegalArgumentException("community " + target.communityId() + " does not use SFTP");
        }
        String routeId = stop(camel, target.communityId());
        TemplatedRouteBuilder.builder(camel, TEMPLATE).routeId(routeId)
                .parameter("community", target.communityId())
                .parameter("endpoint", sftp.uri(target.communityId(), target.sftpHost(), target.sftpPort(),
                        target.sftpUser(), target.sftpDirectory("")) + "&include=BLA_.*\\.DAT&delete=true&autoCreate=false&"
                        + sftp.schedule(target.sftpSchedule()) + sftp.pollOptions())
                .add();
        return routeId;
    }

    /** Stops collecting from {@code communityId}'s server, if the centre did; returns the route id. */
    public String stop(CamelContext camel, String communityId) throws Exception {
        String routeId = TEMPLATE + "-" + communityId;
        SftpEndpoints.remove(camel, routeId);
        return routeId;
    }
}
