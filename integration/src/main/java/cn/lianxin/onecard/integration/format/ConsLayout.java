package cn.lianxin.onecard.integration.format;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** The CONS records of interfaces.md §3.1, field by field; one place for the reader and the writer. */
final class ConsLayout {

    static final String HEADER_TAG = "HDR1";
    static final String DETAIL_TAG = "DTL1";
    static final String TRAILER_TAG = "TRL1";
    static final int HEADER_LENGTH = 48;
    static final int DETAIL_LENGTH = 134;
    static final int TRAILER_LENGTH = 34;
    /** Characters 1–126 of a detail line: what its TAC covers. */
    static final int TAC_COVERS = 126;

    static final Field H_TAG = new Field("record tag", 1, 4);
    static final Field H_CENTRE = new Field("property centre id", 5, 8);
    static final Field H_COMMUNITY = new Field("community id", 13, 8);
    static final Field H_DATE = new Field("business date", 21, 8);
    static final Field H_SEQUENCE = new Field("batch sequence", 29, 6);
    static final Field H_CREATED = new Field("created at", 35, 14);

    static final Field D_TAG = new Field("record tag", 1, 4);
    static final Field D_TYPE = new Field("type", 5, 2);
    static final Field D_CARD = new Field("card number", 7, 16);
    static final Field D_UID = new Field("card UID", 23, 8);
    static final Field D_COUNTER = new Field("card transaction counter", 31, 6);
    static final Field D_TERMINAL = new Field("terminal id", 37, 8);
    static final Field D_PSAM = new Field("PSAM id", 45, 12);
    static final Field D_SEQUENCE = new Field("terminal transaction sequence", 57, 8);
    static final Field D_TIME = new Field("transaction time", 65, 14);
    static final Field D_AMOUNT = new Field("amount", 79, 10);
    static final Field D_BEFORE = new Field("balance before", 89, 10);
    static final Field D_AFTER = new Field("balance after", 99, 10);
    static final Field D_BILL = new Field("bill reference", 109, 18);
    static final Field D_TAC = new Field("TAC", 127, 8);

    static final Field T_TAG = new Field("record tag", 1, 4);
    static final Field T_COUNT = new Field("number of detail lines", 5, 8);
    static final Field T_TOTAL = new Field("sum of detail amounts", 13, 14);
    static final Field T_MAC = new Field("file MAC", 27, 8);

    static {
        Field.checkLayout("CONS header", HEADER_LENGTH, H_TAG, H_CENTRE, H_COMMUNITY, H_DATE, H_SEQUENCE, H_CREATED);
        Field.checkLayout("CONS detail", DETAIL_LENGTH, D_TAG, D_TYPE, D_CARD, D_UID, D_COUNTER, D_TERMINAL, D_PSAM,
                D_SEQUENCE, D_TIME, D_AMOUNT, D_BEFORE, D_AFTER, D_BILL, D_TAC);
        Field.checkLayout("CONS trailer", TRAILER_LENGTH, T_TAG, T_COUNT, T_TOTAL, T_MAC);
    }

    private ConsLayout() {
    }

    static String header(ConsHeader h) {
        return HEADER_TAG + h.propertyCentreId() + h.communityId() + Ascii.date(h.businessDate())
                + Ascii.digits(h.batchSequence(), 6) + Ascii.dateTime(h.createdAt());
    }

    /** Characters 1–126 of a detail line: everything but the TAC. */
    static String detailWithoutTac(ConsDetail d) {
        return DETAIL_TAG + d.type().code() + d.cardNumber() + d.uid() + Ascii.digits(d.cardCounter(), 6)
                + d.terminalId() + d.psamId() + Ascii.digits(d.terminalSequence(), 8) + Ascii.dateTime(d.transactionTime())
                + Ascii.digits(d.amountFen(), 10) + Ascii.digits(d.balanceBeforeFen(), 10)
                + Ascii.digits(d.balanceAfterFen(), 10) + d.billReference().text();
    }

