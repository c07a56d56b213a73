package cn.lianxin.onecard.integration.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** One reading of the terminal archive's SFTP path for uploads, answers, downloads and confirmations. */
class SftpEndpointsTest {

    @Test
    void shouldPutEveryDirectoryBelowTheLoginsHome() {
        assertThat(SftpEndpoints.directory("/exchange", "")).isEqualTo("exchange");
        assertThat(SftpEndpoints.directory("/exchange/", "out")).isEqualTo("exchange/out");
        assertThat(SftpEndpoints.directory("exchange", "out")).isEqualTo("exchange/out");
        assertThat(SftpEndpoints.directory("/", "out")).isEqualTo("out");
        assertThat(SftpEndpoints.directory("", "")).isEmpty();
    }
}
