package cn.lianxin.onecard.integration.format;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.LocalDate;

import cn.lianxin.onecard.integration.keys.KeySystem;

/**
 * Writes and reads acknowledgements (interfaces.md §3.2):
 * {@code ACH1} header (51 characters), one {@code ACR1} line (16) per rejection, {@code ACT1}
 * trailer (20) with the count of {@code ACR1} lines and
 * {@code mac4(K_upload(community), every byte before it)}. Lines end in LF.
 */
public final class AckCodec {

    static final Field H_TAG = new Field("record tag", 1, 4);
    static final Field H_COMMUNITY = new Field("community id", 5, 8);
    static final Field H_DATE = new Field("business date", 13, 8);
    static final Field H_SEQUENCE = new Field("batch sequence", 21, 6);
    static final Field H_STATUS = new Field("status", 27, 1);
    static final Field H_ACCEPTED = new Field("accepted count", 28, 8);
    static final Field H_DUPLICATE = new Field("duplicate count", 36, 8);
    static final Field H_REJECTED = new Field("rejected count", 44, 8);
    static final Field R_TAG = new Field("record tag", 1, 4);
    static final Field R_LINE = new Field("line number", 5, 8);
    static final Field R_CODE = new Field("reason code", 13, 4);
    static final int HEADER_LENGTH = 51;
    static final int REJECTION_LENGTH = 16;

    static {
        Field.checkLayout("ACK header", HEADER_LENGTH, H_TAG, H_COMMUNITY, H_DATE, H_SEQUENCE, H_STATUS, H_ACCEPTED,
                H_DUPLICATE, H_REJECTED);
        Field.checkLayout("ACK rejection", REJECTION_LENGTH, R_TAG, R_LINE, R_CODE);
        Field.checkLayout("ACK trailer", CountedFileReader.TRAILER_LENGTH, new Field("record tag", 1, 4),
                CountedFileReader.TRAILER_COUNT, CountedFileReader.TRAILER_MAC);
    }

    private AckCodec() {
    }

    /** Writes {@code ack} to {@code out} (not closed), signed with {@code K_upload} of its community. */
    public static void write(AckFile ack, KeySystem keys, OutputStream out) throws IOException {
        Ascii.requireNonNull("ack", ack);
        MacLineWriter lines = new MacLineWriter(out, keys.uploadKey(ack.communityId()));
        lines.line("ACH1" + ack.communityId() + Ascii.date(ack.businessDate()) + Ascii.digits(ack.batchSequence(), 6)
                + ack.status().code() + Ascii.digits(ack.acceptedCount(), 8) + Ascii.digits(ack.duplicateCount(), 8)
                + Ascii.digits(ack.rejectedCount(), 8));
        for (AckRejection rejection : ack.rejections()) {
            lines.line("ACR1" + Ascii.digits(rejection.lineNumber(), 8) + rejection.code().code());
        }
        lines.macLine(CountedFileReader.trailerWithoutMac("ACT1", ack.rejections().size()));
    }

    /** {@code ack} as the bytes of its file. */
    public static byte[] toBytes(AckFile ack, KeySystem keys) {
        return InMemory.bytes(out -> write(ack, keys, out));
    }

    /**
     * Reads an acknowledgement (LF or CRLF), verifying its MAC and line count.
     *
     * @throws FormatException at the first fault: {@code F001} structure, {@code F002} MAC,
     *                         {@code F003} count
     */
    public static AckFile read(InputStream in, KeySystem keys) throws IOException {
        CountedFileReader.Content<Header, AckRejection> content = CountedFileReader.read(in, keys, SPEC);
        Header h = content.header();
        try {
            return new AckFile(h.communityId, h.date, h.sequence, h.status, h.accepted, h.duplicates, h.rejected,
                    content.body());
        } catch (IllegalArgumentException e) {
            throw new FormatException(new FormatFault(ReasonCode.F001, 1, H_STATUS.name(), H_STATUS.position(),
                    "the file contradicts its status: " + e.getMessage()));
        }
    }

    private record Header(String communityId, LocalDate date, int sequence, AckStatus status, int accepted,
            int duplicates, int rejected) {
    }

    private static final CountedFileReader.Spec<Header, AckRejection> SPEC = new CountedFileReader.Spec<>() {
        @Override
        public Header parseHeader(LineInput.RawLine line, long lineNumber) {
            FieldParser.requireTag(line, lineNumber, "ACH1", "acknowledgement header");
            FieldParser.requireLength(line, lineNumber, "the ACH1 header", HEADER_LENGTH);
            FieldParser p = new FieldParser(line.content(), lineNumber, ReasonCode.F001);
            String community = p.digits(H_COMMUNITY);
            LocalDate date = p.date(H_DATE);
            int sequence = (int) p.number(H_SEQUENCE, 1, 999_999);
            String statusText = p.printableText(H_STATUS);
            AckStatus status = AckStatus.ofCode(statusText.charAt(0))
                    .orElseThrow(() -> p.fault(H_STATUS, "'" + statusText + "' is not A, P or R"));
            return new Header(community, date, sequence, status, (int) p.number(H_ACCEPTED),
                    (int) p.number(H_DUPLICATE), (int) p.number(H_REJECTED));
        }

        @Override
        public String communityOf(Header header) {
            return header.communityId;
        }

        @Override
        public String bodyTag() {
            return "ACR1";
        }

        @Override
        public String bodyName() {
            return "rejection";
        }

        @Override
        public AckRejection parseBody(LineInput.RawLine line, long lineNumber) {
            FieldParser.requireLength(line, lineNumber, "an ACR1 line", REJECTION_LENGTH);
            FieldParser p = new FieldParser(line.content(), lineNumber, ReasonCode.F001);
            long rejectedLine = p.number(R_LINE);
            String code = p.printableText(R_CODE);
            return new AckRejection(rejectedLine, ReasonCode.ofCode(code)
                    .orElseThrow(() -> p.fault(R_CODE, "'" + code + "' is not a reason code of §4")));
        }

        @Override
        public String trailerTag() {
            return "ACT1";
        }

        @Override
        public String trailerName() {
            return "the ACT1 trailer";
        }
    };
}
