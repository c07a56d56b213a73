package cn.lianxin.onecard.integration.format;

import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;

/**
 * A community's confirmation that it applied a blacklist version ({@code BLA1} line,
 * interfaces.md §3.3).
 *
 * @param communityId 8 digits
 * @param version     the version applied, 1..9999999999
 * @param appliedAt   second precision (finer parts are dropped)
 */
public record BlacklistConfirmation(String communityId, long version, LocalDateTime appliedAt) {

    /** Checks the components. */
    public BlacklistConfirmation {
        Ascii.requireDigits("communityId", communityId, 8);
        Ascii.requireRange("version", version, 1, BlacklistFile.MAX_VERSION);
        appliedAt = Ascii.requireNonNull("appliedAt", appliedAt).truncatedTo(ChronoUnit.SECONDS);
    }

    /** This confirmation's file name. */
    public BlacklistFileName fileName() {
        return BlacklistFileName.bla(communityId, version);
    }
}
