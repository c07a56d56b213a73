package cn.lianxin.onecard.integration.format;

import java.util.Optional;

/**
 * One line of a consumption upload as {@link ConsReader} read it: its number, its bytes as
 * received, and either the parsed record or the fault that stopped it.
 *
 * <p>Lines are not kept by the reader; a caller that needs one keeps it.
 */
public final class ConsLine {

    /** The role of a line by its place in the file. */
    public enum Kind {
        /** Line 1. */
        HEADER,
        /** A line between the header and the trailer. */
        DETAIL,
        /** The line starting with {@code TRL1}. */
        TRAILER,
        /** A line after the trailer (always an {@code F001} fault). */
        AFTER_TRAILER
    }

    private final long lineNumber;
    private final Kind kind;
    private final byte[] rawBytes;
    private final long length;
    private final boolean truncated;
    private final Object record;
    private final FormatFault fault;
    private final boolean tacValid;

    ConsLine(long lineNumber, Kind kind, LineInput.RawLine raw, Object record, FormatFault fault, boolean tacValid) {
        this.lineNumber = lineNumber;
        this.kind = kind;
        this.rawBytes = raw.bytesAsReceived();
        this.length = raw.contentLength();
        this.truncated = raw.overLong();
        this.record = record;
        this.fault = fault;
        this.tacValid = tacValid;
    }

    /** 1-based line number in the file (the header is line 1), as ACK {@code ACR1} lines cite it. */
    public long lineNumber() {
        return lineNumber;
    }

    /** Header, detail, trailer or a line after the trailer. */
    public Kind kind() {
        return kind;
    }

    /**
     * The line as received, ending (LF or CRLF) included. For an over-long line
     * ({@link #isTruncated()}) only the first {@link ConsReader#MAX_LINE_BYTES} bytes.
     */
    public byte[] rawBytes() {
        return rawBytes.clone();
    }

    /** The line's length in bytes, without its ending — also when it was too long to keep. */
    public long length() {
        return length;
    }

    /** Whether the line was longer than {@link ConsReader#MAX_LINE_BYTES} and only its start was kept. */
    public boolean isTruncated() {
        return truncated;
    }

    /** The parsed header, if this is a header line without fault. */
    public Optional<ConsHeader> header() {
        return record instanceof ConsHeader h ? Optional.of(h) : Optional.empty();
    }

    /** The parsed detail, if this is a detail line without fault. */
    public Optional<ConsDetail> detail() {
        return record instanceof ConsDetail d ? Optional.of(d) : Optional.empty();
    }

    /** The parsed trailer, if this is a trailer line without fault. */
    public Optional<ConsTrailer> trailer() {
        return record instanceof ConsTrailer t ? Optional.of(t) : Optional.empty();
    }

    /**
     * What is wrong with the line: {@code F001} for structure (tag, length, header and trailer
     * fields, a header that disagrees with the file name), {@code R001} for a malformed detail
     * field. Empty for a well-formed line; a wrong TAC is not a format fault (see
     * {@link #tacValid()}).
     */
    public Optional<FormatFault> fault() {
        return Optional.ofNullable(fault);
    }

    /**
     * For a well-formed detail: whether its TAC is {@code mac4(K_tac(PSAM id), characters 1–126)}
     * of the line as received (if not, the record is {@code R002}). False for every other line.
     */
    public boolean tacValid() {
        return tacValid;
    }

    @Override
    public String toString() {
        return "ConsLine[" + lineNumber + ", " + kind + (fault == null ? "" : ", " + fault.message()) + "]";
    }
}
