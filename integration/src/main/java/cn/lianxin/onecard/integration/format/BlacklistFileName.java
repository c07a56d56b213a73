package cn.lianxin.onecard.integration.format;

/**
 * The name of a blacklist or its confirmation: {@code BLK_<community>_<version10>.DAT} and
 * {@code BLA_<community>_<version10>.DAT}.
 *
 * @param kind        BLK or BLA
 * @param communityId 8 digits
 * @param version     blacklist version 1..9999999999
 */
public record BlacklistFileName(Kind kind, String communityId, long version) {

    /** Which file. */
    public enum Kind {
        /** Blacklist, centre → community. */
        BLK,
        /** Confirmation, community → centre. */
        BLA
    }

    /** Checks the components. */
    public BlacklistFileName {
        Ascii.requireNonNull("kind", kind);
        Ascii.requireDigits("communityId", communityId, 8);
        Ascii.requireRange("version", version, 1, BlacklistFile.MAX_VERSION);
    }

    /** The name of a blacklist. */
    public static BlacklistFileName blk(String communityId, long version) {
        return new BlacklistFileName(Kind.BLK, communityId, version);
    }

    /** The name of a confirmation. */
    public static BlacklistFileName bla(String communityId, long version) {
        return new BlacklistFileName(Kind.BLA, communityId, version);
    }

    /**
     * Parses a file name.
     *
     * @throws FormatException {@code F001} naming the part of the name that is wrong and its
     *                         1-based position
     */
    public static BlacklistFileName parse(String name) {
        Kind kind;
        if (name != null && name.startsWith("BLK_")) {
            kind = Kind.BLK;
        } else if (name != null && name.startsWith("BLA_")) {
            kind = Kind.BLA;
        } else {
            throw FileNames.fault("file name (kind)", 1, Ascii.shown(name) + " starts with neither BLK_ nor BLA_");
        }
        FieldParser parser = FileNames.parser(name, kind.name(), 4 + 8 + 1 + 10 + FileNames.SUFFIX.length());
        String community = parser.digits(new Field("file name (community id)", 5, 8));
        FileNames.separator(name, 13);
        long version = parser.number(new Field("file name (version)", 14, 10), 1, BlacklistFile.MAX_VERSION);
        return new BlacklistFileName(kind, community, version);
    }

    /** E.g. {@code BLK_32030101_0000000001.DAT}. */
    public String fileName() {
        return kind.name() + "_" + communityId + "_" + Ascii.digits(version, 10) + FileNames.SUFFIX;
    }

    /** The confirmation's name for this blacklist (same community and version). */
    public BlacklistFileName confirmation() {
        return new BlacklistFileName(Kind.BLA, communityId, version);
    }

    @Override
    public String toString() {
        return fileName();
    }
}
