package cn.lianxin.onecard.integration.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

/** A setting under a name the exchange no longer reads stops the start, naming the one to use. */
class RetiredSettingsTest {

    @Test
    void shouldRefuseOldUploadAndExchangeNamesAndNameTheNewOnes() {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("old", Map.of(
                "onecard.uploads.sftp.passwords.32030102", "secret",
                "onecard.exchange.redelivery-delay-ms", "1000")));
        environment.getPropertySources().addFirst(new SystemEnvironmentPropertySource("env", Map.of(
                "ONECARD_SFTP_OPTIONS", "strictHostKeyChecking=yes")));

        assertThatThrownBy(() -> new RetiredSettings(environment))
                .hasMessageContaining("onecard.uploads.sftp.passwords.32030102 → onecard.exchange.sftp.passwords.32030102")
                .hasMessageContaining("onecard.exchange.redelivery-delay-ms → onecard.exchange.redelivery-delay")
                .hasMessageContaining("ONECARD_SFTP_OPTIONS → onecard.exchange.sftp.strict-host-key-checking");
    }

    @Test
    void shouldLetTheCurrentNamesPass() {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("new", Map.of(
                "onecard.exchange.redelivery-delay", "1s",
                "onecard.exchange.sftp.poll-delay", "30m",
                "onecard.exchange.maximum-redeliveries", "3")));

        assertThat(new RetiredSettings(environment)).isNotNull();
    }
}
