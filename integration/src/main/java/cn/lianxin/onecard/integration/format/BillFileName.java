package cn.lianxin.onecard.integration.format;

import java.time.YearMonth;

/**
 * The name of a bill file: {@code BILL_<community>_<yyyyMM>_<seq3>.DAT}.
 *
 * @param communityId 8 digits
 * @param period      the billing period
 * @param sequence    1..999, per community and period
 */
public record BillFileName(String communityId, YearMonth period, int sequence) {

    /** Largest sequence the 3-digit field holds. */
    public static final int MAX_SEQUENCE = 999;

    private static final String KIND = "BILL";

    /** Checks the components. */
    public BillFileName {
        Ascii.requireDigits("communityId", communityId, 8);
        Ascii.requireNonNull("period", period);
        Ascii.requireRange("sequence", sequence, 1, MAX_SEQUENCE);
    }

    /**
     * Parses a file name.
     *
     * @throws FormatException {@code F001} naming the part of the name that is wrong and its
     *                         1-based position
     */
    public static BillFileName parse(String name) {
        FileNames.requirePrefix(name, KIND);
        FieldParser parser = FileNames.parser(name, KIND, 5 + 8 + 1 + 6 + 1 + 3 + FileNames.SUFFIX.length());
        String community = parser.digits(new Field("file name (community id)", 6, 8));
        FileNames.separator(name, 14);
        YearMonth period = parser.yearMonth(new Field("file name (billing period)", 15, 6));
        FileNames.separator(name, 21);
        int sequence = (int) parser.number(new Field("file name (sequence)", 22, 3), 1, MAX_SEQUENCE);
        return new BillFileName(community, period, sequence);
    }

    /** E.g. {@code BILL_32030101_202611_001.DAT}. */
    public String fileName() {
        return KIND + "_" + communityId + "_" + Ascii.YEAR_MONTH.format(period) + "_" + Ascii.digits(sequence, 3)
                + FileNames.SUFFIX;
    }

    @Override
    public String toString() {
        return fileName();
    }
}
