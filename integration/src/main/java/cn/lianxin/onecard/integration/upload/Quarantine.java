package cn.lianxin.onecard.integration.upload;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/**
 * Where uploads rejected whole are kept for staff: {@code <root>/<community>/<received>-<sha>-<name>}
 * with the answer beside it ({@code … .ack}); and uploads that failed for a technical reason after
 * the redeliveries, with the reason beside them ({@code … .reason.txt}). The index is the upload
 * record (status R or F, its quarantine path), listed and downloaded over REST.
 */
public final class Quarantine {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");

    private final Path root;

    public Quarantine(Path root) {
        this.root = root;
    }

    /** Copies the upload (and its answer) into the quarantine; returns the kept file's path. */
    public String keep(ReceivedUpload upload, String communityId, String sha256, String ackName, byte[] ack,
            LocalDateTime receivedAt) {
        return keep(upload, communityId, sha256, receivedAt, ack == null ? null : ".ack", ack);
    }

    /**
     * Copies an upload that failed after the redeliveries into the quarantine, with why in
     * {@code … .reason.txt} beside it; returns the kept file's path.
     */
    public String keepFailed(ReceivedUpload upload, String communityId, String sha256, String reason,
            LocalDateTime receivedAt) {
        return keep(upload, communityId, sha256, receivedAt, ".reason.txt", reason.getBytes(StandardCharsets.UTF_8));
    }

    private String keep(ReceivedUpload upload, String communityId, String sha256, LocalDateTime receivedAt,
            String besideSuffix, byte[] beside) {
        String safeName = upload.fileName().replaceAll("[^A-Za-z0-9._-]", "_");
        Path dir = root.resolve(communityId == null ? "unknown" : communityId);
        Path target = dir.resolve(STAMP.format(receivedAt) + "-" + sha256.substring(0, 12) + "-" + safeName);
        try {
            Files.createDirectories(dir);
            Files.copy(upload.file(), target, StandardCopyOption.REPLACE_EXISTING);
            if (beside != null) {
                AckOutbox.writeAtomically(dir, target.getFileName() + besideSuffix, beside);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not quarantine " + upload.fileName() + " in " + dir + ": " + e.getMessage(), e);
        }
        return target.toString();
    }

    /** The quarantine's root directory. */
    public Path root() {
        return root;
    }
}
