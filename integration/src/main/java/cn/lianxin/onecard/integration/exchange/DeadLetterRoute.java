package cn.lianxin.onecard.integration.exchange;

import java.util.List;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.springframework.stereotype.Component;

/**
 * The one dead letter ({@value ErrorHandling#DEAD_LETTER}, route {@code dead-letter}): every
 * exchange whose redeliveries are spent comes here with its original message. The work it was
 * marked with ({@link Work}) decides where the file is kept — an upload in the quarantine, where
 * staff list and fetch it ({@code /api/uploads}); a download or confirmation in the dead-letter
 * directory — and the failure is logged here, once, at ERROR: file, work, community, route,
 * attempts, where it is kept and why it failed.
 */
@Component
public class DeadLetterRoute extends RouteBuilder {

    private final List<DeadLetterArea> areas;
    private final DeadLetterDirectory directory;

    public DeadLetterRoute(List<DeadLetterArea> areas, DeadLetterDirectory directory) {
        this.areas = areas;
        this.directory = directory;
    }

    @Override
    public void configure() {
        from(ErrorHandling.DEAD_LETTER).routeId("dead-letter")
                .errorHandler(noErrorHandler())
                .process(this::keep);
    }

    private void keep(Exchange exchange) {
        FailedFile failed = FailedFile.of(exchange);
        DeadLetterArea area = failed.work() == null ? directory
                : areas.stream().filter(a -> a.keeps(failed.work())).findFirst().orElse(directory);
        String kept;
        try {
            kept = area.keep(failed);
        } catch (RuntimeException e) {
            log.error("{} {} of community {} failed in route {} after {} attempts and could not be kept ({}): {}",
                    failed.work(), failed.fileName(), failed.communityId(), failed.routeId(), failed.attempts(),
                    e.getMessage(), String.valueOf(failed.cause()));
            throw e;
        }
        log.error("{} {} of community {} failed in route {} after {} attempts, kept in {}: {}", failed.work(),
                failed.fileName(), failed.communityId(), failed.routeId(), failed.attempts(), kept,
                String.valueOf(failed.cause()));
    }
}
