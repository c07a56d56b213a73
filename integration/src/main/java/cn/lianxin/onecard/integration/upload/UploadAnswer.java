package cn.lianxin.onecard.integration.upload;

import cn.lianxin.onecard.integration.format.AckStatus;
import cn.lianxin.onecard.integration.format.ReasonCode;

/**
 * What the centre answers to one upload.
 *
 * @param uploadName   the upload's file name
 * @param ackFileName  {@code ACK_…} name, or null when the upload's name is too broken to name an answer
 * @param ack          the acknowledgement's bytes (null exactly when {@code ackFileName} is)
 * @param status       A, P or R
 * @param fileReason   for R: the file-level code; else null
 * @param reason       for R: why, in words (line, field, what was found); else null
 * @param repeated     whether this is the stored answer to the same file received before
 * @param accepted     records stored
 * @param duplicates   records already received
 * @param rejected     records rejected
 */
public record UploadAnswer(String uploadName, String ackFileName, byte[] ack, AckStatus status, ReasonCode fileReason,
        String reason, boolean repeated, int accepted, int duplicates, int rejected) {

    /** Whether an ACK file can be written. */
    public boolean hasAck() {
        return ack != null;
    }

    @Override
    public String toString() {
        return "UploadAnswer[" + uploadName + " -> " + ackFileName + " " + status.code()
                + (fileReason == null ? "" : " " + fileReason.code() + ": " + reason)
                + (repeated ? " (repeated)" : "") + ", accepted " + accepted + ", duplicates " + duplicates
                + ", rejected " + rejected + "]";
    }
}
