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

    public InboxConfirmationPollRoute(ConfirmationReceiver receiver) {
        this.receiver = receiver;
    }

    @Override
    public void configure() {
        from("file:{{onecard.exchange.directory}}?recursive=true&minDepth=3&maxDepth=3&antInclude=*/in/BLA_*.DAT"
                + "&delete=true&delay={{onecard.exchange.inbox-poll-delay-ms}}")
                .routeId("inbox-confirmation-poll").routeConfigurationId(ExchangeErrorHandling.ID)
                .process(exchange -> {
                    Path parent = Path.of(exchange.getIn().getHeader(Exchange.FILE_PARENT, String.class));
                    String community = parent.getParent().getFileName().toString();
                    String name = exchange.getIn().getHeader(Exchange.FILE_NAME_ONLY, String.class);
                    ConfirmationReceiver.ConfirmationOutcome outcome =
                            receiver.record(community, name, exchange.getIn().getBody(byte[].class));
                    exchange.getIn().setHeader("onecardOutcome", outcome.reason());
                })
                .log("confirmation ${header.CamelFileNameOnly} from the inbox: ${header.onecardOutcome}");
    }
}
