package cn.lianxin.onecard.integration.format;

import java.time.LocalDate;

/**
 * The name of a consumption upload or its acknowledgement:
 * {@code CONS_<community>_<yyyyMMdd>_<seq6>.DAT} and {@code ACK_<community>_<yyyyMMdd>_<seq6>.DAT}.
 *
 * @param kind         CONS or ACK
 * @param communityId  8 digits
 * @param businessDate the business date
 * @param sequence     batch sequence 1..999999
 */
public record BatchFileName(Kind kind, String communityId, LocalDate businessDate, int sequence) {

    /** Which file. */
    public enum Kind {
        /** Consumption upload, community → centre. */
        CONS,
        /** Acknowledgement, centre → community. */
        ACK
    }

    /** Checks the components. */
    public BatchFileName {
        Ascii.requireNonNull("kind", kind);
        Ascii.requireDigits("communityId", communityId, 8);
        Ascii.requireNonNull("businessDate", businessDate);
        Ascii.requireRange("sequence", sequence, 1, 999_999);
    }

    /** The name of a consumption upload. */
    public static BatchFileName cons(String communityId, LocalDate businessDate, int sequence) {
        return new BatchFileName(Kind.CONS, communityId, businessDate, sequence);
    }

    /** The name of an acknowledgement. */
    public static BatchFileName ack(String communityId, LocalDate businessDate, int sequence) {
        return new BatchFileName(Kind.ACK, communityId, businessDate, sequence);
    }

    /**
     * Parses a file name.
     *
     * @throws FormatException {@code F001} naming the part of the name that is wrong and its
     *                         1-based position
     */
    public static BatchFileName parse(String name) {
        Kind kind;
        if (name != null && name.startsWith("CONS_")) {
            kind = Kind.CONS;
        } else if (name != null && name.startsWith("ACK_")) {
            kind = Kind.ACK;
        } else {
            throw FileNames.fault("file name (kind)", 1, Ascii.shown(name) + " starts with neither CONS_ nor ACK_");
        }
        int p = kind.name().length() + 2; // 1-based position of the community id
        FieldParser parser = FileNames.parser(name, kind.name(), p - 1 + 8 + 1 + 8 + 1 + 6 + FileNames.SUFFIX.length());
        String community = parser.digits(new Field("file name (community id)", p, 8));
        FileNames.separator(name, p + 8);
        LocalDate date = parser.date(new Field("file name (business date)", p + 9, 8));
        FileNames.separator(name, p + 17);
        int sequence = (int) parser.number(new Field("file name (batch sequence)", p + 18, 6), 1, 999_999);
        return new BatchFileName(kind, community, date, sequence);
    }

    /** E.g. {@code CONS_32030101_20261106_000001.DAT}. */
    public String fileName() {
        return kind.name() + "_" + communityId + "_" + Ascii.date(businessDate) + "_" + Ascii.digits(sequence, 6)
                + FileNames.SUFFIX;
    }

    /** The acknowledgement's name for this upload (same community, date and sequence). */
    public BatchFileName acknowledgement() {
        return new BatchFileName(Kind.ACK, communityId, businessDate, sequence);
    }

    @Override
    public String toString() {
        return fileName();
    }
}
