package cn.lianxin.onecard.app.card;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import cn.lianxin.onecard.integration.cardio.layout.TransactionType;
import cn.lianxin.onecard.integration.cardio.wallet.WalletOutcome;
import cn.lianxin.onecard.app.platform.Sequences;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.support.incrementer.DataFieldMaxValueIncrementer;
import org.springframework.stereotype.Repository;

/**
 * The card tables: cards, their append-only event history, wallet transactions and shadow
 * accounts, community sign-offs, blacklist entries and tap flags. Plain SQL; callers hold the
 * transaction.
 */
@Repository
public class CardRecords {

    static final String CITY_PREFIX = "3203";

    private static final RowMapper<CardRow> CARD = (rs, n) -> new CardRow(rs.getString("card_no"), rs.getString("uid"),
            rs.getString("card_type_code"), (Long) rs.getObject("cardholder_id"), CardStatus.valueOf(rs.getString("status")),
            rs.getLong("deposit_fen"), rs.getObject("issued_on", LocalDate.class), rs.getObject("expires_on", LocalDate.class),
            rs.getString("replaced_by"));

    private final JdbcTemplate jdbc;
    private final DataFieldMaxValueIncrementer cardNumbers;

    CardRecords(JdbcTemplate jdbc, Sequences sequences) {
        this.jdbc = jdbc;
        this.cardNumbers = sequences.sequence("card_number_seq");
    }

    /** The next card number of the centre: 3203 ‖ 12 digits. */
    String nextCardNumber() {
        return CITY_PREFIX + String.format("%012d", cardNumbers.nextLongValue());
    }

    Optional<CardRow> find(String cardNo) {
        return jdbc.query("select * from card where card_no = ?", CARD, cardNo).stream().findFirst();
    }

    /** The card, locked against concurrent operations until the transaction ends. */
    Optional<CardRow> lock(String cardNo) {
        return jdbc.query("select * from card where card_no = ? for update", CARD, cardNo).stream().findFirst();
    }

    /** The card with this UID, locked against concurrent operations until the transaction ends. */
    Optional<CardRow> lockByUid(String uid) {
        return jdbc.query("select * from card where uid = ? for update", CARD, uid).stream().findFirst();
    }

    Optional<CardRow> findByUid(String uid) {
        return jdbc.query("select * from card where uid = ?", CARD, uid).stream().findFirst();
    }

    List<CardRow> ofHolder(long cardholderId) {
        return jdbc.query("select * from card where cardholder_id = ? order by card_no", CARD, cardholderId);
    }

    void insert(CardRow card, Instant now) {
        jdbc.update("insert into card (card_no, uid, card_type_code, cardholder_id, status, deposit_fen, issued_on, expires_on, "
                        + "created_at, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                card.cardNo(), card.uid(), card.cardTypeCode(), card.cardholderId(), card.status().name(), card.depositFen(),
                card.issuedOn(), card.expiresOn(), Timestamp.from(now), Timestamp.from(now));
        jdbc.update("insert into shadow_account (card_no, balance_fen, card_counter, updated_at) values (?, 0, 0, ?)",
                card.cardNo(), Timestamp.from(now));
    }

    void setStatus(String cardNo, CardStatus status, Instant now) {
        jdbc.update("update card set status = ?, updated_at = ? where card_no = ?", status.name(), Timestamp.from(now), cardNo);
    }

    void linkReplacement(String lostCardNo, String replacementCardNo, Instant now) {
        jdbc.update("update card set replaced_by = ?, updated_at = ? where card_no = ?",
                replacementCardNo, Timestamp.from(now), lostCardNo);
    }

    void markReturned(String cardNo, LocalDate on, Instant now) {
        jdbc.update("update card set status = ?, returned_on = ?, updated_at = ? where card_no = ?",
                CardStatus.RETURNED.name(), on, Timestamp.from(now), cardNo);
    }

    ShadowAccount shadow(String cardNo) {
        return jdbc.queryForObject("select balance_fen, card_counter, pending_load_fen from shadow_account where card_no = ?",
                (rs, n) -> new ShadowAccount(rs.getLong(1), rs.getInt(2), rs.getLong(3)), cardNo);
    }

    /** Moves a lost card's whole recorded balance to its replacement, as a load pending on the new card. */
    long transferToPendingLoad(String fromCardNo, String toCardNo, String place, Instant now) {
        long amount = shadow(fromCardNo).balanceFen();
        if (amount > 0) {
            recordTransaction(fromCardNo, new WalletMovement(WalletMovement.Kind.TRANSFER_OUT, amount, 0, null, place, now), now);
            jdbc.update("update shadow_account set pending_load_fen = pending_load_fen + ?, updated_at = ? where card_no = ?",
                    amount, Timestamp.from(now), toCardNo);
        }
        return amount;
    }

