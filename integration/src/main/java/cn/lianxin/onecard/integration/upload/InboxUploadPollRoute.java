package cn.lianxin.onecard.integration.upload;

import java.nio.file.Path;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.springframework.stereotype.Component;

/**
 * Inbox directories: {@code <exchange-root>/<community>/in/CONS_*.DAT}, answered in
 * {@code <exchange-root>/<community>/out/}. A file is taken only once complete: the community
 * writes it under a hidden or {@code .tmp} name and renames it (hidden and {@code *.tmp} files
 * are never taken). Files are taken in name order (per community: business date, then batch
 * sequence), so a community that drops several at once is answered in sequence. Taken files move
 * to {@code in/.done/}. Only {@code CONS_*.DAT} is included:
 * other files in the inbox are left alone.
 */
@Component
public class InboxUploadPollRoute extends RouteBuilder {

    private final UploadProperties properties;

    public InboxUploadPollRoute(UploadProperties properties) {
        this.properties = properties;
    }

    @Override
    public void configure() {
        String root = properties.getExchangeRoot().toAbsolutePath().normalize().toString();
        from("file:" + root + "?recursive=true&maxDepth=3&antInclude=*/in/CONS_*.DAT&antExclude=**/*.tmp"
                + "&move=$simple{file:parent}/.done/$simple{file:onlyname}&readLock=none&sortBy=file:name"
                + "&idempotent=true&idempotentEager=false&idempotentKey=$simple{file:name}-$simple{file:size}-$simple{file:modified}"
                + "&idempotentRepository=#uploadFileRepository&delay=" + properties.getInboxDelay().toMillis())
                .routeId("inbox-upload-poll")
                .routeConfigurationId(UploadRoutes.ERROR_HANDLING)
                .autoStartup(properties.isInboxEnabled())
                .process(InboxUploadPollRoute::receivedUpload)
                .to(UploadRoutes.INGEST)
                .process(exchange -> answer(exchange, properties.getExchangeRoot()));
    }

    private static void receivedUpload(Exchange exchange) {
        String relative = exchange.getIn().getHeader(Exchange.FILE_NAME, String.class).replace('\\', '/');
        String community = relative.substring(0, relative.indexOf('/'));
        Path file = Path.of(exchange.getIn().getHeader(Exchange.FILE_PATH, String.class));
        exchange.setProperty(UploadRoutes.COMMUNITY_PROPERTY, community);
        exchange.getIn().setBody(new ReceivedUpload(file.getFileName().toString(), community, UploadChannel.INBOX, file));
    }

    private static void answer(Exchange exchange, Path root) {
        UploadAnswer answer = exchange.getMessage().getBody(UploadAnswer.class);
        if (answer != null && answer.hasAck()) {
            String community = exchange.getProperty(UploadRoutes.COMMUNITY_PROPERTY, String.class);
            AckOutbox.writeAtomically(root.resolve(community).resolve("out"), answer.ackFileName(), answer.ack());
        }
    }
}
