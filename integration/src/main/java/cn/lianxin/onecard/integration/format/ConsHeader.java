package cn.lianxin.onecard.integration.format;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;

/**
 * The header line ({@code HDR1}, 48 characters) of a consumption upload.
 *
 * @param propertyCentreId 8 digits
 * @param communityId      8 digits; its {@code K_upload} signs the file
 * @param businessDate     the business date
 * @param batchSequence    1..999999, per community, +1 per file
 * @param createdAt        when the community created the file (second precision; finer parts
 *                         are dropped)
 */
public record ConsHeader(String propertyCentreId, String communityId, LocalDate businessDate, int batchSequence,
        LocalDateTime createdAt) {

    /** Checks and normalises the components. */
    public ConsHeader {
        Ascii.requireDigits("propertyCentreId", propertyCentreId, 8);
        Ascii.requireDigits("communityId", communityId, 8);
        Ascii.requireNonNull("businessDate", businessDate);
        Ascii.requireRange("batchSequence", batchSequence, 1, 999_999);
        createdAt = Ascii.requireNonNull("createdAt", createdAt).truncatedTo(ChronoUnit.SECONDS);
    }
}
