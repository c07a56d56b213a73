package cn.lianxin.onecard.integration.upload;

import cn.lianxin.onecard.integration.exchange.ConfirmationReceiver;
import cn.lianxin.onecard.integration.exchange.ConfirmationReceiver.ConfirmationOutcome;
import java.io.IOException;
import java.nio.file.Files;
import org.apache.camel.Exchange;
import org.apache.camel.LoggingLevel;
import org.apache.camel.builder.RouteBuilder;
import org.springframework.stereotype.Component;

/**
 * The one entry of every channel: dispatches a received file by its name's prefix. {@code CONS_}
 * goes to the consumption pipeline (the answer is an {@link UploadAnswer}); {@code BLA_} to
 * {@code direct:upload-confirmation}, which hands the blacklist confirmation to the same
 * {@link ConfirmationReceiver} the inbox and SFTP confirmation pollers use (the answer is its
 * {@link ConfirmationOutcome}); any other prefix to {@code direct:upload-unrouted}, which answers
 * nothing. Errors go back to the caller (the polling route's error handler, or the HTTP
 * controller).
 */
@Component
public class UploadIngestRoute extends RouteBuilder {

    /** Prefix of the consumption uploads. */
    public static final String CONS_PREFIX = "CONS_";
    /** Prefix of the blacklist confirmations. */
    public static final String BLA_PREFIX = "BLA_";
    /** A confirmation is one line of 44 characters: a file larger than this is refused unread. */
    public static final int CONFIRMATION_MAX_BYTES = 1024;

    private final ConsUploadPipeline pipeline;
    private final ConfirmationReceiver confirmations;

    public UploadIngestRoute(ConsUploadPipeline pipeline, ConfirmationReceiver confirmations) {
        this.pipeline = pipeline;
        this.confirmations = confirmations;
    }

    @Override
    public void configure() {
        from(UploadRoutes.INGEST).routeId("upload-ingest")
                .errorHandler(noErrorHandler())
                .choice()
                    .when(exchange -> upload(exchange).fileName().startsWith(CONS_PREFIX))
                        .process(exchange -> exchange.getMessage().setBody(pipeline.ingest(upload(exchange))))
                    .when(exchange -> upload(exchange).fileName().startsWith(BLA_PREFIX))
                        .to(UploadRoutes.CONFIRMATION)
                    .otherwise()
                        .to(UploadRoutes.UNROUTED)
                .end();

        from(UploadRoutes.CONFIRMATION).routeId("upload-confirmation")
                .errorHandler(noErrorHandler())
                .process(exchange -> exchange.getMessage().setBody(confirm(upload(exchange))));

        from(UploadRoutes.UNROUTED).routeId("upload-unrouted")
                .errorHandler(noErrorHandler())
                .log(LoggingLevel.WARN, "No handler for ${body.fileName()} (channel ${body.channel()}); left unanswered")
                .setBody(constant(null));
    }

    private ConfirmationOutcome confirm(ReceivedUpload upload) throws IOException {
        long size = Files.size(upload.file());
        if (size > CONFIRMATION_MAX_BYTES) {
            String reason = "a confirmation is one line of 44 characters; this file has more than " + CONFIRMATION_MAX_BYTES
                    + " bytes (" + size + ")";
            log.warn("confirmation {} through the channel of community {} refused: {}", upload.fileName(),
                    upload.channelCommunity(), reason);
            return new ConfirmationOutcome(false, reason);
        }
        return confirmations.record(upload.channelCommunity(), upload.fileName(), Files.readAllBytes(upload.file()));
    }

    private static ReceivedUpload upload(Exchange exchange) {
        return exchange.getIn().getBody(ReceivedUpload.class);
    }
}
