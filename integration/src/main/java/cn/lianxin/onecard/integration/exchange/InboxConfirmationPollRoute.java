package cn.lianxin.onecard.integration.exchange;

import java.nio.file.Path;

import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.springframework.stereotype.Component;

/**
 * Picks up blacklist confirmations ({@code BLA_*.DAT}) that communities drop into their inbox
 * directory {@code <exchange>/<community>/in/} and hands each to the {@link ConfirmationReceiver}
 * with the community the directory belongs to. Only {@code BLA_} files are taken: consumption
 * uploads in the same directory are left to the upload route. Files whose names start with a dot
 * (being written) are skipped; a handled file is deleted (a refused one is kept in the rejected
 * area by the receiver).
 */
@Component
public class InboxConfirmationPollRoute extends RouteBuilder {

    private final ConfirmationReceiver receiver;
    private final ExchangeProperties properties;

    public InboxConfirmationPollRoute(ConfirmationReceiver receiver, ExchangeProperties properties) {
        this.receiver = receiver;
        this.properties = properties;
    }

    @Override
    public void configure() {
        String directory = properties.getDirectory().toAbsolutePath().normalize().toString();
        from("file:" + directory + "?recursive=true&minDepth=3&maxDepth=3&antInclude=*/in/BLA_*.DAT"
                + "&delete=true&delay=" + properties.getInbox().getDelay().toMillis())
                .routeId("inbox-confirmation-poll").routeConfigurationId(ErrorHandling.ID)
                .autoStartup(properties.getInbox().isEnabled())
                .process(exchange -> {
                    Path parent = Path.of(exchange.getIn().getHeader(Exchange.FILE_PARENT, String.class));
                    String community = parent.getParent().getFileName().toString();
                    Work.CONFIRMATION.mark(exchange, community, Channel.INBOX);
                    String name = exchange.getIn().getHeader(Exchange.FILE_NAME_ONLY, String.class);
                    LogContext.of(exchange, community, name);
                    ConfirmationReceiver.ConfirmationOutcome outcome =
                            receiver.record(community, name, exchange.getIn().getBody(byte[].class));
                    exchange.getIn().setHeader("onecardOutcome", outcome.reason());
                })
                .log("confirmation ${header.CamelFileNameOnly} from the inbox: ${header.onecardOutcome}");
    }
}
