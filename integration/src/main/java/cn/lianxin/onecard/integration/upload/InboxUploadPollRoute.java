package cn.lianxin.onecard.integration.upload;

import cn.lianxin.onecard.integration.exchange.Channel;
import cn.lianxin.onecard.integration.exchange.ErrorHandling;
import cn.lianxin.onecard.integration.exchange.ExchangeProperties;
import cn.lianxin.onecard.integration.exchange.LogContext;
import cn.lianxin.onecard.integration.exchange.Work;
import java.nio.file.Path;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.springframework.stereotype.Component;

/**
 * Inbox directories: {@code <directory>/<community>/in/CONS_*.DAT}, answered in
 * {@code <directory>/<community>/out/} ({@code onecard.exchange.directory}). A file is taken only once complete: the community
 * writes it under a hidden or {@code .tmp} name and renames it (hidden and {@code *.tmp} files
 * are never taken). Files are taken in name order (per community: business date, then batch
 * sequence), so a community that drops several at once is answered in sequence. Taken files move
 * to {@code in/.done/}. Only {@code CONS_*.DAT} is included:
 * other files in the inbox are left alone.
 */
@Component
public class InboxUploadPollRoute extends RouteBuilder {

    private final ExchangeProperties properties;

    public InboxUploadPollRoute(ExchangeProperties properties) {
        this.properties = properties;
    }

    @Override
    public void configure() {
        Path directory = properties.getDirectory().toAbsolutePath().normalize();
        String root = directory.toString();
        from("file:" + root + "?recursive=true&maxDepth=3&antInclude=*/in/CONS_*.DAT&antExclude=**/*.tmp"
                + "&move=$simple{file:parent}/.done/$simple{file:onlyname}&readLock=none&sortBy=file:name"
                + "&idempotent=true&idempotentEager=false&idempotentKey=$simple{file:name}-$simple{file:size}-$simple{file:modified}"
                + "&idempotentRepository=#uploadFileRepository&delay=" + properties.getInbox().getDelay().toMillis())
                .routeId("inbox-upload-poll")
                .routeConfigurationId(ErrorHandling.ID)
                .autoStartup(properties.getInbox().isEnabled())
                .process(InboxUploadPollRoute::receivedUpload)
                .to(UploadRoutes.INGEST)
                .process(exchange -> answer(exchange, directory));
    }

    private static void receivedUpload(Exchange exchange) {
        String relative = exchange.getIn().getHeader(Exchange.FILE_NAME, String.class).replace('\\', '/');
        String community = relative.substring(0, relative.indexOf('/'));
        Path file = Path.of(exchange.getIn().getHeader(Exchange.FILE_PATH, String.class));
        Work.UPLOAD.mark(exchange, community, Channel.INBOX);
        LogContext.of(exchange, community, file.getFileName().toString());
        exchange.getIn().setBody(new ReceivedUpload(file.getFileName().toString(), community, UploadChannel.INBOX, file));
    }

    private static void answer(Exchange exchange, Path root) {
        UploadAnswer answer = exchange.getMessage().getBody(UploadAnswer.class);
        if (answer != null && answer.hasAck()) {
            String community = exchange.getProperty(Work.COMMUNITY, String.class);
            AckOutbox.writeAtomically(root.resolve(community).resolve("out"), answer.ackFileName(), answer.ack());
        }
    }
}
