package cn.lianxin.onecard.app.upload;

import static org.assertj.core.api.Assertions.assertThat;

import cn.lianxin.onecard.app.security.IdentityBootstrap;
import cn.lianxin.onecard.app.support.Api;
import cn.lianxin.onecard.app.support.PostgresIntegrationTest;
import cn.lianxin.onecard.app.support.TestStaff;
import cn.lianxin.onecard.integration.format.AckCodec;
import cn.lianxin.onecard.integration.format.AckFile;
import cn.lianxin.onecard.integration.format.AckStatus;
import cn.lianxin.onecard.integration.format.BillReference;
import cn.lianxin.onecard.integration.format.BlacklistConfirmation;
import cn.lianxin.onecard.integration.format.BlacklistConfirmationCodec;
import cn.lianxin.onecard.integration.format.TransactionType;
import cn.lianxin.onecard.integration.simulator.CommunitySftpServer;
import cn.lianxin.onecard.integration.upload.SftpUploadPollRoute;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
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
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The SFTP channel against real SSH servers (Apache MINA SSHD) on random ports: the centre dials
 * community 32030102's server (address and schedule from the terminal archive, password from the
 * configuration), collects its upload, answers into {@code /exchange/out} and moves the upload
 * to {@code /exchange/.done} on the server; and when staff move the community to another server
 * and schedule, the upload and confirmation pollers follow without a restart.
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
        registry.add("onecard.exchange.sftp.require-host-keys", () -> "false"); // this test's servers have new keys each run
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
    @Autowired
    IdentityBootstrap identity;
    @LocalServerPort
    int port;

    @Test
    @ExtendWith(OutputCaptureExtension.class)
    void theCentreCollectsTheUploadFromTheCommunityServerAndPutsTheAckBack(CapturedOutput output) throws Exception {
        jdbc.update("update terminal set sftp_port = ?, sftp_schedule = '*/1 * * * * *' where community_id = ? and channel = 'SFTP'",
                server.getPort(), COMMUNITY);
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
        assertThat(jdbc.queryForObject("select channel from upload_batch where community_id = ? and consumed_sequence = 1",
                String.class, COMMUNITY)).isEqualTo("SFTP");
        // the poller's lines name their route (MDC camel.routeId in the log pattern), the community and the file
        assertThat(output.getOut().lines().filter(line -> line.contains("Upload CONS_32030102_20261106_000001.DAT of community "
                + COMMUNITY + " via SFTP"))).isNotEmpty()
                .allMatch(line -> line.contains(" via " + SftpUploadPollRoute.ROUTE_PREFIX + COMMUNITY + " " + COMMUNITY
                        + " CONS_32030102_20261106_000001.DAT]"));
    }

    @Test
    void aNewServerAndScheduleSetByStaffAreUsedWithoutARestart() throws Exception {
        TestStaff.ensure(identity);
        Api admin = Api.as(port, TestStaff.ADMIN, TestStaff.PASSWORD);
        Path root = Files.createTempDirectory("sftp-it-moved");
        Path exchange = Files.createDirectories(root.resolve("exchange"));
        try (CommunitySftpServer moved = new CommunitySftpServer(0, "c" + COMMUNITY, "it-secret", root)) {
            // the pollers run with the settings they started with: another port, every 30 minutes
            assertThat(endpointOf(SftpUploadPollRoute.ROUTE_PREFIX + COMMUNITY)).doesNotContain(":" + moved.port() + "/");

            Api.Response changed = admin.put("/api/terminals/32030201", terminal(moved.port(), "*/1 * * * * *"));

            assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
            assertThat(endpointOf(SftpUploadPollRoute.ROUTE_PREFIX + COMMUNITY)).contains(":" + moved.port() + "/")
                    .contains("scheduler.cron=*/1 * * * * *");
            assertThat(endpointOf("sftp-confirmation-poll-" + COMMUNITY)).contains(":" + moved.port() + "/")
                    .contains("scheduler.cron=*/1 * * * * *");

            int sequence = nextSequence();
            String upload = ConsFiles.name(COMMUNITY, sequence);
            Files.write(exchange.resolve(upload), ConsFiles.file(COMMUNITY, ConsFiles.header(COMMUNITY, sequence),
                    List.of(ConsFiles.detail(TransactionType.OTHER_SERVICE, "3203000000000001", "A1B2C3D4", 60 + sequence,
                            "32030201", "3203000000B1", 10 + sequence, 250, 50000, BillReference.NONE))));
            Path ack = exchange.resolve("out").resolve("ACK" + upload.substring(4));
            Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> Files.exists(ack));
            assertThat(AckCodec.read(new ByteArrayInputStream(Files.readAllBytes(ack)), ConsFiles.KEYS).status())
                    .isEqualTo(AckStatus.ACCEPTED);

            Api.Response sent = admin.post("/api/communities/" + COMMUNITY + "/downloads/blacklist?kind=FULL", null);
            assertThat(sent.<String>json("$.status")).as(sent.toString()).isEqualTo("SENT");
            long version = Long.parseLong(sent.json("$.versionOrPeriod"));
            assertThat(exchange.resolve("out").resolve(sent.<String>json("$.fileName"))).exists();
            BlacklistConfirmation confirmation = new BlacklistConfirmation(COMMUNITY, version, LocalDateTime.of(2026, 12, 1, 1, 30));
            Files.write(exchange.resolve(confirmation.fileName().fileName()),
                    BlacklistConfirmationCodec.toBytes(confirmation, ConsFiles.KEYS));
            Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.queryForObject(
                    "select count(*) from blacklist_confirmation where community_id = ? and version = ?", Integer.class,
                    COMMUNITY, version) == 1);
        }
    }

    /** Terminal 32030201 (community 32030102's fee terminal) as staff change it: another port and schedule. */
    private String terminal(int sftpPort, String schedule) {
        Api.Response now = Api.as(port, TestStaff.ADMIN, TestStaff.PASSWORD).get("/api/terminals/32030201");
        return String.format("""
                {"terminalId":"32030201","psamId":"%s","kind":"FEE_TERMINAL","communityId":"%s","model":"%s",
                 "serialNo":"%s","channel":"SFTP","sftpHost":"127.0.0.1","sftpPort":%d,"sftpUser":"c%s",
                 "sftpPath":"/exchange","sftpSchedule":"%s"}""", now.<String>json("$.psamId"), COMMUNITY,
                now.<String>json("$.model"), now.<String>json("$.serialNo"), sftpPort, COMMUNITY, schedule);
    }

    /** The endpoint the route polls, decoded. */
    private String endpointOf(String routeId) {
        return URLDecoder.decode(camel.getRoute(routeId).getEndpoint().getEndpointUri(), StandardCharsets.UTF_8);
    }

    private int nextSequence() {
        Integer max = jdbc.queryForObject("select max(consumed_sequence) from upload_batch where community_id = ?",
                Integer.class, COMMUNITY);
        return max == null ? 1 : max + 1;
    }
}
