package cn.lianxin.onecard.integration.format;

/**
 * One {@code ACR1} line of an acknowledgement: a rejected upload line and why.
 *
 * @param lineNumber the line of the upload (1-based), or 0 when the whole file is rejected
 * @param code       the reason code
 */
public record AckRejection(long lineNumber, ReasonCode code) {

    /** Checks the components. */
    public AckRejection {
        Ascii.requireRange("lineNumber", lineNumber, 0, 99_999_999);
        Ascii.requireNonNull("code", code);
    }
}
