package cn.lianxin.onecard.integration.format;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.LocalDateTime;
import java.time.YearMonth;

import cn.lianxin.onecard.integration.keys.KeySystem;

/**
 * Writes and reads bill files (docs/formats.md, "Bill file"): {@code BIH1} header (43
 * characters), one {@code BID1} line (52) per bill, {@code BIT1} trailer (20) with the bill count
 * and {@code mac4(K_upload(community), every byte before it)}. Lines end in LF.
 */
public final class BillFileCodec {

    static final Field H_TAG = new Field("record tag", 1, 4);
    static final Field H_CENTRE = new Field("property centre id", 5, 8);
    static final Field H_COMMUNITY = new Field("community id", 13, 8);
    static final Field H_PERIOD = new Field("billing period", 21, 6);
    static final Field H_SEQUENCE = new Field("sequence", 27, 3);
    static final Field H_CREATED = new Field("created at", 30, 14);
    static final Field D_TAG = new Field("record tag", 1, 4);
    static final Field D_HOUSEHOLD = new Field("household id", 5, 12);
    static final Field D_PERIOD = new Field("billing period", 17, 6);
    static final Field D_KIND = new Field("kind", 23, 2);
    static final Field D_AMOUNT = new Field("amount (fen)", 25, 10);
    static final Field D_PAID = new Field("paid (fen)", 35, 10);
    static final Field D_DUE = new Field("due date", 45, 8);
    static final int HEADER_LENGTH = 43;
    static final int DETAIL_LENGTH = 52;

    static {
        Field.checkLayout("BILL header", HEADER_LENGTH, H_TAG, H_CENTRE, H_COMMUNITY, H_PERIOD, H_SEQUENCE, H_CREATED);
        Field.checkLayout("BILL detail", DETAIL_LENGTH, D_TAG, D_HOUSEHOLD, D_PERIOD, D_KIND, D_AMOUNT, D_PAID, D_DUE);
    }

    private BillFileCodec() {
    }

    /** Writes {@code file} to {@code out} (not closed), signed with {@code K_upload} of its community. */
    public static void write(BillFile file, KeySystem keys, OutputStream out) throws IOException {
        Ascii.requireNonNull("file", file);
        MacLineWriter lines = new MacLineWriter(out, keys.uploadKey(file.communityId()));
        lines.line("BIH1" + file.centreId() + file.communityId() + Ascii.YEAR_MONTH.format(file.period())
                + Ascii.digits(file.sequence(), 3) + Ascii.dateTime(file.createdAt()));
        for (BillLine b : file.bills()) {
            lines.line("BID1" + b.householdId() + Ascii.YEAR_MONTH.format(b.period()) + b.kind().code()
                    + Ascii.digits(b.amountFen(), 10) + Ascii.digits(b.paidFen(), 10) + Ascii.date(b.dueDate()));
        }
        lines.macLine(CountedFileReader.trailerWithoutMac("BIT1", file.bills().size()));
    }

    /** {@code file} as the bytes of its file. */
    public static byte[] toBytes(BillFile file, KeySystem keys) {
        return InMemory.bytes(out -> write(file, keys, out));
    }

    /**
     * Reads a bill file (LF or CRLF), verifying its MAC and line count.
     *
     * @throws FormatException at the first fault: {@code F001} structure or a field,
     *                         {@code F002} MAC, {@code F003} count
     */
    public static BillFile read(InputStream in, KeySystem keys) throws IOException {
        CountedFileReader.Content<Header, BillLine> content = CountedFileReader.read(in, keys, SPEC);
        Header h = content.header();
        return new BillFile(h.centreId, h.communityId, h.period, h.sequence, h.createdAt, content.body());
    }

    private record Header(String centreId, String communityId, YearMonth period, int sequence, LocalDateTime createdAt) {
    }

    private static final CountedFileReader.Spec<Header, BillLine> SPEC = new CountedFileReader.Spec<>() {
        @Override
        public Header parseHeader(LineInput.RawLine line, long lineNumber) {
            FieldParser.requireTag(line, lineNumber, "BIH1", "bill file header");
            FieldParser.requireLength(line, lineNumber, "the BIH1 header", HEADER_LENGTH);
            FieldParser p = new FieldParser(line.content(), lineNumber, ReasonCode.F001);
            return new Header(p.digits(H_CENTRE), p.digits(H_COMMUNITY), p.yearMonth(H_PERIOD),
                    (int) p.number(H_SEQUENCE, 1, BillFileName.MAX_SEQUENCE), p.dateTime(H_CREATED));
        }

        @Override
        public String communityOf(Header header) {
            return header.communityId;
        }

        @Override
        public String bodyTag() {
            return "BID1";
        }

        @Override
        public String bodyName() {
            return "bill line";
        }

        @Override
        public BillLine parseBody(LineInput.RawLine line, long lineNumber) {
            FieldParser.requireLength(line, lineNumber, "a BID1 line", DETAIL_LENGTH);
            FieldParser p = new FieldParser(line.content(), lineNumber, ReasonCode.F001);
            String household = p.digits(D_HOUSEHOLD);
            YearMonth period = p.yearMonth(D_PERIOD);
            String kindCode = p.digits(D_KIND);
            TransactionType kind = TransactionType.ofCode(kindCode)
                    .orElseThrow(() -> p.fault(D_KIND, "'" + kindCode + "' is not a bill kind (01..03)"));
            long amount = p.number(D_AMOUNT, 1, Ascii.maxOfWidth(10));
            long paid = p.number(D_PAID, 0, amount);
            return new BillLine(household, period, kind, amount, paid, p.date(D_DUE));
        }

        @Override
        public String trailerTag() {
            return "BIT1";
        }

        @Override
        public String trailerName() {
            return "the BIT1 trailer";
        }
    };
}
