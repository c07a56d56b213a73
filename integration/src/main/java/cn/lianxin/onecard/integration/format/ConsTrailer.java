package cn.lianxin.onecard.integration.format;

/**
 * The trailer line ({@code TRL1}, 34 characters) of a consumption upload.
 *
 * @param detailCount    number of detail lines, 0..99999999
 * @param totalAmountFen sum of the detail amounts, 0..99999999999999
 * @param fileMac        {@code mac4(K_upload(community), every byte before the trailer line)},
 *                       8 upper-case hex
 */
public record ConsTrailer(int detailCount, long totalAmountFen, String fileMac) {

    /** Checks the components. */
    public ConsTrailer {
        Ascii.requireRange("detailCount", detailCount, 0, 99_999_999);
        Ascii.requireRange("totalAmountFen", totalAmountFen, 0, 99_999_999_999_999L);
        Ascii.requireUpperHex("fileMac", fileMac, 8);
    }
}
