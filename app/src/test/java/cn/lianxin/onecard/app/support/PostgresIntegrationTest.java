package cn.lianxin.onecard.app.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * The whole back office on the real PostgreSQL 15 of this machine (database {@code test}, or the one
 * environment variable {@code ONECARD_IT_DATABASE} names, so two checkouts can run their ITs side by side), in its
 * production profile (with a real master-key keystore of the test keys and simulated outlet
 * readers), with demo master data but no demo users. Each test class runs in its own
 * JVM (see the failsafe configuration) and starts from a database Flyway has cleaned and migrated.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "DB_URL=jdbc:postgresql://localhost:5432/${ONECARD_IT_DATABASE:test}",
        "DB_USER=postgres",
        "DB_PASSWORD=",
        "onecard.security.initial-admin-password=" + TestStaff.PASSWORD,
        "onecard.demo.master-data=true",
        "spring.flyway.clean-disabled=false",
        "onecard.readers.simulated=true",
        // the production profile refuses to start without a host key for each SFTP community's server
        "onecard.exchange.sftp.known-hosts-file=src/test/resources/sftp/known_hosts",
        // the keystore holds the published test keys, which production refuses
        "onecard.keys.allow-test-keys=true"})
@ActiveProfiles("postgres")
@ContextConfiguration(initializers = TestKeystore.class)
@Import(FreshDatabase.class)
public @interface PostgresIntegrationTest {
}
