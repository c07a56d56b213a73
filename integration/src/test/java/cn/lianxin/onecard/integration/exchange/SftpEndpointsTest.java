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

    @Test
    void shouldNeverNameAKnownHostsFileTheClientWouldWriteTo() {
        ExchangeProperties properties = new ExchangeProperties();
        properties.getSftp().setKnownHostsFile("/etc/onecard/known_hosts");
        properties.getSftp().setPassword("secret");

        properties.getSftp().setStrictHostKeyChecking("yes");
        assertThat(new SftpEndpoints(properties).uri("32030102", "10.3.2.2", 2222, "c32030102", "exchange"))
                .contains("strictHostKeyChecking=yes", "knownHostsFile=%2Fetc%2Fonecard%2Fknown_hosts",
                        "preferredAuthentications=password", "maximumReconnectAttempts=0");
        // unchecked, JSch would add every server's key to the file (and replace a changed one)
        properties.getSftp().setStrictHostKeyChecking("no");
        assertThat(new SftpEndpoints(properties).uri("32030102", "10.3.2.2", 2222, "c32030102", "exchange"))
                .doesNotContain("knownHostsFile").contains("useUserKnownHostsFile=false");
    }
}
