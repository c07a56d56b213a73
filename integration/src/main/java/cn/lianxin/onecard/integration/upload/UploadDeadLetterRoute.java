package cn.lianxin.onecard.integration.upload;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.springframework.stereotype.Component;

/**
 * The dead letter: a file that could not be processed for a technical reason after the
 * redeliveries is copied to {@code <dead-letter-dir>/<time>-<name>} with a {@code .reason.txt}
 * beside it, and logged at ERROR. Distinct from the quarantine (business rejections, answered).
 * To try again, put the file back into its inbox (or upload it again).
 */
@Component
public class UploadDeadLetterRoute extends RouteBuilder {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMddHHmmssSSS");

    private final UploadProperties properties;

    public UploadDeadLetterRoute(UploadProperties properties) {
        this.properties = properties;
    }

    @Override
    public void configure() {
        from(UploadRoutes.DEAD_LETTER).routeId("upload-dead-letter")
                .errorHandler(noErrorHandler())
                .process(this::keep);
    }

    private void keep(Exchange exchange) throws IOException {
        Throwable cause = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Throwable.class);
        String name = exchange.getIn().getHeader(Exchange.FILE_NAME_ONLY, String.class);
        String local = exchange.getIn().getHeader(Exchange.FILE_LOCAL_WORK_PATH, String.class);
        Path source = local != null ? Path.of(local) : null;
        if (source == null) {
            File file = exchange.getIn().getBody(File.class);
            source = file == null ? null : file.toPath();
        }
        if (name == null) {
            name = source == null ? "unknown" : source.getFileName().toString();
        }
        Path dir = properties.getDeadLetterDir();
        Files.createDirectories(dir);
        String kept = STAMP.format(LocalDateTime.now()) + "-" + name.replaceAll("[^A-Za-z0-9._-]", "_");
        if (source != null && Files.exists(source)) {
            Files.copy(source, dir.resolve(kept), StandardCopyOption.REPLACE_EXISTING);
        }
        String reason = "file: " + name + "\nroute: " + exchange.getFromRouteId() + "\ncommunity: "
                + exchange.getProperty(UploadRoutes.COMMUNITY_PROPERTY) + "\nerror: "
                + (cause == null ? "unknown" : cause) + "\n";
        Files.writeString(dir.resolve(kept + ".reason.txt"), reason, StandardCharsets.UTF_8);
        log.error("Upload {} could not be processed (route {}), kept in the dead letter as {}: {}", name,
                exchange.getFromRouteId(), dir.resolve(kept), cause == null ? "unknown" : cause.toString());
    }
}
