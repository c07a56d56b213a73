package cn.lianxin.onecard.integration.format;

import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * The parameters of every active terminal of a community (docs/formats.md, "Terminal parameter
 * file"). Each version replaces the previous one whole.
 *
 * @param centreId         the property centre, 8 digits (the centre id a CONS header carries)
 * @param communityId      8 digits; its {@code K_upload} signs the file
 * @param version          1..9999999999, per community
 * @param createdAt        second precision (finer parts are dropped)
 * @param blacklistVersion the newest blacklist version sent to the community, 0 when none: a
 *                         terminal whose list is older asks for it
 * @param terminals        the {@code PAD1} lines, in order (copied)
 */
public record ParameterFile(String centreId, String communityId, long version, LocalDateTime createdAt,
        long blacklistVersion, List<TerminalParameters> terminals) {

    /** Checks the components. */
    public ParameterFile {
        Ascii.requireDigits("centreId", centreId, 8);
        Ascii.requireDigits("communityId", communityId, 8);
        Ascii.requireRange("version", version, 1, BlacklistFile.MAX_VERSION);
        createdAt = Ascii.requireNonNull("createdAt", createdAt).truncatedTo(ChronoUnit.SECONDS);
        Ascii.requireRange("blacklistVersion", blacklistVersion, 0, BlacklistFile.MAX_VERSION);
        terminals = List.copyOf(Ascii.requireNonNull("terminals", terminals));
    }

    /** This file's name. */
    public ParameterFileName fileName() {
        return new ParameterFileName(communityId, version);
    }
}
