package cn.lianxin.onecard.app.upload;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** One upload as staff see it: what came, how it was answered, where a rejected file is kept. */
public record UploadBatchView(long id, String communityId, Integer batchSequence, LocalDate businessDate,
        String fileName, String channel, String status, String reasonCode, String reason, long sizeBytes,
        int acceptedCount, int duplicateCount, int rejectedCount, String ackFileName, boolean quarantined,
        LocalDateTime receivedAt) {
}
