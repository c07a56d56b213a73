package cn.lianxin.onecard.app.upload;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.api.migration.Context;
import org.springframework.stereotype.Component;

/**
 * Migration 11: on the embedded H2 only, the upload's staging and verdict tables as ordinary
 * tables. They were local temporary tables ({@code … on commit delete rows transactional}) on
 * every database; on H2 2.3 that loses the whole database after a crash: a process killed while
 * its upload's transaction had written into a temporary table leaves an undo log that H2 cannot
 * roll back at the next open (the temporary table's map is gone, reading its undo records fails),
 * so the transaction's row locks — the community's — stay for good (a {@code select … for update}
 * spins at 100 % CPU, deaf to the lock timeout), and the next normal close writes that broken
 * undo log into the file ("Unable to read the page …" at every later open). Reproduced with H2
 * alone; with ordinary tables the same crash is rolled back at the next open. On H2 the uploads
 * are therefore taken one at a time ({@link JdbcUploadStore}) and these tables are emptied before
 * each commit. PostgreSQL keeps its per-connection temporary tables (they shadow nothing: these
 * are not created there).
 */
@Component
public class EmbeddedStagingMigration extends NumberedMigration {

    public EmbeddedStagingMigration() {
        super(11, "upload staging as ordinary tables on the embedded H2");
    }

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        if (postgres(connection)) {
            return;
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute("create table upload_staging " + JdbcUploadStore.STAGING_DEFINITION);
            statement.execute("create table upload_verdict " + JdbcUploadStore.VERDICT_DEFINITION);
            // H2 joins by index only: the chunk with itself (a card's chain) and the verdicts by line
            statement.execute("create index ix_upload_staging_card on upload_staging (card_no, card_counter)");
            statement.execute("create index ix_upload_verdict_line on upload_verdict (line_no)");
        }
    }
}
