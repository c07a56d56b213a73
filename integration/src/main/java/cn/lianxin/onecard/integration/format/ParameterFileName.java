package cn.lianxin.onecard.integration.format;

/**
 * The name of a terminal parameter file: {@code PARM_<community>_<version10>.DAT}.
 *
 * @param communityId 8 digits
 * @param version     1..9999999999, per community
 */
public record ParameterFileName(String communityId, long version) {

    private static final String KIND = "PARM";

    /** Checks the components. */
    public ParameterFileName {
        Ascii.requireDigits("communityId", communityId, 8);
        Ascii.requireRange("version", version, 1, BlacklistFile.MAX_VERSION);
    }

    /**
     * Parses a file name.
     *
     * @throws FormatException {@code F001} naming the part of the name that is wrong and its
     *                         1-based position
     */
    public static ParameterFileName parse(String name) {
        FileNames.requirePrefix(name, KIND);
        FieldParser parser = FileNames.parser(name, KIND, 5 + 8 + 1 + 10 + FileNames.SUFFIX.length());
        String community = parser.digits(new Field("file name (community id)", 6, 8));
        FileNames.separator(name, 14);
        long version = parser.number(new Field("file name (version)", 15, 10), 1, BlacklistFile.MAX_VERSION);
        return new ParameterFileName(community, version);
    }

    /** E.g. {@code PARM_32030101_0000000001.DAT}. */
    public String fileName() {
        return KIND + "_" + communityId + "_" + Ascii.digits(version, 10) + FileNames.SUFFIX;
    }

    @Override
    public String toString() {
        return fileName();
    }
}
