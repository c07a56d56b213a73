package cn.lianxin.onecard.app.blacklist;

import cn.lianxin.onecard.app.web.ConflictException;
import cn.lianxin.onecard.app.web.NotFoundException;
import cn.lianxin.onecard.integration.format.BlacklistEntry;
import cn.lianxin.onecard.integration.format.BlacklistFile;
import cn.lianxin.onecard.integration.format.BlacklistFileName;
import cn.lianxin.onecard.integration.format.BlacklistReason;
import cn.lianxin.onecard.integration.format.DoorPrompt;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Blacklist versions per community: each new version stores the whole list it stands for
 * (built set-based from the open blacklist entries by {@link BlacklistPolicy}), and its file is a
 * full list or the delta against the newest version the community has confirmed.
 */
@Service
public class BlacklistVersions {

    private static final Logger log = LoggerFactory.getLogger(BlacklistVersions.class);

    /**
     * The list of community ?1 as version ?2 stands for: per card its open entries, the strongest
     * one; fee-overdue entries only for cards of the community's households (holder or sign-off).
     */
    private static final String SNAPSHOT = "insert into blacklist_version_card (community_id, version, card_no, uid, reason, "
            + "door_prompt) select ?, ?, card_no, uid, reason, " + BlacklistPolicy.promptSql("reason")
            + " from (select e.card_no, c.uid, e.reason, row_number() over (partition by e.card_no order by "
            + BlacklistPolicy.rankSql("e.reason") + ") as pick from blacklist_entry e join card c on c.card_no = e.card_no "
            + "where e.cleared_at is null and (e.reason in " + BlacklistPolicy.everyCommunitySql()
            + " or exists (select 1 from cardholder h join household hh on hh.household_id = h.household_id "
            + "where h.cardholder_id = c.cardholder_id and hh.community_id = ?) "
            + "or exists (select 1 from community_signoff s where s.card_no = c.card_no and s.community_id = ?))) listed "
            + "where pick = 1";

    private final JdbcTemplate jdbc;

    BlacklistVersions(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Makes the next version of {@code communityId}'s blacklist from the open entries now, full or
     * as a delta against the newest confirmed version, and returns its file.
     *
     * @throws ConflictException a delta while the community has confirmed no version
     */
    @Transactional
    public BlacklistFile create(String communityId, BlacklistKind kind, LocalDateTime now) {
        lockCommunity(communityId);
        long version = latestVersion(communityId) + 1;
        long base = 0;
        if (kind == BlacklistKind.DELTA) {
            base = latestConfirmed(communityId).orElseThrow(() -> new ConflictException("kind", "community " + communityId
                    + " has confirmed no blacklist version yet: send a FULL list first"));
        }
        String fileName = BlacklistFileName.blk(communityId, version).fileName();
        jdbc.update("insert into blacklist_version (community_id, version, base_version, line_count, card_count, created_at, "
                + "file_name) values (?, ?, ?, 0, 0, ?, ?)", communityId, version, base, now, fileName);
        int cards = jdbc.update(SNAPSHOT, communityId, version, communityId, communityId);
        Map<String, ListedCard> list = list(communityId, version);
        List<BlacklistEntry> lines = base == 0 ? BlacklistDelta.full(list) : BlacklistDelta.between(list(communityId, base), list);
        jdbc.update("update blacklist_version set line_count = ?, card_count = ? where community_id = ? and version = ?",
                lines.size(), cards, communityId, version);
        log.info("blacklist {} of community {}: version {} on base {}, {} cards listed, {} lines", fileName, communityId,
                version, base, cards, lines.size());
        return new BlacklistFile(communityId, version, base, now, lines);
    }

    /** The newest version made for the community, 0 when none. */
    public long latestVersion(String communityId) {
        Long latest = jdbc.queryForObject("select max(version) from blacklist_version where community_id = ?", Long.class,
                communityId);
        return latest == null ? 0 : latest;
    }

    /** The newest version the community has confirmed. */
    public Optional<Long> latestConfirmed(String communityId) {
        return Optional.ofNullable(jdbc.queryForObject(
                "select max(version) from blacklist_confirmation where community_id = ?", Long.class, communityId));
    }

    /** Every version of the community, newest first, with its confirmation. */
    @Transactional(readOnly = true)
    public List<BlacklistVersionView> versions(String communityId) {
        return jdbc.query("select v.community_id, v.version, v.base_version, v.file_name, v.line_count, v.card_count, "
                        + "v.created_at, c.applied_at, c.received_at from blacklist_version v left join blacklist_confirmation c "
                        + "on c.community_id = v.community_id and c.version = v.version where v.community_id = ? "
                        + "order by v.version desc",
                (rs, i) -> new BlacklistVersionView(rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getString(4),
                        rs.getInt(5), rs.getInt(6), rs.getObject(7, LocalDateTime.class), rs.getObject(8) != null,
                        rs.getObject(8, LocalDateTime.class), rs.getObject(9, LocalDateTime.class)),
                communityId);
    }

    Map<String, ListedCard> list(String communityId, long version) {
        Map<String, ListedCard> list = new LinkedHashMap<>();
        jdbc.query("select card_no, uid, reason, door_prompt from blacklist_version_card where community_id = ? and version = ? "
                + "order by card_no", rs -> {
                    list.put(rs.getString(1), new ListedCard(rs.getString(1), rs.getString(2),
                            BlacklistReason.ofCode(rs.getString(3)).orElseThrow(),
                            DoorPrompt.ofCode(rs.getString(4)).orElseThrow()));
                }, communityId, version);
        return list;
    }

    /** Serialises version numbering per community (and says 404 for an unknown community). */
    private void lockCommunity(String communityId) {
        List<String> found = jdbc.queryForList("select community_id from community where community_id = ? for update",
                String.class, communityId);
        if (found.isEmpty()) {
            throw new NotFoundException("community", communityId);
        }
    }
}
