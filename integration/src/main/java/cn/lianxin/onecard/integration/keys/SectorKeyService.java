package cn.lianxin.onecard.integration.keys;

import java.util.Objects;
import java.util.Set;

/**
 * Hands out MIFARE sector keys to resource parties under "information access" (信息准入):
 * a party gets a sector's key only if the sector is among those it has been granted, and
 * nobody gets the keys of the bus sectors 8–11, which this system does not hold.
 */
public final class SectorKeyService {

    private final KeySystem keySystem;

    /** A service deriving keys with {@code keySystem}. */
    public SectorKeyService(KeySystem keySystem) {
        Args.requireNonNull("keySystem", keySystem);
        this.keySystem = keySystem;
    }

    /**
     * The key of {@code sector} of the card {@code uid} for {@code partyCode}, whose granted
     * sectors are {@code grantedSectors}.
     *
     * @throws SectorAccessDeniedException naming party and sector when the sector is a bus sector
     *                                     or not granted
     * @throws IllegalArgumentException    for a blank party, a malformed UID, a sector outside 0..15
     */
    public byte[] keyFor(String partyCode, Set<Integer> grantedSectors, String uid, int sector, KeySlot slot) {
        SectorGrants.requirePartyCode(partyCode);
        Args.requireNonNull("grantedSectors", grantedSectors);
        if (sector < 0 || sector >= KeySystem.SECTORS) {
            throw new IllegalArgumentException("sector must be 0.." + (KeySystem.SECTORS - 1) + ", was " + sector);
        }
        if (SectorGrants.BUS_SECTORS.contains(sector)) {
            throw new SectorAccessDeniedException(partyCode, sector,
                    "sectors 8–11 belong to the bus system; this system holds no keys for them");
        }
        if (!grantedSectors.contains(sector)) {
            throw new SectorAccessDeniedException(partyCode, sector, "not granted (granted sectors: "
                    + grantedSectors.stream().filter(Objects::nonNull).sorted().toList() + ")");
        }
        return keySystem.sectorKey(uid, sector, slot);
    }

    /** As {@link #keyFor(String, Set, String, int, KeySlot)} with the party and sectors of {@code grants}. */
    public byte[] keyFor(SectorGrants grants, String uid, int sector, KeySlot slot) {
        Args.requireNonNull("grants", grants);
        return keyFor(grants.partyCode(), grants.sectors(), uid, sector, slot);
    }
}
