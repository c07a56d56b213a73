package cn.lianxin.onecard.integration.format;

import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * A community's blacklist as the centre sends it (interfaces.md §3.3): a full list (base
 * version 0) or a delta that applies on top of exactly its base version.
 *
 * <p>A full list only adds: a delete in a full list is refused (there is nothing to delete
 * from).
 *
 * @param communityId 8 digits
 * @param version     1..9999999999
 * @param baseVersion 0 for a full list, else the version this delta applies to (less than
 *                    {@code version})
 * @param createdAt   second precision (finer parts are dropped)
 * @param entries     the {@code BLE1} lines, in order (copied)
 */
public record BlacklistFile(String communityId, long version, long baseVersion, LocalDateTime createdAt,
        List<BlacklistEntry> entries) {

    /** Largest version a 10-digit field holds. */
    public static final long MAX_VERSION = 9_999_999_999L;

    /** Checks the components. */
    public BlacklistFile {
        Ascii.requireDigits("communityId", communityId, 8);
        Ascii.requireRange("version", version, 1, MAX_VERSION);
        Ascii.requireRange("baseVersion", baseVersion, 0, version - 1);
        createdAt = Ascii.requireNonNull("createdAt", createdAt).truncatedTo(ChronoUnit.SECONDS);
        entries = List.copyOf(Ascii.requireNonNull("entries", entries));
        if (baseVersion == 0) {
            for (int i = 0; i < entries.size(); i++) {
                if (entries.get(i).operation() != BlacklistOperation.ADD) {
                    throw new IllegalArgumentException("a full list (base version 0) only adds; entry " + (i + 1)
                            + " is " + entries.get(i).operation());
                }
            }
        }
    }

    /** Whether this is a full list rather than a delta. */
    public boolean isFull() {
        return baseVersion == 0;
    }

    /** This blacklist's file name. */
    public BlacklistFileName fileName() {
        return BlacklistFileName.blk(communityId, version);
    }
}
