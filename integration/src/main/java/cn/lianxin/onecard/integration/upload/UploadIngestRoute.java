package cn.lianxin.onecard.integration.upload;

import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.springframework.stereotype.Component;

/**
 * The one entry of every channel: dispatches a received file by its name's prefix. {@code CONS_}
 * goes to the consumption pipeline; any other prefix to {@code direct:upload-unrouted}, which
 * answers nothing — the place where other community files (e.g. {@code BLA_} confirmations) are
 * wired in with one more {@code when}. Errors go back to the caller (the polling route's error
 * handler, or the HTTP controller).
 */
@Component
public class UploadIngestRoute extends RouteBuilder {

    /** Prefix of the files this pipeline handles. */
    public static final String CONS_PREFIX = "CONS_";

    private final ConsUploadPipeline pipeline;

    public UploadIngestRoute(ConsUploadPipeline pipeline) {
        this.pipeline = pipeline;
    }

    @Override
    public void configure() {
        from(UploadRoutes.INGEST).routeId("upload-ingest")
                .errorHandler(noErrorHandler())
                .choice()
                    .when(exchange -> upload(exchange).fileName().startsWith(CONS_PREFIX))
                        .process(exchange -> exchange.getMessage().setBody(pipeline.ingest(upload(exchange))))
                    .otherwise()
                        .to(UploadRoutes.UNROUTED)
                .end();

        from(UploadRoutes.UNROUTED).routeId("upload-unrouted")
                .errorHandler(noErrorHandler())
                .log(org.apache.camel.LoggingLevel.WARN, "No handler for ${body.fileName()} (channel ${body.channel()}); left unanswered")
                .setBody(constant(null));
    }

    private static ReceivedUpload upload(Exchange exchange) {
        return exchange.getIn().getBody(ReceivedUpload.class);
    }
}
