package cn.lianxin.onecard.app.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.lianxin.onecard.app.OneCardApplication;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import cn.lianxin.onecard.integration.keys.MasterKeyStoreTool;
import cn.lianxin.onecard.integration.keys.MasterKeys;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.core.NestedExceptionUtils;

/**
 * The production profile does not start while the first administrator's password is unset or a
 * demo one, while the master-key keystore is missing or holds the published test keys, or while
 * the host keys of the SFTP communities are not checked or not known.
 */
class ProductionProfileIT {

    @ParameterizedTest(name = "password ''{0}'' is refused")
    @CsvSource(value = {"'', is not set", "demo, demo or well-known password"})
    void shouldRefuseToStart(String password, String reason, @TempDir Path keys) {
        Path keystore = keys.resolve("master-keys.p12");
        MasterKeyStoreTool.write(keystore, "keystore-Password-2026".toCharArray(), MasterKeys.testKeys(), true);
        SpringApplicationBuilder production = new SpringApplicationBuilder(OneCardApplication.class)
                .profiles("postgres")
                .properties("DB_URL=jdbc:postgresql://localhost:5432/${ONECARD_IT_DATABASE:test}", "DB_USER=postgres",
                        "server.port=0", "ONECARD_ADMIN_PASSWORD=" + password,
                        "ONECARD_KEYSTORE=" + keystore, "ONECARD_KEYSTORE_PASSWORD=keystore-Password-2026",
                        "onecard.keys.allow-test-keys=true");

        assertThatThrownBy(production::run)
                .rootCause()
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("ONECARD_ADMIN_PASSWORD")
                .hasMessageContaining(reason);
    }

    @org.junit.jupiter.api.Test
    void shouldRefuseToStartWithAKeystoreOfThePublishedTestKeys(@TempDir Path keys) {
        Path keystore = keys.resolve("master-keys.p12");
        MasterKeyStoreTool.write(keystore, "keystore-Password-2026".toCharArray(), MasterKeys.testKeys(), true);
        SpringApplicationBuilder production = new SpringApplicationBuilder(OneCardApplication.class)
                .profiles("postgres")
                .properties("DB_URL=jdbc:postgresql://localhost:5432/${ONECARD_IT_DATABASE:test}", "DB_USER=postgres",
                        "server.port=0", "onecard.security.initial-admin-password=a-strong-Password-2026",
                        "ONECARD_KEYSTORE=" + keystore, "ONECARD_KEYSTORE_PASSWORD=keystore-Password-2026");

        assertThatThrownBy(production::run)
                .rootCause()
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("holds the published test master keys")
                .hasMessageContaining("mk_tac, mk_upload, mk_wallet, mk_sector")
                .hasMessageContaining("bin/keystore");
    }

    @org.junit.jupiter.api.Test
    void shouldRefuseToStartWithoutTheMasterKeyKeystore() {
        SpringApplicationBuilder production = new SpringApplicationBuilder(OneCardApplication.class)
                .profiles("postgres")
                .properties("DB_URL=jdbc:postgresql://localhost:5432/${ONECARD_IT_DATABASE:test}", "DB_USER=postgres", "server.port=0",
                        "onecard.security.initial-admin-password=a-strong-Password-2026");

        assertThatThrownBy(production::run)
                .rootCause()
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("ONECARD_KEYSTORE is not set");
    }

    @org.junit.jupiter.api.Test
    void shouldRefuseToStartWithAnSftpCommunityWhoseHostKeyIsUnknown(@TempDir Path keys) throws java.io.IOException {
        Path keystore = keys.resolve("master-keys.p12");
        MasterKeyStoreTool.write(keystore, "keystore-Password-2026".toCharArray(), MasterKeys.testKeys(), true);
        Path knownHosts = java.nio.file.Files.writeString(keys.resolve("known_hosts"), "# no community yet\n");
        SpringApplicationBuilder production = new SpringApplicationBuilder(OneCardApplication.class)
                .profiles("postgres")
                .properties("DB_URL=jdbc:postgresql://localhost:5432/${ONECARD_IT_DATABASE:test}", "DB_USER=postgres",
                        "server.port=0", "ONECARD_ADMIN_PASSWORD=a-strong-Password-2026", "ONECARD_DEMO_MASTER_DATA=true",
                        "ONECARD_KEYSTORE=" + keystore, "ONECARD_KEYSTORE_PASSWORD=keystore-Password-2026",
                        "ONECARD_SFTP_KNOWN_HOSTS=" + knownHosts, "onecard.keys.allow-test-keys=true");

        // the demo data's community 32030102 collects over SFTP
        assertThatThrownBy(production::run).satisfies(refused -> assertThat(NestedExceptionUtils.getMostSpecificCause(refused))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("refusing to start: " + knownHosts + " holds no host key for community 32030102 (terminal "));
    }

    @org.junit.jupiter.api.Test
    void shouldRefuseToStartWithHostKeyCheckingOff(@TempDir Path keys) {
        Path keystore = keys.resolve("master-keys.p12");
        MasterKeyStoreTool.write(keystore, "keystore-Password-2026".toCharArray(), MasterKeys.testKeys(), true);
        SpringApplicationBuilder production = new SpringApplicationBuilder(OneCardApplication.class)
                .profiles("postgres")
                .properties("DB_URL=jdbc:postgresql://localhost:5432/${ONECARD_IT_DATABASE:test}", "DB_USER=postgres",
                        "server.port=0", "ONECARD_ADMIN_PASSWORD=a-strong-Password-2026",
                        "ONECARD_KEYSTORE=" + keystore, "ONECARD_KEYSTORE_PASSWORD=keystore-Password-2026",
                        "onecard.keys.allow-test-keys=true");

        // as an operator would switch it off: on the command line, over the profile's yes
        assertThatThrownBy(() -> production.run("--onecard.exchange.sftp.strict-host-key-checking=no")).satisfies(refused -> assertThat(NestedExceptionUtils.getMostSpecificCause(refused))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("onecard.exchange.sftp.strict-host-key-checking is 'no'"));
    }
}
