package cn.lianxin.onecard.app.terminal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import cn.lianxin.onecard.app.download.SftpCollection;
import cn.lianxin.onecard.app.security.IdentityBootstrap;
import cn.lianxin.onecard.app.support.Api;
import cn.lianxin.onecard.app.support.PostgresIntegrationTest;
import cn.lianxin.onecard.app.support.TestStaff;
import cn.lianxin.onecard.integration.upload.SftpUploadPollRoute;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.PublicKey;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.sshd.common.config.keys.PublicKeyEntry;
import org.apache.sshd.common.file.virtualfs.VirtualFileSystemFactory;
import org.apache.sshd.server.SshServer;
import org.apache.sshd.server.keyprovider.SimpleGeneratorHostKeyProvider;
import org.apache.sshd.sftp.server.SftpSubsystemFactory;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Community 32030102's SFTP channel when its server refuses the centre, on the production profile
 * (host keys checked): a changed host key and a changed password are reported with the SSH
 * client's reason in the log (route, community, terminal) and in the community's channel status
 * and the health details; the status is FAILING after three failures in a row and OK again after
 * the next success; each poll tries one login; a download request is answered at once.
 */
@PostgresIntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class SftpChannelIT {

    private static final String COMMUNITY = "32030102";
    private static final String TERMINAL = "32030201";
    private static final AtomicReference<String> acceptedPassword = new AtomicReference<>("it-secret");
    /** Passwords offered, per connection. */
    private static final Map<Object, AtomicInteger> passwordsPerConnection = new ConcurrentHashMap<>();
    private static SshServer server;
    private static Path knownHosts;
    private static String rightKey;
    private static String otherKey;

    @DynamicPropertySource
    static void sftpServer(DynamicPropertyRegistry registry) throws IOException {
        Path root = Files.createTempDirectory("sftp-channel-it");
        Files.createDirectories(root.resolve("exchange"));
        server = SshServer.setUpDefaultServer();
        server.setHost("127.0.0.1");
        server.setPort(0);
        SimpleGeneratorHostKeyProvider hostKey = new SimpleGeneratorHostKeyProvider(root.resolve("hostkey.ser"));
        server.setKeyPairProvider(hostKey);
        // keyboard-interactive, if the centre offered it, would ask this authenticator too
        server.setPasswordAuthenticator((user, password, session) -> {
            passwordsPerConnection.computeIfAbsent(session, s -> new AtomicInteger()).incrementAndGet();
            return ("c" + COMMUNITY).equals(user) && acceptedPassword.get().equals(password);
        });
        server.setSubsystemFactories(List.of(new SftpSubsystemFactory()));
        server.setFileSystemFactory(new VirtualFileSystemFactory(root));
        server.start();
        rightKey = publicKey(hostKey);
        otherKey = publicKey(new SimpleGeneratorHostKeyProvider(root.resolve("another-hostkey.ser")));
        knownHosts = root.resolve("known_hosts");
        writeKnownHosts(rightKey);
        Path local = Files.createTempDirectory("sftp-channel-it-local");
        registry.add("onecard.exchange.sftp.passwords." + COMMUNITY, () -> "it-secret");
        registry.add("onecard.exchange.sftp.known-hosts-file", knownHosts::toString);
        registry.add("onecard.exchange.sftp.schedule-override", () -> "*/1 * * * * *");
        registry.add("onecard.exchange.sftp.backoff-multiplier", () -> "2");
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
    SftpUploadPollRoute uploadPoller;
    @Autowired
    SftpCollection confirmationPoller;
    @Autowired
    IdentityBootstrap identity;
    @LocalServerPort
    int port;

    @BeforeEach
    void dialTheTestServer() throws Exception {
        TestStaff.ensure(identity);
        jdbc.update("update terminal set sftp_host = '127.0.0.1', sftp_port = ? where community_id = ? and channel = 'SFTP'",
                server.getPort(), COMMUNITY);
    }

    @Test
    void aChangedHostKeyIsReportedWithItsReasonUntilTheServerIsKnownAgain(CapturedOutput output) throws Exception {
        writeKnownHosts(otherKey);
        acceptedPassword.set("it-secret");
        restartPollers();

        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            Api.Response channel = staff().get("/api/communities/" + COMMUNITY + "/channel");
            assertThat(channel.<String>json("$.state")).as(channel.toString()).isEqualTo("FAILING");
            assertThat(channel.<String>json("$.lastFailureReason")).startsWith("HostKey has been changed: [127.0.0.1]:"
                    + server.getPort());
            assertThat(channel.<String>json("$.terminalId")).isEqualTo(TERMINAL);
        });
        // the log line names the route, the community, its terminal and the reason, once per poll
        assertThat(output.getOut().lines().filter(line -> line.contains("route sftp-upload-poll-" + COMMUNITY
                + ": SFTP channel of community " + COMMUNITY + " (terminal " + TERMINAL + ") failed: HostKey has been changed")))
                .isNotEmpty();
        assertThat(output.getOut()).as("Camel's own WARN of the same poll, without the reason")
                .doesNotContain("Failed polling endpoint").doesNotContain("Cannot connect/login to");
        Api.Response health = admin().get("/actuator/health");
        assertThat(health.<String>json("$.components.sftpChannels.details['" + COMMUNITY + "'].state")).as(health.toString())
                .isEqualTo("FAILING");
        assertThat(health.<String>json("$.components.sftpChannels.details['" + COMMUNITY + "'].lastFailureReason"))
                .startsWith("HostKey has been changed");
        assertThat(health.<String>json("$.status")).isEqualTo("UP");
        assertThat(Api.as(port, TestStaff.STAFF_101, TestStaff.PASSWORD).get("/api/communities/" + COMMUNITY + "/channel")
                .status()).as("another community's staff").isEqualTo(404);

        writeKnownHosts(rightKey); // staff confirmed the new key with the community

        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            Api.Response channel = staff().get("/api/communities/" + COMMUNITY + "/channel");
            assertThat(channel.<String>json("$.state")).as(channel.toString()).isEqualTo("OK");
            assertThat(channel.<Integer>json("$.consecutiveFailures")).isZero();
            assertThat(channel.<String>json("$.lastSuccessAt")).isNotNull();
        });
    }

    @Test
    void aRefusedPasswordIsTriedOncePerPollAndADownloadIsAnsweredAtOnce() throws Exception {
        writeKnownHosts(rightKey);
        acceptedPassword.set("changed by the community");
        restartPollers();
        passwordsPerConnection.clear();

        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            Api.Response channel = staff().get("/api/communities/" + COMMUNITY + "/channel");
            assertThat(channel.<String>json("$.state")).as(channel.toString()).isEqualTo("FAILING");
            assertThat(channel.<String>json("$.lastFailureReason")).startsWith("Auth fail");
        });
        // one password per connection: no repeats of the same password, no keyboard-interactive
        assertThat(passwordsPerConnection).isNotEmpty();
        assertThat(passwordsPerConnection.values()).allMatch(tried -> tried.get() == 1);

        Api.Response sent = assertTimeoutPreemptively(Duration.ofSeconds(5),
                () -> admin().post("/api/communities/" + COMMUNITY + "/downloads/blacklist?kind=FULL", null));
        assertThat(sent.status()).as(sent.toString()).isEqualTo(201);
        assertThat(sent.<String>json("$.status")).isIn("QUEUED", "FAILED");
        assertThat(sent.<String>json("$.problem")).contains("Auth fail");

        acceptedPassword.set("it-secret"); // the community put the centre's password back

        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            Api.Response channel = staff().get("/api/communities/" + COMMUNITY + "/channel");
            assertThat(channel.<String>json("$.state")).as(channel.toString()).isEqualTo("OK");
            assertThat(channel.<Integer>json("$.consecutiveFailures")).isZero();
        });
    }

    private void restartPollers() throws Exception {
        jdbc.update("delete from channel_status");
        uploadPoller.restart(COMMUNITY);
        confirmationPoller.restart(COMMUNITY);
    }

    private Api staff() {
        return Api.as(port, TestStaff.STAFF_102, TestStaff.PASSWORD);
    }

    private Api admin() {
        return Api.as(port, TestStaff.ADMIN, TestStaff.PASSWORD);
    }

    private static String publicKey(SimpleGeneratorHostKeyProvider provider) {
        KeyPair pair = provider.loadKeys(null).iterator().next();
        PublicKey key = pair.getPublic();
        return PublicKeyEntry.toString(key);
    }

    /** known_hosts: the demo data's server of the other ITs, and this test's server with {@code key}. */
    private static void writeKnownHosts(String key) throws IOException {
        Files.writeString(knownHosts, Files.readString(Path.of("src/test/resources/sftp/known_hosts"))
                + "[127.0.0.1]:" + server.getPort() + " " + key + "\n");
    }
}
