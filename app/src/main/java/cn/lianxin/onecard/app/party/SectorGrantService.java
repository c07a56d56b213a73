package cn.lianxin.onecard.app.party;

import cn.lianxin.onecard.app.archive.References;
import cn.lianxin.onecard.app.web.FieldProblem;
import cn.lianxin.onecard.app.web.InvalidFieldException;
import cn.lianxin.onecard.app.web.NotFoundException;
import cn.lianxin.onecard.integration.keys.KeySlot;
import cn.lianxin.onecard.integration.keys.KeySystem;
import cn.lianxin.onecard.integration.keys.SectorAccessDeniedException;
import cn.lianxin.onecard.integration.keys.SectorGrants;
import cn.lianxin.onecard.integration.keys.SectorKeyService;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Information access (信息准入): which card sectors each resource party may use. A party obtains
 * a sector's keys only through {@link #keyFor}, and only for a granted sector; the bus sectors
 * 8–11 are never granted, because this system holds no keys for them.
 */
@Service
@Transactional
public class SectorGrantService {

    private final JdbcTemplate jdbc;
    private final ResourcePartyRepository parties;
    private final SectorKeyService sectorKeys;
    private final Clock clock;

    SectorGrantService(JdbcTemplate jdbc, ResourcePartyRepository parties, KeySystem keySystem, Clock clock) {
        this.jdbc = jdbc;
        this.parties = parties;
        this.sectorKeys = new SectorKeyService(keySystem);
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Set<Integer> grants(String partyCode) {
        parties.findById(partyCode).orElseThrow(() -> new NotFoundException("resource party", partyCode));
        return new TreeSet<>(jdbc.queryForList("select sector from sector_grant where party_code = ?", Integer.class, partyCode));
    }

    /** Replaces the party's grants with {@code sectors}, refusing sectors outside 0–15 and the bus sectors. */
    public Set<Integer> replaceGrants(String partyCode, Set<Integer> sectors, String actor) {
        References.requireActive(parties.findById(partyCode), "partyCode", "resource party", partyCode);
        List<FieldProblem> problems = new ArrayList<>();
        for (Integer sector : sectors) {
            if (sector == null || sector < 0 || sector > 15) {
                problems.add(new FieldProblem("sectors", "sector " + sector + " does not exist on a MIFARE Classic 1K card (0-15)"));
            } else if (SectorGrants.BUS_SECTORS.contains(sector)) {
                problems.add(new FieldProblem("sectors", "sector " + sector + " belongs to the bus system (8-11) and is never granted"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidFieldException(problems);
        }
        jdbc.update("delete from sector_grant where party_code = ?", partyCode);
        Timestamp now = Timestamp.from(clock.instant());
        jdbc.batchUpdate("insert into sector_grant (party_code, sector, granted_at, granted_by) values (?, ?, ?, ?)",
                sectors.stream().map(sector -> new Object[] {partyCode, sector, now, actor}).toList());
        return grants(partyCode);
    }

    /**
     * The key of one sector of one card for a party, derived only when the party is granted that
     * sector; otherwise refused (403) naming party and sector.
     */
    @Transactional(readOnly = true)
    public byte[] keyFor(String partyCode, String uid, int sector, KeySlot slot) {
        try {
            return sectorKeys.keyFor(partyCode, grants(partyCode), uid, sector, slot);
        } catch (SectorAccessDeniedException e) {
            throw new AccessDeniedException(e.getMessage());
        }
    }
}
