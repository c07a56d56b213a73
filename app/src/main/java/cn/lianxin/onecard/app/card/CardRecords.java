package cn.lianxin.onecard.app.card;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.support.incrementer.DataFieldMaxValueIncrementer;
import org.springframework.jdbc.support.incrementer.H2SequenceMaxValueIncrementer;
import org.springframework.jdbc.support.incrementer.PostgresSequenceMaxValueIncrementer;
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

    CardRecords(JdbcTemplate jdbc) throws java.sql.SQLException {
        this.jdbc = jdbc;
        String product;
        try (var connection = jdbc.getDataSource().getConnection()) {
            product = connection.getMetaData().getDatabaseProductName();
        }
        this.cardNumbers = product.toLowerCase().contains("postgres")
                ? new PostgresSequenceMaxValueIncrementer(jdbc.getDataSource(), "card_number_seq")
                : new H2SequenceMaxValueIncrementer(jdbc.getDataSource(), "card_number_seq");
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

    void markReplaced(String lostCardNo, String replacementCardNo, Instant now) {
        jdbc.update("update card set status = ?, replaced_by = ?, updated_at = ? where card_no = ?",
                CardStatus.REPLACED.name(), replacementCardNo, Timestamp.from(now), lostCardNo);
    }

    void markReturned(String cardNo, LocalDate on, Instant now) {
        jdbc.update("update card set status = ?, returned_on = ?, updated_at = ? where card_no = ?",
                CardStatus.RETURNED.name(), on, Timestamp.from(now), cardNo);
    }

    ShadowAccount shadow(String cardNo) {
        return jdbc.queryForObject("select balance_fen, card_counter from shadow_account where card_no = ?",
                (rs, n) -> new ShadowAccount(rs.getLong(1), rs.getInt(2)), cardNo);
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
    record ShadowAccount(long balanceFen, int counter) {
    }
}
