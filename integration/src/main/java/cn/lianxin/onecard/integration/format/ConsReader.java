package cn.lianxin.onecard.integration.format;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

import cn.lianxin.onecard.integration.keys.KeySystem;
import cn.lianxin.onecard.integration.keys.Mac4;

/**
 * Streaming reader of a consumption upload ({@code CONS_…} file, interfaces.md §3.1).
 *
 * <p>Reads one line at a time from the stream and keeps nothing of earlier lines but counters:
 * memory does not grow with the file. A line longer than {@link #MAX_LINE_BYTES} is not
 * buffered: its start is kept, the rest counted and skipped, and it is an {@code F001}.
 *
 * <p>For each line {@link #next()} gives its number, its bytes as received and the parsed
 * record or the fault; for each well-formed detail, whether its TAC verifies. The file MAC is
 * computed as the bytes pass, over every byte before the trailer line (CRLF included when the
 * file has it). At the end, {@link #summary()} gives the file-level verdict.
 *
 * <pre>{@code
 * try (ConsReader reader = new ConsReader(in, keySystem, fileName)) {
 *     for (ConsLine line = reader.next(); line != null; line = reader.next()) { … }
 *     ConsSummary summary = reader.summary();
 * }
 * }</pre>
 * Not thread-safe.
 */
public final class ConsReader implements Closeable {

    /** Longest line accepted, ending excluded; the longest record is 134 characters. */
    public static final int MAX_LINE_BYTES = 1024;

    private enum State { EXPECT_HEADER, BODY, AFTER_TRAILER, FINISHED }

    private final InputStream in;
    private final LineInput input;
    private final KeySystem keys;
    private final BatchFileName expectedName;

    private State state = State.EXPECT_HEADER;
    private long lineNumber;
    private FileMac mac;
    private final Executor fileMacExecutor;
    private ConsHeader header;
    private ConsTrailer trailer;
    private long trailerLine;
    private long detailLines;
    private long amountSum;
    private boolean amountsComplete = true;
    private final List<FormatFault> fileFaults = new ArrayList<>();
    private long fileFaultCount;
    private ConsSummary summary;
    /** TAC verifiers by PSAM id: a file comes from a handful of terminals (bounded all the same). */
    private final Map<String, Mac4.Keyed> tacVerifiers = new HashMap<>();
    private static final int MAX_TAC_VERIFIERS = 256;

    /** A reader of {@code in} that does not compare the header with a file name. */
    public ConsReader(InputStream in, KeySystem keys) {
        this(in, keys, null);
    }

    /**
     * A reader of {@code in}, the file named {@code expectedName}: a header whose community,
     * business date or batch sequence differs from the name is an {@code F001}.
     */
    public ConsReader(InputStream in, KeySystem keys, BatchFileName expectedName) {
        this(in, keys, expectedName, null);
    }

    /**
     * As {@link #ConsReader(InputStream, KeySystem, BatchFileName)}, with the file MAC computed on
     * {@code fileMacExecutor} while this reader's thread parses the lines and verifies their TACs
     * (inline when null). The executor runs one task per file until the file ends or the reader
     * is closed.
     */
    public ConsReader(InputStream in, KeySystem keys, BatchFileName expectedName, Executor fileMacExecutor) {
        if (in == null || keys == null) {
            throw new IllegalArgumentException("in and keys must not be null");
        }
        if (expectedName != null && expectedName.kind() != BatchFileName.Kind.CONS) {
            throw new IllegalArgumentException("expectedName must be a CONS file name, was " + expectedName);
        }
        this.in = in;
        this.input = new LineInput(in, MAX_LINE_BYTES);
        this.keys = keys;
        this.expectedName = expectedName;
        this.fileMacExecutor = fileMacExecutor;
    }

    /**
     * Reads the whole file, handing each line to {@code sink}, and returns the summary.
     */
    public static ConsSummary read(InputStream in, KeySystem keys, BatchFileName expectedName, Consumer<ConsLine> sink)
            throws IOException {
        try (ConsReader reader = new ConsReader(in, keys, expectedName)) {
            for (ConsLine line = reader.next(); line != null; line = reader.next()) {
                sink.accept(line);
            }
            return reader.summary();
        }
    }

