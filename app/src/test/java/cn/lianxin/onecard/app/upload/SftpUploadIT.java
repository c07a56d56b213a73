package cn.lianxin.onecard.app.upload;

import static org.assertj.core.api.Assertions.assertThat;

import cn.lianxin.onecard.app.support.PostgresIntegrationTest;
import cn.lianxin.onecard.integration.format.AckCodec;
import cn.lianxin.onecard.integration.format.AckFile;
import cn.lianxin.onecard.integration.format.AckStatus;
import cn.lianxin.onecard.integration.format.BillReference;
import cn.lianxin.onecard.integration.format.TransactionType;
import cn.lianxin.onecard.integration.upload.SftpUploadPollRoute;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.NotifyBuilder;
import org.apache.sshd.server.SshServer;
import org.apache.sshd.common.file.virtualfs.VirtualFileSystemFactory;
import org.apache.sshd.server.keyprovider.SimpleGeneratorHostKeyProvider;
import org.apache.sshd.sftp.server.SftpSubsystemFactory;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The SFTP channel against a real SSH server (Apache MINA SSHD) on a random port: the centre
 * dials community 32030102's server (address from the terminal archive, password from the
 * configuration), collects its upload, answers into {@code /exchange/out} and moves the upload
 * to {@code /exchange/.done} on the server.
 */
@PostgresIntegrationTest
class SftpUploadIT {

    private static final String COMMUNITY = "32030102";
    private static SshServer server;
    private static Path serverRoot;

    @DynamicPropertySource
    static void sftpServer(DynamicPropertyRegistry registry) throws IOException {
        serverRoot = Files.createTempDirectory("sftp-it");
        Files.createDirectories(serverRoot.resolve("exchange"));
        server = SshServer.setUpDefaultServer();
        server.setHost("127.0.0.1");
        server.setPort(0);
        server.setKeyPairProvider(new SimpleGeneratorHostKeyProvider(serverRoot.resolve("hostkey.ser")));
        server.setPasswordAuthenticator((user, password, session) -> ("c" + COMMUNITY).equals(user) && "it-secret".equals(password));
        server.setSubsystemFactories(List.of(new SftpSubsystemFactory()));
        server.setFileSystemFactory(new VirtualFileSystemFactory(serverRoot));
        server.start();
        Path local = Files.createTempDirectory("sftp-it-local");
        registry.add("onecard.exchange.sftp.passwords." + COMMUNITY, () -> "it-secret");
        registry.add("onecard.exchange.sftp.strict-host-key-checking", () -> "no");
        registry.add("onecard.exchange.sftp.schedule-override", () -> "*/1 * * * * *");
        registry.add("onecard.exchange.inbox.enabled", () -> "false");
        registry.add("onecard.exchange.directory", () -> local.resolve("exchange").toString());
        registry.add("onecard.exchange.work-dir", () -> local.resolve("work").toString());
        registry.add("onecard.exchange.quarantine-dir", () -> local.resolve("quarantine").toString());
    }

    @AfterAll
    static void stop() throws IOException {
        server.stop(true);
    }

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    SftpUploadPollRoute sftp;
    @Autowired
    CamelContext camel;

    @Test
    void theCentreCollectsTheUploadFromTheCommunityServerAndPutsTheAckBack() throws Exception {
        jdbc.update("update terminal set sftp_port = ? where community_id = ? and channel = 'SFTP'", server.getPort(), COMMUNITY);
        String header = ConsFiles.header(COMMUNITY, 1);
        String detail = ConsFiles.detail(TransactionType.OTHER_SERVICE, "3203000000000001", "A1B2C3D4", 40, "32030201",
                "3203000000B1", 1, 250, 50000, BillReference.NONE);
        Path exchange = serverRoot.resolve("exchange");
        Files.write(exchange.resolve("CONS_32030102_20261106_000001.DAT"), ConsFiles.file(COMMUNITY, header, List.of(detail)));
        Files.writeString(exchange.resolve("BLA_32030102_0000000001.DAT"), "not an upload of this pipeline\n");

        NotifyBuilder done = new NotifyBuilder(camel).fromRoute(SftpUploadPollRoute.ROUTE_PREFIX + COMMUNITY)
                .whenCompleted(1).create();
        assertThat(sftp.reload()).contains(SftpUploadPollRoute.ROUTE_PREFIX + COMMUNITY);
        assertThat(done.matches(60, TimeUnit.SECONDS)).isTrue();

        Path ack = exchange.resolve("out").resolve("ACK_32030102_20261106_000001.DAT");
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> Files.exists(ack));
        AckFile answer = AckCodec.read(new ByteArrayInputStream(Files.readAllBytes(ack)), ConsFiles.KEYS);
        assertThat(answer.status()).isEqualTo(AckStatus.ACCEPTED);
        assertThat(answer.acceptedCount()).isEqualTo(1);
        Awaitility.await().atMost(Duration.ofSeconds(30))
                .until(() -> Files.exists(exchange.resolve(".done").resolve("CONS_32030102_20261106_000001.DAT")));
        assertThat(exchange.resolve("BLA_32030102_0000000001.DAT")).exists();
        assertThat(jdbc.queryForObject("select count(*) from wallet_transaction where place = '32030201' and batch_id is not null",
                Integer.class)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select channel from upload_batch where community_id = ?", String.class, COMMUNITY))
                .isEqualTo("SFTP");
    }
}
