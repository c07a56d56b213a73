package cn.lianxin.onecard.integration.format;

import java.time.LocalDate;
import java.util.List;

/**
 * The centre's acknowledgement of one upload (interfaces.md §3.2).
 *
 * <p>Consistency kept by the constructor (the spec's rules, made explicit):
 * <ul>
 * <li>{@code A}: no rejections, rejected count 0;</li>
 * <li>{@code P}: at least one rejection, each a record-level code on a line ≥ 1, and the
 * rejected count is their number;</li>
 * <li>{@code R}: exactly one rejection, on line 0 with a file-level code; nothing accepted and
 * no duplicates counted.</li>
 * </ul>
 *
 * @param communityId    8 digits
 * @param businessDate   the upload's business date
 * @param batchSequence  the upload's sequence, 1..999999
 * @param status         A, P or R
 * @param acceptedCount  records stored, 0..99999999
 * @param duplicateCount records already received, 0..99999999
 * @param rejectedCount  records rejected, 0..99999999
 * @param rejections     the {@code ACR1} lines, in order (copied)
 */
public record AckFile(String communityId, LocalDate businessDate, int batchSequence, AckStatus status,
        int acceptedCount, int duplicateCount, int rejectedCount, List<AckRejection> rejections) {

    /** Checks the components and their consistency. */
    public AckFile {
        Ascii.requireDigits("communityId", communityId, 8);
        Ascii.requireNonNull("businessDate", businessDate);
        Ascii.requireRange("batchSequence", batchSequence, 1, 999_999);
        Ascii.requireNonNull("status", status);
        Ascii.requireRange("acceptedCount", acceptedCount, 0, 99_999_999);
        Ascii.requireRange("duplicateCount", duplicateCount, 0, 99_999_999);
        Ascii.requireRange("rejectedCount", rejectedCount, 0, 99_999_999);
        rejections = List.copyOf(Ascii.requireNonNull("rejections", rejections));
        switch (status) {
            case ACCEPTED -> {
                if (!rejections.isEmpty() || rejectedCount != 0) {
                    throw new IllegalArgumentException("status A has no rejections, found " + rejections.size()
                            + " and rejectedCount " + rejectedCount);
                }
            }
            case PARTLY_ACCEPTED -> {
                if (rejections.isEmpty() || rejectedCount != rejections.size()) {
                    throw new IllegalArgumentException("status P needs rejectedCount = number of rejections ≥ 1, found "
                            + rejectedCount + " and " + rejections.size());
                }
                for (AckRejection r : rejections) {
                    if (r.code().isFileLevel() || r.lineNumber() < 1) {
                        throw new IllegalArgumentException("status P rejects records: " + r.code() + " on line "
                                + r.lineNumber() + " is not a record rejection");
                    }
                }
            }
            case REJECTED -> {
                if (rejections.size() != 1 || rejections.get(0).lineNumber() != 0
                        || !rejections.get(0).code().isFileLevel()) {
                    throw new IllegalArgumentException("status R has exactly one rejection, on line 0 with a file-level code");
                }
                if (acceptedCount != 0 || duplicateCount != 0) {
                    throw new IllegalArgumentException("status R accepts nothing, found acceptedCount " + acceptedCount
                            + " and duplicateCount " + duplicateCount);
                }
            }
        }
    }

    /** This acknowledgement's file name. */
    public BatchFileName fileName() {
        return BatchFileName.ack(communityId, businessDate, batchSequence);
    }
}