    static String trailerWithoutMac(int detailCount, long totalAmountFen) {
        return TRAILER_TAG + Ascii.digits(detailCount, 8) + Ascii.digits(totalAmountFen, 14);
    }

    /** Parses a header line; every fault is {@code F001}. */
    static ConsHeader parseHeader(LineInput.RawLine line, long lineNumber) {
        FieldParser.requireNotOverLong(line, lineNumber);
        FieldParser.requireTag(line, lineNumber, HEADER_TAG, "header");
        FieldParser.requireLength(line, lineNumber, "the HDR1 header", HEADER_LENGTH);
        FieldParser p = new FieldParser(line.content(), lineNumber, ReasonCode.F001);
        String centre = p.digits(H_CENTRE);
        String community = p.digits(H_COMMUNITY);
        LocalDate date = p.date(H_DATE);
        int sequence = (int) p.number(H_SEQUENCE, 1, 999_999);
        LocalDateTime created = p.dateTime(H_CREATED);
        return new ConsHeader(centre, community, date, sequence, created);
    }

    /** Parses a detail line: a wrong tag or length is {@code F001}, a malformed field {@code R001}. */
    static ConsDetail parseDetail(LineInput.RawLine line, long lineNumber) {
        FieldParser.requireNotOverLong(line, lineNumber);
        if (line.startsWith(HEADER_TAG)) {
            throw new FormatException(new FormatFault(ReasonCode.F001, lineNumber, "record tag", 1,
                    "a second header (HDR1); only line 1 may be a header"));
        }
        FieldParser.requireTag(line, lineNumber, DETAIL_TAG, "detail");
        FieldParser.requireLength(line, lineNumber, "a DTL1 detail line", DETAIL_LENGTH);
        FieldParser p = new FieldParser(line.content(), lineNumber, ReasonCode.R001);
        String typeCode = p.digits(D_TYPE);
        TransactionType type = TransactionType.ofCode(typeCode)
                .orElseThrow(() -> p.fault(D_TYPE, "'" + typeCode + "' is not a transaction type (01, 02 or 03)"));
        String card = p.digits(D_CARD);
        String uid = p.upperHex(D_UID);
        int counter = (int) p.number(D_COUNTER);
        String terminal = p.digits(D_TERMINAL);
        String psam = p.upperHex(D_PSAM);
        long sequence = p.number(D_SEQUENCE);
        LocalDateTime time = p.dateTime(D_TIME);
        long amount = p.number(D_AMOUNT);
        long before = p.number(D_BEFORE);
        long after = p.number(D_AFTER);
        String bill = p.digits(D_BILL);
        BillReference reference = parseBill(p, bill);
        String tac = p.upperHex(D_TAC);
        return new ConsDetail(type, card, uid, counter, terminal, psam, sequence, time, amount, before, after,
                reference, tac);
    }

    private static BillReference parseBill(FieldParser p, String bill) {
        String household = bill.substring(0, 12);
        String period = bill.substring(12);
        if ("000000000000".equals(household) && "000000".equals(period)) {
            return BillReference.NONE;
        }
        if (BillReference.parsePeriod(period) == null) {
            throw p.fault(D_BILL, "billing period '" + period + "' (position " + (D_BILL.position() + 12)
                    + ") is not a valid month yyyyMM; a detail that pays no bill has 18 zeros");
        }
        return new BillReference(household, period);
    }

    /** Parses a trailer line; every fault is {@code F001}. */
    static ConsTrailer parseTrailer(LineInput.RawLine line, long lineNumber) {
        FieldParser.requireNotOverLong(line, lineNumber);
        FieldParser.requireLength(line, lineNumber, "the TRL1 trailer", TRAILER_LENGTH);
        FieldParser p = new FieldParser(line.content(), lineNumber, ReasonCode.F001);
        int count = (int) p.number(T_COUNT);
        long total = p.number(T_TOTAL);
        String mac = p.upperHex(T_MAC);
        return new ConsTrailer(count, total, mac);
    }
}