    void saveInterrupted(String cardNo, WalletMovement.Kind kind, WalletOutcome.Interrupted interrupted, Instant now) {
        jdbc.update("delete from interrupted_wallet_write where card_no = ?", cardNo);
        jdbc.update("insert into interrupted_wallet_write (card_no, movement_kind, amount_fen, balance_before_fen, "
                        + "counter_if_applied, written_at, terminal_id, failed_command, recorded_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                cardNo, kind.name(), interrupted.amountFen(), interrupted.balanceBeforeFen(), interrupted.counterIfApplied(),
                Timestamp.valueOf(interrupted.time()), interrupted.terminalId(), interrupted.failedCommand(), Timestamp.from(now));
    }

    /** The write this card left during, as the wallet needs it to settle it, with what the centre would record. */
    Optional<PendingSettlement> interrupted(String cardNo, String uid) {
        return jdbc.query("select * from interrupted_wallet_write where card_no = ?", (rs, n) -> {
            WalletMovement.Kind kind = WalletMovement.Kind.valueOf(rs.getString("movement_kind"));
            return new PendingSettlement(kind, new WalletOutcome.Interrupted(uid, TransactionType.RECHARGE,
                    rs.getLong("amount_fen"), rs.getLong("balance_before_fen"), rs.getInt("counter_if_applied"),
                    rs.getTimestamp("written_at").toLocalDateTime(), rs.getString("terminal_id"),
                    rs.getString("failed_command")));
        }, cardNo).stream().findFirst();
    }

    void deleteInterrupted(String cardNo) {
        jdbc.update("delete from interrupted_wallet_write where card_no = ?", cardNo);
    }

    /** An interrupted credit to settle on the next tap, and what it is in the records. */
    record PendingSettlement(WalletMovement.Kind kind, WalletOutcome.Interrupted interrupted) {
    }

    /** How much a replaced card's balance transfer moved. */
    long transferredAmount(String lostCardNo) {
        Long amount = jdbc.queryForObject("select coalesce(sum(amount_fen), 0) from wallet_transaction where card_no = ? "
                + "and kind = 'TRANSFER_OUT'", Long.class, lostCardNo);
        return amount == null ? 0 : amount;
    }

    void clearPendingLoad(String cardNo, Instant now) {
        jdbc.update("update shadow_account set pending_load_fen = 0, updated_at = ? where card_no = ?", Timestamp.from(now), cardNo);
    }

    /** Marks every card past its expiry date EXPIRED, with an event each; returns how many. Set-based. */
    int expireCards(LocalDate today, Instant now) {
        jdbc.update("insert into card_event (card_no, event_type, actor, place, occurred_at, before_state, after_state, detail) "
                + "select card_no, 'EXPIRED', 'system', null, ?, status, 'EXPIRED', 'expired on ' || cast(expires_on as varchar(10)) "
                + "from card where expires_on < ? and status in ('ISSUED', 'ACTIVE')", Timestamp.from(now), today);
        return jdbc.update("update card set status = 'EXPIRED', updated_at = ? where expires_on < ? and status in ('ISSUED', 'ACTIVE')",
                Timestamp.from(now), today);
    }

    /** The balance the centre recorded after the card's transaction with this counter, if it has one. */
    OptionalLong recordedBalanceAt(String cardNo, int counter) {
        List<Long> balances = jdbc.queryForList("select balance_after_fen from wallet_transaction where card_no = ? "
                + "and card_counter = ? order by transaction_id", Long.class, cardNo, counter);
        return balances.isEmpty() ? OptionalLong.empty() : OptionalLong.of(balances.get(0));
    }

    /** Records a wallet movement and moves the shadow account with it. */
    void recordTransaction(String cardNo, WalletMovement movement, Instant now) {
        jdbc.update("insert into wallet_transaction (card_no, kind, amount_fen, balance_after_fen, card_counter, place, "
                        + "occurred_at, recorded_at) values (?, ?, ?, ?, ?, ?, ?, ?)",
                cardNo, movement.kind().name(), movement.amountFen(), movement.balanceAfterFen(), movement.cardCounter(),
                movement.place(), Timestamp.from(movement.occurredAt()), Timestamp.from(now));
        jdbc.update("update shadow_account set balance_fen = ?, card_counter = coalesce(?, card_counter), updated_at = ? "
                + "where card_no = ?", movement.balanceAfterFen(), movement.cardCounter(), Timestamp.from(now), cardNo);
    }

