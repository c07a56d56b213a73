package cn.lianxin.onecard.integration.exchange;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.camel.Exchange;
import org.apache.camel.component.file.GenericFile;

/**
 * A file whose exchange failed after the redeliveries, as the dead-letter route sees it: what
 * work it was, its name, the community and channel, the route, how often it was tried and why
 * it failed, and its bytes — on local disk where the route had them there, else in the message.
 *
 * @param work        the work the route marked the exchange with; null when it failed before
 * @param fileName    the file's name ({@code unknown} when the message names none)
 * @param communityId the community whose channel it travelled through, or null
 * @param channel     that channel, or null
 * @param routeId     the route that failed
 * @param attempts    how often it was tried (1 + redeliveries)
 * @param cause       why the last attempt failed
 * @param localFile   its bytes on local disk, or null
 * @param content     its bytes in the message when there is no local file, else null
 */
public record FailedFile(Work work, String fileName, String communityId, Channel channel, String routeId, int attempts,
        Throwable cause, Path localFile, byte[] content) {

    /** Reads what the dead-letter route received (the original message, the exchange's properties). */
    public static FailedFile of(Exchange exchange) {
        var in = exchange.getIn();
        Path local = null;
        String localPath = in.getHeader(Exchange.FILE_LOCAL_WORK_PATH, String.class);
        if (localPath != null) {
            local = Path.of(localPath);
        } else if (in.getBody() instanceof GenericFile<?> file && file.getFile() instanceof File onDisk) {
            local = onDisk.toPath();
        }
        byte[] content = local != null && Files.exists(local) ? null : in.getBody(byte[].class);
        String name = in.getHeader(Exchange.FILE_NAME_ONLY, String.class);
        if (name == null) {
            name = in.getHeader(Exchange.FILE_NAME, String.class);
        }
        if (name == null && local != null) {
            name = local.getFileName().toString();
        }
        int redeliveries = exchange.getProperty(ErrorHandling.REDELIVERIES, 0, Integer.class);
        return new FailedFile(Work.of(exchange).orElse(null), name == null ? "unknown" : name,
                exchange.getProperty(Work.COMMUNITY, String.class), exchange.getProperty(Work.CHANNEL, Channel.class),
                exchange.getFromRouteId(), 1 + redeliveries,
                exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Throwable.class), local, content);
    }

    /** Its bytes (read from the local file when it has one). */
    public byte[] bytes() {
        if (content != null || localFile == null) {
            return content == null ? new byte[0] : content;
        }
        try {
            return Files.readAllBytes(localFile);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the failed file " + localFile + ": " + e.getMessage(), e);
        }
    }

    /** Why it failed, in words: the text kept beside the file. */
    public String reason() {
        return "file: " + fileName + "\nwork: " + (work == null ? "unknown" : work) + "\nroute: " + routeId
                + "\ncommunity: " + communityId + "\nchannel: " + channel + "\nattempts: " + attempts + "\nerror: "
                + (cause == null ? "unknown" : cause) + "\n";
    }
}
