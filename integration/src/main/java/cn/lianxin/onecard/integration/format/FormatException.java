package cn.lianxin.onecard.integration.format;

/**
 * A file or file name that does not follow interfaces.md §3; carries the {@link FormatFault}
 * (reason code, line, field, position) to answer with.
 */
public final class FormatException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient FormatFault fault;

    /** An exception for {@code fault}; its message is the fault's. */
    public FormatException(FormatFault fault) {
        super(fault.message());
        this.fault = fault;
    }

    /** What is wrong, where. */
    public FormatFault fault() {
        return fault;
    }
}
