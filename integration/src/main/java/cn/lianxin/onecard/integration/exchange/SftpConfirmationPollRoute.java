package cn.lianxin.onecard.integration.exchange;

import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.builder.TemplatedRouteBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Collects blacklist confirmations ({@code BLA_*.DAT}) from the {@code <sftp path>} directory of
 * each SFTP community's server — where its consumption uploads lie too (the upload poller takes
 * only {@code CONS_*.DAT}) — on the community's schedule (cron, seconds first; else every
 * {@code onecard.exchange.sftp.poll-delay-ms}). One route per community from the template
 * {@value #TEMPLATE}, added with {@link #poll(CamelContext, DownloadTarget)}; a collected file is
 * deleted from the server and handed to the {@link ConfirmationReceiver}. Nothing connects at start
 * ({@code autoCreate=false}): a server that is away only makes its polls fail (logged).
 */
@Component
public class SftpConfirmationPollRoute extends RouteBuilder {

    static final String TEMPLATE = "sftp-confirmation-poll";

    private final ConfirmationReceiver receiver;
    private final String sftpAuthentication;
    private final long defaultDelayMs;

    public SftpConfirmationPollRoute(ConfirmationReceiver receiver,
                                     @Value("${onecard.exchange.sftp.password:}") String password,
                                     @Value("${onecard.exchange.sftp.private-key-file:}") String privateKeyFile,
                                     @Value("${onecard.exchange.sftp.poll-delay-ms:1800000}") long defaultDelayMs) {
        this.receiver = receiver;
        this.sftpAuthentication = SftpOptions.authentication(password, privateKeyFile);
        this.defaultDelayMs = defaultDelayMs;
    }

    @Override
    public void configure() {
        routeTemplate(TEMPLATE)
                .templateParameter("community").templateParameter("host").templateParameter("port")
                .templateParameter("user").templateParameter("directory").templateParameter("schedule")
                .from("sftp://{{host}}:{{port}}/{{directory}}?username={{user}}&" + sftpAuthentication
                        + "&include=BLA_.*\\.DAT&delete=true&binary=true&autoCreate=false&{{schedule}}&{{onecard.exchange.sftp.options}}")
                .routeConfigurationId(ExchangeErrorHandling.ID)
                .setHeader("onecardCommunity", simple("{{community}}"))
                .process(exchange -> {
                    String community = exchange.getIn().getHeader("onecardCommunity", String.class);
                    String name = exchange.getIn().getHeader("CamelFileNameOnly", String.class);
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
        String routeId = TEMPLATE + "-" + target.communityId();
        if (camel.getRoute(routeId) != null) {
            camel.getRouteController().stopRoute(routeId);
            camel.removeRoute(routeId);
        }
        String schedule = target.sftpSchedule() == null || target.sftpSchedule().isBlank()
                ? "delay=" + defaultDelayMs
                : "scheduler=spring&scheduler.cron=" + target.sftpSchedule().trim().replace(' ', '+');
        TemplatedRouteBuilder.builder(camel, TEMPLATE).routeId(routeId)
                .parameter("community", target.communityId())
                .parameter("host", target.sftpHost())
                .parameter("port", String.valueOf(target.sftpPort()))
                .parameter("user", target.sftpUser())
                .parameter("directory", target.sftpDirectory(""))
                .parameter("schedule", schedule)
                .add();
        return routeId;
    }
}