    /** The next line, or null once the file has ended (the summary is then ready). */
    public ConsLine next() throws IOException {
        if (state == State.FINISHED) {
            return null;
        }
        LineInput.RawLine raw = input.next();
        if (raw == null) {
            finish();
            return null;
        }
        long number = ++lineNumber;
        if (raw.overLong()) {
            abandonMac(); // the skipped bytes were not kept: the MAC cannot be computed any more
        }
        switch (state) {
            case EXPECT_HEADER:
                return readHeader(raw, number);
            case BODY:
                return raw.startsWith(ConsLayout.TRAILER_TAG) ? readTrailer(raw, number) : readDetail(raw, number);
            default:
                return afterTrailer(raw, number);
        }
    }

    /** The file-level verdict, once {@link #next()} has returned null. */
    public ConsSummary summary() {
        if (summary == null) {
            throw new IllegalStateException("the summary is ready once next() has returned null");
        }
        return summary;
    }

    /** Closes the underlying stream (and stops the file MAC if the file was not read to its end). */
    @Override
    public void close() throws IOException {
        abandonMac();
        in.close();
    }

    private void abandonMac() {
        if (mac != null) {
            mac.abandon();
            mac = null;
        }
    }

    private ConsLine readHeader(LineInput.RawLine raw, long number) {
        state = State.BODY;
        try {
            header = ConsLayout.parseHeader(raw, number);
        } catch (FormatException e) {
            return faulty(number, ConsLine.Kind.HEADER, raw, e.fault());
        }
        if (!raw.overLong()) {
            mac = FileMac.start(keys.uploadKey(header.communityId()), fileMacExecutor);
            mac.update(raw);
        }
        FormatFault nameFault = compareWithName(header, number);
        if (nameFault != null) {
            fileFault(nameFault);
        }
        return new ConsLine(number, ConsLine.Kind.HEADER, raw, nameFault == null ? header : null, nameFault, false);
    }

    private FormatFault compareWithName(ConsHeader h, long number) {
        if (expectedName == null) {
            return null;
        }
        if (!h.communityId().equals(expectedName.communityId())) {
            return nameFault(number, ConsLayout.H_COMMUNITY, h.communityId(), expectedName.communityId());
        }
        if (!h.businessDate().equals(expectedName.businessDate())) {
            return nameFault(number, ConsLayout.H_DATE, Ascii.date(h.businessDate()), Ascii.date(expectedName.businessDate()));
        }
        if (h.batchSequence() != expectedName.sequence()) {
            return nameFault(number, ConsLayout.H_SEQUENCE, Ascii.digits(h.batchSequence(), 6),
                    Ascii.digits(expectedName.sequence(), 6));
        }
        return null;
    }

    private FormatFault nameFault(long number, Field field, String inHeader, String inName) {
        return new FormatFault(ReasonCode.F001, number, field.name(), field.position(),
                "header says " + inHeader + " but the file name " + expectedName.fileName() + " says " + inName);
    }

    private ConsLine readDetail(LineInput.RawLine raw, long number) {
        detailLines++;
        if (mac != null) {
            mac.update(raw);
        }
        ConsDetail detail;
        try {
            detail = ConsLayout.parseDetail(raw, number);
        } catch (FormatException e) {
            addAmountOfMalformedLine(raw, number);
            return faulty(number, ConsLine.Kind.DETAIL, raw, e.fault());
        }
        amountSum = Math.addExact(amountSum, detail.amountFen());
        Mac4.Keyed tacs = tacVerifiers.get(detail.psamId());
        if (tacs == null) {
            if (tacVerifiers.size() >= MAX_TAC_VERIFIERS) {
                tacVerifiers.clear();
            }
            tacs = Mac4.keyed(keys.tacKey(detail.psamId()));
            tacVerifiers.put(detail.psamId(), tacs);
        }
        boolean tacValid = tacs.matches(raw.content(), 0, ConsLayout.TAC_COVERS, detail.tac());
        return new ConsLine(number, ConsLine.Kind.DETAIL, raw, detail, null, tacValid);
    }

