package cn.lianxin.onecard.app.upload;

import java.sql.Connection;
import java.sql.SQLException;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.JavaMigration;

/**
 * A Java migration of our schema, for what portable SQL cannot say: its version, its description
 * (both as Flyway recorded them — never change them) and its checksum (the version), run in the
 * migration's transaction. Spring Boot hands every such bean to Flyway.
 */
abstract class NumberedMigration implements JavaMigration {

    private final int version;
    private final String description;

    NumberedMigration(int version, String description) {
        this.version = version;
        this.description = description;
    }

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion(String.valueOf(version));
    }

    @Override
    public String getDescription() {
        return description;
    }

    @Override
    public Integer getChecksum() {
        return version;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    /** Whether the migration runs on PostgreSQL (else the embedded H2). */
    static boolean postgres(Connection connection) throws SQLException {
        return connection.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
    }
}
