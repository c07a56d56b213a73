package cn.lianxin.onecard.app.platform;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import javax.sql.DataSource;
import org.springframework.jdbc.support.incrementer.DataFieldMaxValueIncrementer;
import org.springframework.jdbc.support.incrementer.H2SequenceMaxValueIncrementer;
import org.springframework.jdbc.support.incrementer.PostgresSequenceMaxValueIncrementer;
import org.springframework.stereotype.Component;

/**
 * Database sequences the same way on PostgreSQL and H2 (they spell "next value" differently):
 * numbers handed out once, never reused, without a table lock.
 */
@Component
public class Sequences {

    private final DataSource dataSource;
    private final boolean postgres;

    Sequences(DataSource dataSource) throws SQLException {
        this.dataSource = dataSource;
        try (Connection connection = dataSource.getConnection()) {
            this.postgres = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres");
        }
    }

    public DataFieldMaxValueIncrementer sequence(String name) {
        return postgres ? new PostgresSequenceMaxValueIncrementer(dataSource, name)
                : new H2SequenceMaxValueIncrementer(dataSource, name);
    }
}
