package cn.lianxin.onecard.app.upload;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.api.migration.Context;
import org.springframework.stereotype.Component;

/**
 * Migration 12: one debit per card counter (record reason R007, docs/formats.md). A genuine card's
 * transaction counter never repeats, so the journal admits one {@code DEBIT} per (card, counter):
 * a generated column {@code debit_key} (0 for a debit, null otherwise) and the unique index
 * {@code (card_no, card_counter, debit_key)} replace the unique transaction identity, which it
 * implies for debits (the identity starts with card and counter) and which meant nothing for the
 * outlet's movements (no PSAM). Every lookup by card, or card and counter, is served by it.
 * <p>
 * Debits stored before this check existed that reuse a counter another debit of the card had
 * (the replays of issue 11) are kept, as kind {@code REPLAYED} — not money the card paid — and
 * each such card gets a {@code COUNTER_REUSED} flag for staff; the first debit of the counter
 * stays the debit.
 */
@Component
public class CardCounterMigration extends NumberedMigration {

    private static final String REUSED = "w.kind = 'DEBIT' and exists (select 1 from wallet_transaction o"
            + " where o.card_no = w.card_no and o.card_counter = w.card_counter and o.kind = 'DEBIT'"
            + " and o.transaction_id < w.transaction_id)";

    public CardCounterMigration() {
        super(12, "one debit per card counter");
    }

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        boolean postgres = postgres(connection);
        try (Statement s = connection.createStatement()) {
            s.execute("alter table wallet_transaction drop constraint ck_wallet_transaction_kind");
            s.execute("alter table wallet_transaction add constraint ck_wallet_transaction_kind check (kind in "
                    + "('RECHARGE', 'DEBIT', 'TRANSFER_IN', 'TRANSFER_OUT', 'REFUND', 'REPLAYED'))");
            s.execute("alter table card_flag drop constraint ck_card_flag_kind");
            s.execute("alter table card_flag add constraint ck_card_flag_kind check (kind in ('BALANCE_ABOVE_SHADOW', "
                    + "'COUNTER_WENT_BACK', 'CLONE_SUSPECTED', 'TAMPERED', 'COUNTER_REUSED', 'CHAIN_BROKEN'))");
            s.execute("insert into card_flag (card_no, kind, detail, raised_at, place)"
                    + " select w.card_no, 'COUNTER_REUSED', 'stored before R007 existed: ' || cast(count(*) as varchar(12))"
                    + " || ' debit(s) reusing a card counter another debit of this card had (counters '"
                    + " || cast(min(w.card_counter) as varchar(12)) || '-' || cast(max(w.card_counter) as varchar(12))"
                    + " || '), kept as REPLAYED, not counted', current_timestamp, min(w.place)"
                    + " from wallet_transaction w where " + REUSED + " group by w.card_no");
            s.execute("update wallet_transaction w set kind = 'REPLAYED' where " + REUSED);
            s.execute("alter table wallet_transaction add column debit_key smallint generated always as "
                    + "(case when kind = 'DEBIT' then 0 end)" + (postgres ? " stored" : ""));
            s.execute("create unique index uq_wallet_transaction_counter on wallet_transaction (card_no, card_counter, debit_key)");
            s.execute("drop index uq_wallet_transaction_identity");
        }
    }
}