    /** A detail rejected for another field still counts in the total if its amount reads. */
    private void addAmountOfMalformedLine(LineInput.RawLine raw, long number) {
        if (raw.contentLength() == ConsLayout.DETAIL_LENGTH && raw.startsWith(ConsLayout.DETAIL_TAG)) {
            try {
                long amount = new FieldParser(raw.content(), number, ReasonCode.R001).number(ConsLayout.D_AMOUNT);
                amountSum = Math.addExact(amountSum, amount);
                return;
            } catch (FormatException unreadable) {
                // falls through: the total cannot be checked
            }
        }
        amountsComplete = false;
    }

    private ConsLine readTrailer(LineInput.RawLine raw, long number) {
        state = State.AFTER_TRAILER;
        trailerLine = number;
        try {
            trailer = ConsLayout.parseTrailer(raw, number);
        } catch (FormatException e) {
            return faulty(number, ConsLine.Kind.TRAILER, raw, e.fault());
        }
        return new ConsLine(number, ConsLine.Kind.TRAILER, raw, trailer, null, false);
    }

    private ConsLine afterTrailer(LineInput.RawLine raw, long number) {
        FormatFault fault = new FormatFault(ReasonCode.F001, number, "record tag", 1,
                "nothing may follow the trailer (line " + trailerLine + ")");
        return faulty(number, ConsLine.Kind.AFTER_TRAILER, raw, fault);
    }

    private ConsLine faulty(long number, ConsLine.Kind kind, LineInput.RawLine raw, FormatFault fault) {
        if (fault.code().isFileLevel()) {
            fileFault(fault);
        }
        return new ConsLine(number, kind, raw, null, fault, false);
    }

    private void fileFault(FormatFault fault) {
        fileFaultCount++;
        if (fileFaults.size() < ConsSummary.MAX_FAULTS_KEPT) {
            fileFaults.add(fault);
        }
    }

    private void finish() {
        State ended = state;
        state = State.FINISHED;
        if (ended == State.EXPECT_HEADER) {
            fileFault(new FormatFault(ReasonCode.F001, 0, "header", 0, "the file is empty"));
        } else if (ended == State.BODY) {
            fileFault(new FormatFault(ReasonCode.F001, 0, "trailer", 0,
                    "the file ends at line " + lineNumber + " without a trailer (TRL1)"));
        }
        ConsSummary.MacCheck macCheck = ConsSummary.MacCheck.NOT_CHECKED;
        if (trailer != null) {
            if (mac != null) {
                macCheck = mac.finishAndMatch(trailer.fileMac()) ? ConsSummary.MacCheck.VALID : ConsSummary.MacCheck.INVALID;
                if (macCheck == ConsSummary.MacCheck.INVALID) {
                    fileFault(new FormatFault(ReasonCode.F002, trailerLine, ConsLayout.T_MAC.name(),
                            ConsLayout.T_MAC.position(), "is not mac4(K_upload(" + header.communityId()
                                    + "), lines 1–" + (trailerLine - 1) + " as received)"));
                }
            }
            if (trailer.detailCount() != detailLines) {
                fileFault(new FormatFault(ReasonCode.F003, trailerLine, ConsLayout.T_COUNT.name(),
                        ConsLayout.T_COUNT.position(),
                        "trailer says " + trailer.detailCount() + " detail lines, the file has " + detailLines));
            }
            if (amountsComplete && trailer.totalAmountFen() != amountSum) {
                fileFault(new FormatFault(ReasonCode.F003, trailerLine, ConsLayout.T_TOTAL.name(),
                        ConsLayout.T_TOTAL.position(),
                        "trailer says " + trailer.totalAmountFen() + " fen, the details sum to " + amountSum));
            }
        }
        abandonMac(); // no trailer: nothing to compare with
        summary = new ConsSummary(header, trailer, lineNumber, detailLines, amountSum, amountsComplete, macCheck,
                fileFaults, fileFaultCount);
    }
}
