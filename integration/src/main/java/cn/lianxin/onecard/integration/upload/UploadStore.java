package cn.lianxin.onecard.integration.upload;

import cn.lianxin.onecard.integration.format.AckRejection;
import cn.lianxin.onecard.integration.format.ConsDetail;
import cn.lianxin.onecard.integration.format.ReasonCode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The database side of an upload (port; the app implements it). One upload is one database
 * transaction: {@link #inTransaction} locks the community for it, so uploads of one community are
 * taken one after the other on any number of nodes.
 */
public interface UploadStore {

    /**
     * Runs {@code work} in one database transaction holding the community's lock; commits unless
     * {@code work} throws or calls {@link UploadTransaction#rollbackOnly()}.
     */
    <T> T inTransaction(String communityId, Function<UploadTransaction, T> work);

    /**
     * Records an upload that consumed no sequence — rejected whole (status R), or failed for a
     * technical reason after the redeliveries (status F) — in the quarantine index, in a
     * transaction of its own. Returns its id.
     */
    long recordNotConsumed(BatchRecord record);

    /** The work of one upload inside its transaction. */
    interface UploadTransaction {

        /** The property centre of the community, if it exists and is active. */
        Optional<String> centreOf(String communityId);

        /** The upload that consumed this sequence of the community, if one did. */
        Optional<ConsumedBatch> consumedBatch(String communityId, int sequence);

        /** The community's next unconsumed sequence (1 for the first). */
        int nextSequence(String communityId);

        /** Records the upload (consuming its sequence) before its records are stored; returns its id. */
        long beginBatch(BatchRecord record);

        /**
         * Where the checked lines go: a thread reading the file adds them while {@link #settle} —
         * on the transaction's thread — checks and stores them as they come.
         */
        Staging staging();

        /**
         * The record-level checks over the staged lines, then storage of the accepted ones: stored
         * transactions, bill payments, shadow accounts; chunk by chunk as the reading thread hands
         * them over, until it closes the staging. Returns the counts and the rejected lines in line
         * order. Throws if the reading was aborted.
         */
        Settlement settle(long batchId, String communityId, LocalDateTime now);

        /** Completes the upload's record (status, counts, the ACK). */
        void finishBatch(long batchId, BatchRecord record);

        /** Makes the transaction roll back at its end (a file rejected whole stores nothing). */
        void rollbackOnly();
    }

    /**
     * Sink of the lines of one upload, in file order, filled by the thread reading the file and
     * drained by the upload's transaction ({@link ChunkedStaging}).
     */
    interface Staging extends AutoCloseable {

        /**
         * One detail line: its number, the parsed detail (null when it did not parse) and the
         * verdict of the checks done while reading ({@code R001}, {@code R002}) or null.
         */
        void add(long lineNumber, ConsDetail detail, ReasonCode verdict);

        /** Every line is added; the transaction then finishes storing them. */
        @Override
        void close();

        /** Stops the hand-over from either side: the reading failed, or the transaction did. */
        void abort(Throwable cause);
    }

    /**
     * The outcome of the record-level checks.
     *
     * @param accepted   records stored
     * @param duplicates records already stored (earlier file or earlier in this one)
     * @param rejections rejected lines in line order
     */
    record Settlement(int accepted, int duplicates, List<AckRejection> rejections) {
        public Settlement {
            rejections = List.copyOf(rejections);
        }
    }

    /**
     * A consumed sequence and the answer given to it.
     *
     * @param batchId     the upload's id
     * @param sha256      SHA-256 of the upload's bytes (lower-case hex)
     * @param ackFileName the answer's name
     * @param ack         the answer's bytes
     */
    record ConsumedBatch(long batchId, String sha256, String ackFileName, byte[] ack) {
    }

    /**
     * What is recorded of one upload.
     *
     * @param communityId     the community its name says (null if the name did not parse)
     * @param sequence        its batch sequence (null if the name did not parse)
     * @param businessDate    its business date (null if the name did not parse)
     * @param fileName        its name
     * @param channel         how it came
     * @param sha256          SHA-256 of its bytes
     * @param sizeBytes       its size
     * @param status          A, P, R (rejected whole) or F (failed after the redeliveries, not answered)
     * @param reasonCode      for R, the file-level code
     * @param reason          for R and F, why in words
     * @param lineCount       lines read
     * @param accepted        records stored
     * @param duplicates      duplicates
     * @param rejected        records rejected
     * @param ackFileName     the answer's name (null when none could be named)
     * @param ack             the answer's bytes
     * @param quarantinePath  for R and F, where the file is kept
     * @param receivedAt      when it was taken
     */
    record BatchRecord(String communityId, Integer sequence, LocalDate businessDate, String fileName,
            UploadChannel channel, String sha256, long sizeBytes, char status, ReasonCode reasonCode, String reason,
            long lineCount, int accepted, int duplicates, int rejected, String ackFileName, byte[] ack,
            String quarantinePath, LocalDateTime receivedAt) {
    }
}
