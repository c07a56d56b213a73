package cn.lianxin.onecard.integration.keys;

import java.util.Collections;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * "Information access" (信息准入): the card sectors one resource party has been granted, and
 * therefore whose keys it may obtain through {@link SectorKeyService}.
 *
 * <p>The bus sectors 8–11 are never granted to anyone here: this system holds no keys for them
 * (card-layout.md). The property system's default grant is sectors 0–7.
 *
 * @param partyCode the resource party's code, not blank
 * @param sectors   granted sectors, each 0..15 and none of 8–11; kept sorted and unmodifiable
 */
public record SectorGrants(String partyCode, Set<Integer> sectors) {

    /** Sectors 0–7: directory, issuance, wallet, public information, records, user data, door lock. */
    public static final Set<Integer> PROPERTY_DEFAULT_SECTORS = range(0, 7);
    /** Sectors 8–11, the bus system's: never granted. */
    public static final Set<Integer> BUS_SECTORS = range(8, 11);

    /** Validates and copies the grant. */
    public SectorGrants {
        requirePartyCode(partyCode);
        Args.requireNonNull("sectors", sectors);
        SortedSet<Integer> copy = new TreeSet<>();
        for (Integer sector : sectors) {
            if (sector == null || sector < 0 || sector >= KeySystem.SECTORS) {
                throw new IllegalArgumentException("sectors of party " + partyCode + " must be 0.."
                        + (KeySystem.SECTORS - 1) + ", found " + sector);
            }
            if (BUS_SECTORS.contains(sector)) {
                throw new IllegalArgumentException("sector " + sector + " cannot be granted to party "
                        + partyCode + ": sectors 8–11 belong to the bus system");
            }
            copy.add(sector);
        }
        sectors = Collections.unmodifiableSortedSet(copy);
    }

    /** The property system's default grant: sectors 0–7. */
    public static SectorGrants propertyDefault(String partyCode) {
        return new SectorGrants(partyCode, PROPERTY_DEFAULT_SECTORS);
    }

    /** Whether {@code sector} is granted. */
    public boolean permits(int sector) {
        return sectors.contains(sector);
    }

    static void requirePartyCode(String partyCode) {
        if (partyCode == null || partyCode.isBlank()) {
            throw new IllegalArgumentException("partyCode must not be blank");
        }
    }

    private static Set<Integer> range(int from, int to) {
        SortedSet<Integer> set = new TreeSet<>();
        for (int i = from; i <= to; i++) {
            set.add(i);
        }
        return Collections.unmodifiableSortedSet(set);
    }
}
