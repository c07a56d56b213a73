package cn.lianxin.onecard.app.upload;

import java.sql.Timestamp;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * What an upload's chunk tells staff about its cards, set-based, in the upload's transaction once
 * the chunk is stored (docs/formats.md, "Cards flagged by an upload"):
 * <ul>
 * <li>a card whose records were refused {@code R007} (its counter already used by another
 * transaction of the card: a replay or a clone) gets a {@code COUNTER_REUSED} flag, and is
 * blacklisted with reason 04 when {@code onecard.cards.blacklist-on-counter-reuse} says so;</li>
 * <li>a card whose accepted records do not chain — a balance before that is not the balance after
 * the card's previous counter, or a balance after that is not the balance before its next one
 * stored already — gets a {@code CHAIN_BROKEN} flag. Terminals upload in their own order, so a
 * gap is not a fault and nothing is refused for it.</li>
 * </ul>
 * One flag per card, kind and chunk, with an event in the card's history. The chain is followed
 * in the chunk by a window over each card's lines in counter order; the journal is asked only for a line
 * whose neighbouring counter is not in the chunk (a card's first and last line there).
 */
@Component
public class UploadCardChecks {

    private static final String ACCEPTED = "s.verdict is null and not exists (select 1 from upload_verdict v where v.line_no = s.line_no)";

    private static final String REUSED = "select s.card_no, count(*) as n, min(s.card_counter) as low, max(s.card_counter) as high,"
            + " min(s.line_no) as first_line, min(s.terminal_id) as place"
            + " from upload_staging s join upload_verdict v on v.line_no = s.line_no and v.code = 'R007' group by s.card_no";

    /**
     * Each card's accepted lines of the chunk in counter order (one sort: the chunk arrives sorted
     * on PostgreSQL), each next to its neighbours; a neighbouring counter not in the chunk is looked
     * up in the journal (one index probe for a card's first and last line in the chunk).
     */
    private static String broken(String cardOrder) {
        return "select card_no, count(*) as n, min(card_counter) as low, min(line_no) as first_line, min(terminal_id) as place"
                + " from (select s.card_no, s.card_counter, s.line_no, s.terminal_id, s.before_fen, s.after_fen,"
                + "  lag(s.card_counter) over w as prev_counter, lag(s.after_fen) over w as prev_after,"
                + "  lead(s.card_counter) over w as next_counter"
                + "  from upload_staging s where " + ACCEPTED
                + "  window w as (partition by " + cardOrder + " order by s.card_counter)) s"
                + " where (prev_counter = card_counter - 1 and prev_after <> before_fen)"
                + "  or ((prev_counter is null or prev_counter <> card_counter - 1) and exists (select 1 from wallet_transaction j"
                + "   where j.card_no = s.card_no and j.card_counter = s.card_counter - 1 and j.kind <> 'REPLAYED'"
                + "   and j.balance_after_fen <> s.before_fen))"
                + "  or ((next_counter is null or next_counter <> card_counter + 1) and exists (select 1 from wallet_transaction j"
                + "   where j.card_no = s.card_no and j.card_counter = s.card_counter + 1 and j.debit_key = 0"
                + "   and j.balance_before_fen <> s.after_fen))"
                + " group by card_no";
    }

    /** PostgreSQL: card numbers compared byte by byte (the chunk's own order, no collation cost). */
    private static final String BROKEN_POSTGRES = broken("s.card_no collate \"C\"");
    private static final String BROKEN_PORTABLE = broken("s.card_no");

    private final JdbcTemplate jdbc;
    private final boolean blacklistOnCounterReuse;

    UploadCardChecks(JdbcTemplate jdbc, @Value("${onecard.cards.blacklist-on-counter-reuse:false}") boolean blacklistOnCounterReuse) {
        this.jdbc = jdbc;
        this.blacklistOnCounterReuse = blacklistOnCounterReuse;
    }

    /** Flags (and, by the policy, blacklists) the cards of the chunk in upload_staging; upload_verdict holds its verdicts. */
    void flag(long batchId, Timestamp at, boolean postgres) {
        String upload = "'upload " + batchId + ": '";
        Long before = jdbc.queryForObject("select max(flag_id) from card_flag", Long.class);
        jdbc.update("insert into card_flag (card_no, kind, detail, raised_at, place)"
                + " select card_no, 'COUNTER_REUSED', " + upload + " || cast(n as varchar(12)) || ' record(s) refused R007:"
                + " card counter already used by another transaction of this card (counters ' || cast(low as varchar(12))"
                + " || '-' || cast(high as varchar(12)) || ', first on line ' || cast(first_line as varchar(12)) || ')', ?, place"
                + " from (" + REUSED + ") r", at);
        if (blacklistOnCounterReuse) {
            jdbc.update("insert into blacklist_entry (card_no, reason, listed_at, listed_by)"
                    + " select card_no, '04', ?, 'upload " + batchId + "' from (" + REUSED + ") r"
                    + " where not exists (select 1 from blacklist_entry b where b.card_no = r.card_no and b.reason = '04'"
                    + " and b.cleared_at is null)", at);
            jdbc.update("insert into card_event (card_no, event_type, actor, place, occurred_at, after_state, detail)"
                    + " select card_no, 'BLACKLISTED', 'upload', place, ?, 'blacklisted 04', " + upload
                    + " || 'records refused R007 (onecard.cards.blacklist-on-counter-reuse)' from (" + REUSED + ") r", at);
        }
        jdbc.update("insert into card_flag (card_no, kind, detail, raised_at, place)"
                + " select card_no, 'CHAIN_BROKEN', " + upload + " || cast(n as varchar(12)) || ' record(s) whose balance"
                + " before is not the balance after the card''s previous counter, or whose balance after is not the balance"
                + " before its next one (first: counter ' || cast(low as varchar(12)) || ', line ' || cast(first_line as varchar(12))"
                + " || ')', ?, place from (" + (postgres ? BROKEN_POSTGRES : BROKEN_PORTABLE) + ") b", at);
        // each flag raised here in its card's history
        jdbc.update("insert into card_event (card_no, event_type, actor, place, occurred_at, after_state, detail)"
                + " select card_no, 'FLAGGED', 'upload', place, raised_at, kind, detail from card_flag where flag_id > ?"
                + " and detail like " + upload + " || '%'", before == null ? 0L : before);
    }
}
