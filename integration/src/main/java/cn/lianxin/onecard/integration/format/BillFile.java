package cn.lianxin.onecard.integration.format;

import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * The open bills of a community for one billing period, as the centre sends them to the
 * community's fee terminals (docs/formats.md, "Bill file"): the terminal shows a household what
 * it owes and the bill reference to pay it under.
 *
 * @param centreId    the property centre, 8 digits
 * @param communityId 8 digits; its {@code K_upload} signs the file
 * @param period      the billing period
 * @param sequence    1..999 per community and period: a later file for the same period replaces
 *                    the earlier one
 * @param createdAt   second precision (finer parts are dropped)
 * @param bills       the {@code BID1} lines, in order (copied)
 */
public record BillFile(String centreId, String communityId, YearMonth period, int sequence, LocalDateTime createdAt,
        List<BillLine> bills) {

    /** Checks the components. */
    public BillFile {
        Ascii.requireDigits("centreId", centreId, 8);
        Ascii.requireDigits("communityId", communityId, 8);
        Ascii.requireNonNull("period", period);
        Ascii.requireRange("sequence", sequence, 1, BillFileName.MAX_SEQUENCE);
        createdAt = Ascii.requireNonNull("createdAt", createdAt).truncatedTo(ChronoUnit.SECONDS);
        bills = List.copyOf(Ascii.requireNonNull("bills", bills));
    }

    /** This file's name. */
    public BillFileName fileName() {
        return new BillFileName(communityId, period, sequence);
    }
}
