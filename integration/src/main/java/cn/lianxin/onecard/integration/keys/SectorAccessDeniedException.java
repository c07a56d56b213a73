package cn.lianxin.onecard.integration.keys;

/**
 * A resource party asked for the key of a card sector it has not been granted
 * ("information access", 信息准入). Names the party and the sector.
 */
public final class SectorAccessDeniedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String partyCode;
    private final int sector;

    SectorAccessDeniedException(String partyCode, int sector, String reason) {
        super("party " + partyCode + " is denied sector " + sector + ": " + reason);
        this.partyCode = partyCode;
        this.sector = sector;
    }

    /** The party that was refused. */
    public String partyCode() {
        return partyCode;
    }

    /** The sector it asked for. */
    public int sector() {
        return sector;
    }
}