    void recordEvent(CardEvent event) {
        jdbc.update("insert into card_event (card_no, event_type, actor, place, occurred_at, amount_fen, before_state, "
                        + "after_state, detail) values (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                event.cardNo(), event.type().name(), event.actor(), event.place(), Timestamp.from(event.occurredAt()),
                event.amountFen(), event.before(), event.after(), event.detail());
    }

    List<CardEvent> history(String cardNo) {
        return jdbc.query("select * from card_event where card_no = ? order by event_id", (rs, n) -> new CardEvent(
                rs.getString("card_no"), CardEvent.Type.valueOf(rs.getString("event_type")), rs.getString("actor"),
                rs.getString("place"), rs.getTimestamp("occurred_at").toInstant(), (Long) rs.getObject("amount_fen"),
                rs.getString("before_state"), rs.getString("after_state"), rs.getString("detail")), cardNo);
    }

    boolean isBlacklisted(String cardNo) {
        Integer open = jdbc.queryForObject("select count(*) from blacklist_entry where card_no = ? and cleared_at is null",
                Integer.class, cardNo);
        return open != null && open > 0;
    }

    void blacklist(String cardNo, BlacklistReason reason, String actor, Instant now) {
        jdbc.update("insert into blacklist_entry (card_no, reason, listed_at, listed_by) values (?, ?, ?, ?)",
                cardNo, reason.code(), Timestamp.from(now), actor);
    }

    List<String> blacklistReasons(String cardNo) {
        return jdbc.queryForList("select reason from blacklist_entry where card_no = ? and cleared_at is null order by entry_id",
                String.class, cardNo);
    }

    void raiseFlag(String cardNo, String kind, String detail, String place, Instant now) {
        jdbc.update("insert into card_flag (card_no, kind, detail, raised_at, place) values (?, ?, ?, ?, ?)",
                cardNo, kind, detail, Timestamp.from(now), place);
    }

    List<CardFlag> openFlags(String cardNo) {
        return jdbc.query("select kind, detail, raised_at, place from card_flag where card_no = ? and resolved_at is null "
                + "order by flag_id", (rs, n) -> new CardFlag(rs.getString(1), rs.getString(2),
                rs.getTimestamp(3).toInstant(), rs.getString(4)), cardNo);
    }

    /** Every open flag of every card, newest first: what taps showed that the records do not explain. */
    List<FlaggedCard> openFlagsOfAllCards(int limit) {
        return jdbc.query("select flag_id, card_no, kind, detail, raised_at, place from card_flag where resolved_at is null "
                + "order by flag_id desc limit ?", (rs, n) -> new FlaggedCard(rs.getLong(1), rs.getString(2), rs.getString(3),
                rs.getString(4), rs.getTimestamp(5).toInstant(), rs.getString(6)), limit);
    }

    /** Marks a flag resolved; false when there is no open flag with that id. */
    boolean resolveFlag(long flagId, String actor, String note, Instant now) {
        return jdbc.update("update card_flag set resolved_at = ?, detail = detail || ? where flag_id = ? and resolved_at is null",
                Timestamp.from(now), " — resolved by " + actor + ": " + note, flagId) == 1;
    }

    /** The household the card is signed off for in that community, if any. */
    Optional<String> signedHousehold(String cardNo, String communityId) {
        return jdbc.queryForList("select household_id from community_signoff where card_no = ? and community_id = ?",
                String.class, cardNo, communityId).stream().findFirst();
    }

    void insertSignOff(String cardNo, String communityId, String householdId, LocalDate on, String actor, String place) {
        jdbc.update("insert into community_signoff (card_no, community_id, household_id, signed_on, signed_by, place) "
                + "values (?, ?, ?, ?, ?, ?)", cardNo, communityId, householdId, on, actor, place);
    }

    List<SignOff> signOffs(String cardNo) {
        return jdbc.query("select community_id, household_id, signed_on, signed_by, place from community_signoff "
                + "where card_no = ? order by community_id", (rs, n) -> new SignOff(rs.getString(1), rs.getString(2),
                rs.getObject(3, LocalDate.class), rs.getString(4), rs.getString(5)), cardNo);
    }

    /** One row of the card table. */
    record CardRow(String cardNo, String uid, String cardTypeCode, Long cardholderId, CardStatus status, long depositFen,
                   LocalDate issuedOn, LocalDate expiresOn, String replacedBy) {
    }

    /** The centre's view of a card's wallet. */
    record ShadowAccount(long balanceFen, int counter, long pendingLoadFen) {
    }
}
