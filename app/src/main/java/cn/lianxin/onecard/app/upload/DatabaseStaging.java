package cn.lianxin.onecard.app.upload;

import cn.lianxin.onecard.integration.upload.ChunkedStaging;
import java.sql.Connection;
import java.sql.SQLException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Staging whose chunks the upload's transaction loads into {@code upload_staging}, each chunk
 * replacing the last ({@link PostgresCopyStaging}, {@link JdbcBatchStaging}).
 *
 * @param <C> what a chunk is made of
 */
abstract class DatabaseStaging<C> extends ChunkedStaging<C> {

    DatabaseStaging(int chunkLines) {
        super(chunkLines);
    }

    /** The statement that empties {@code upload_staging} inside the upload's transaction. */
    abstract String emptyStaging();

    /** Writes one chunk into the empty {@code upload_staging}. */
    abstract void load(Connection connection, C chunk) throws SQLException;

    /** The next chunk in {@code upload_staging} instead of the last: its line count, or -1 after the last. */
    final int loadNext(JdbcTemplate jdbc, Connection connection) throws SQLException {
        Chunk<C> chunk = next();
        if (chunk == null) {
            return -1;
        }
        jdbc.execute(emptyStaging());
        load(connection, chunk.content());
        return chunk.lines();
    }
}
