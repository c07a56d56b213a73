package cn.lianxin.onecard.app.upload;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.api.migration.Context;
import org.springframework.stereotype.Component;

/**
 * Migration 10: {@code wallet_transaction} as the journal a million-record upload is stored into.
 * It keeps its primary key and the unique transaction identity (card number, card counter, PSAM,
 * terminal sequence), which also serves every lookup by card; it loses
 * <ul>
 * <li>{@code ix_wallet_transaction_card (card_no, transaction_id)}: every query by card is served
 * by the identity index, whose first column is the card number;</li>
 * <li>the foreign key to {@code card}: it cost a trigger call and an index probe per stored row
 * (about a third of storing a 1,000,000-record upload). Cards are never deleted (a card ends
 * RETURNED or EXPIRED, its row stays), and every writer records movements of a card it has
 * just read in the same transaction: the outlet flows load the card first, the upload pipeline
 * stores only lines that passed the card check (R003).</li>
 * </ul>
 * A Java migration because the foreign key was declared inline in V2, so its name is the
 * database's own choice (PostgreSQL {@code wallet_transaction_card_no_fkey}, H2 a generated
 * {@code CONSTRAINT_…}); it is looked up in the standard information schema.
 */
@Component
public class WalletJournalMigration extends NumberedMigration {

    public WalletJournalMigration() {
        super(10, "wallet transaction journal without card index and card foreign key");
    }

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        try (Statement statement = connection.createStatement()) {
            for (String foreignKey : foreignKeysToCard(connection)) {
                statement.execute("alter table wallet_transaction drop constraint " + foreignKey);
            }
            statement.execute("drop index ix_wallet_transaction_card");
        }
    }

    private static List<String> foreignKeysToCard(Connection connection) throws SQLException {
        List<String> names = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement("select tc.constraint_name"
                + " from information_schema.table_constraints tc"
                + " join information_schema.referential_constraints rc on rc.constraint_schema = tc.constraint_schema"
                + "  and rc.constraint_name = tc.constraint_name"
                + " join information_schema.table_constraints pk on pk.constraint_schema = rc.unique_constraint_schema"
                + "  and pk.constraint_name = rc.unique_constraint_name"
                + " where lower(tc.table_name) = 'wallet_transaction' and tc.constraint_type = 'FOREIGN KEY'"
                + "  and lower(pk.table_name) = 'card' and tc.table_schema = current_schema")) {
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    names.add('"' + rs.getString(1) + '"');
                }
            }
        }
        if (names.isEmpty()) {
            throw new SQLException("wallet_transaction has no foreign key to card to drop: the schema is not what V2 made");
        }
        return names;
    }
}
