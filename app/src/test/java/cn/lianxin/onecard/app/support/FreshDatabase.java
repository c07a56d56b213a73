package cn.lianxin.onecard.app.support;

import org.springframework.boot.autoconfigure.flyway.FlywayMigrationStrategy;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/** Empties the test database (our tables and the engine's) before migrating, once per context. */
@TestConfiguration(proxyBeanMethods = false)
public class FreshDatabase {

    @Bean
    FlywayMigrationStrategy cleanThenMigrate() {
        return flyway -> {
            flyway.clean();
            flyway.migrate();
        };
    }
}
