package cn.lianxin.onecard.integration.upload;

import cn.lianxin.onecard.integration.exchange.DeadLetterArea;
import cn.lianxin.onecard.integration.exchange.FailedFile;
import cn.lianxin.onecard.integration.exchange.Work;
import cn.lianxin.onecard.integration.format.BatchFileName;
import cn.lianxin.onecard.integration.format.FormatException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import org.springframework.stereotype.Component;

/**
 * Where the dead letter keeps an upload that failed for a technical reason after the
 * redeliveries: in the quarantine, with the reason beside it, and listed in the quarantine index
 * with status {@code F} — so staff see it with the rejected uploads ({@code GET /api/uploads?status=F})
 * and fetch it ({@code GET /api/uploads/{id}/file}). No answer was sent: to try again, the
 * community (or staff) puts the file back; the pipeline is idempotent. When the database is what
 * failed, the index cannot be written either: the file and its reason are still kept, and the log
 * says so.
 */
@Component
public class FailedUploads implements DeadLetterArea {

    private final Quarantine quarantine;
    private final UploadStore store;
    private final Clock clock;

    public FailedUploads(Quarantine quarantine, UploadStore store, Clock clock) {
        this.quarantine = quarantine;
        this.store = store;
        this.clock = clock;
    }

    @Override
    public boolean keeps(Work work) {
        return work == Work.UPLOAD;
    }

    @Override
    public String keep(FailedFile failed) {
        LocalDateTime now = LocalDateTime.now(clock);
        UploadChannel channel = failed.channel() == null ? UploadChannel.INBOX : UploadChannel.valueOf(failed.channel().name());
        ReceivedUpload upload = new ReceivedUpload(failed.fileName(), failed.communityId(), channel, onDisk(failed));
        BatchFileName name = parsed(failed.fileName());
        // under the community whose channel brought it, like a file rejected whole (ConsUploadPipeline)
        String community = failed.communityId() != null ? failed.communityId() : name != null ? name.communityId() : null;
        String sha = ConsUploadPipeline.sha256(upload);
        String kept = quarantine.keepFailed(upload, community, sha, failed.reason(), now);
        try {
            long id = store.recordNotConsumed(new UploadStore.BatchRecord(community, name == null ? null : name.sequence(),
                    name == null ? null : name.businessDate(), failed.fileName(), channel, sha, size(upload.file()), 'F',
                    null, ConsUploadPipeline.abbreviate("failed after " + failed.attempts() + " attempts in route "
                            + failed.routeId() + ", not answered: " + failed.cause()), 0, 0, 0, 0, null, null, kept, now));
            return kept + " (upload " + id + ", status F)";
        } catch (RuntimeException e) {
            return kept + " (not in the quarantine index: " + e.getMessage() + ")";
        } finally {
            if (!upload.file().equals(failed.localFile())) {
                delete(upload.file());
            }
        }
    }

    private static BatchFileName parsed(String fileName) {
        try {
            return BatchFileName.parse(fileName);
        } catch (FormatException e) {
            return null;
        }
    }

    /** The failed file's bytes on local disk (a temporary copy when the message held them). */
    private Path onDisk(FailedFile failed) {
        if (failed.localFile() != null && Files.exists(failed.localFile())) {
            return failed.localFile();
        }
        try {
            Files.createDirectories(quarantine.root());
            return Files.write(Files.createTempFile(quarantine.root(), ".failed-", ".tmp"), failed.bytes());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep the failed upload " + failed.fileName() + ": " + e.getMessage(), e);
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
