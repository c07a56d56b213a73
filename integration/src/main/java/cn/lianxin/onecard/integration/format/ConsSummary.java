package cn.lianxin.onecard.integration.format;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * What {@link ConsReader} found about a consumption upload as a whole, once it has read to the
 * end: the header and trailer, the detail count and amount sum it saw, the file MAC verdict and
 * the file-level faults ({@code F001}, {@code F002}, {@code F003}).
 *
 * <p>Record-level faults are reported per line ({@link ConsLine}); a file whose summary has no
 * file-level fault is answered record by record.
 */
public final class ConsSummary {

    /** The verdict on the file MAC. */
    public enum MacCheck {
        /** The trailer's MAC is {@code mac4(K_upload(community), every byte before the trailer)}. */
        VALID,
        /** It is not ({@code F002}). */
        INVALID,
        /** Could not be checked: no usable header or trailer, or a line too long to keep. */
        NOT_CHECKED
    }

    /** Number of file-level faults kept in {@link #fileFaults()}; more are only counted. */
    public static final int MAX_FAULTS_KEPT = 100;

    private final ConsHeader header;
    private final ConsTrailer trailer;
    private final long lineCount;
    private final long detailLineCount;
    private final long detailAmountSumFen;
    private final boolean amountSumComplete;
    private final MacCheck fileMac;
    private final List<FormatFault> fileFaults;
    private final long fileFaultCount;

    ConsSummary(ConsHeader header, ConsTrailer trailer, long lineCount, long detailLineCount, long detailAmountSumFen,
            boolean amountSumComplete, MacCheck fileMac, List<FormatFault> fileFaults, long fileFaultCount) {
        this.header = header;
        this.trailer = trailer;
        this.lineCount = lineCount;
        this.detailLineCount = detailLineCount;
        this.detailAmountSumFen = detailAmountSumFen;
        this.amountSumComplete = amountSumComplete;
        this.fileMac = fileMac;
        this.fileFaults = List.copyOf(fileFaults);
        this.fileFaultCount = fileFaultCount;
    }

    /** The header, if line 1 parsed. */
    public Optional<ConsHeader> header() {
        return Optional.ofNullable(header);
    }

    /** The trailer, if one parsed. */
    public Optional<ConsTrailer> trailer() {
        return Optional.ofNullable(trailer);
    }

    /** Lines in the file. */
    public long lineCount() {
        return lineCount;
    }

    /** Lines between the header and the trailer, well-formed or not. */
    public long detailLineCount() {
        return detailLineCount;
    }

    /** Sum of the amounts that could be read (fen). */
    public long detailAmountSumFen() {
        return detailAmountSumFen;
    }

    /**
     * Whether every detail line's amount could be read, so that {@link #detailAmountSumFen()}
     * is the file's total; if not, the trailer total is not compared (those lines are already
     * faults of their own).
     */
    public boolean amountSumComplete() {
        return amountSumComplete;
    }

    /** The file MAC verdict. */
    public MacCheck fileMac() {
        return fileMac;
    }

    /** The first {@value #MAX_FAULTS_KEPT} file-level faults, in the order found. */
    public List<FormatFault> fileFaults() {
        return fileFaults;
    }

    /** How many file-level faults there were in all. */
    public long fileFaultCount() {
        return fileFaultCount;
    }

    /** Whether the file has no file-level fault, so that it is answered record by record. */
    public boolean isAcceptable() {
        return fileFaultCount == 0;
    }

    /**
     * The fault to reject the file with (ACK status {@code R}): the first structural fault
     * ({@code F001}), else the MAC ({@code F002}), else the trailer disagreement ({@code F003}).
     */
    public Optional<FormatFault> rejection() {
        return fileFaults.stream().min(Comparator.comparing(FormatFault::code));
    }

    @Override
    public String toString() {
        return "ConsSummary[lines=" + lineCount + ", details=" + detailLineCount + ", mac=" + fileMac
                + ", fileFaults=" + fileFaultCount + rejection().map(f -> ", " + f.message()).orElse("") + "]";
    }
}
