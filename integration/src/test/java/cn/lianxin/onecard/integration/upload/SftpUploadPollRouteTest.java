package cn.lianxin.onecard.integration.upload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.lianxin.onecard.integration.exchange.ExchangeProperties;
import cn.lianxin.onecard.integration.exchange.SftpChannelReports;
import cn.lianxin.onecard.integration.exchange.SftpPollStrategy;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.sshd.common.file.virtualfs.VirtualFileSystemFactory;
import org.apache.sshd.common.session.Session;
import org.apache.sshd.common.session.SessionListener;
import org.apache.sshd.server.SshServer;
import org.apache.sshd.server.keyprovider.SimpleGeneratorHostKeyProvider;
import org.apache.sshd.sftp.server.SftpSubsystemFactory;
import org.awaitility.Awaitility;
import java.util.List;
import org.apache.camel.CamelContext;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.processor.idempotent.MemoryIdempotentRepository;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The SFTP upload pollers on a plain Camel context: starting them dials no community server; a
 * server that refuses the login sees one attempt per poll, fewer once the poller backs off, and
 * the refusal is reported with the SSH client's reason.
 */
class SftpUploadPollRouteTest {

    @TempDir
    Path work;

    @Test
    void shouldStartAPollerWithoutConnectingToItsServer() throws Exception {
        // a community server that accepts connections and never answers: a poller that dialled it at
        // start would hold up the start for its connect timeout on every retry
        try (ServerSocket hangingServer = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
             CamelContext camel = new DefaultCamelContext()) {
            ExchangeProperties properties = new ExchangeProperties();
            properties.setWorkDir(work);
            properties.getSftp().setPassword("demo");
            properties.getSftp().setStrictHostKeyChecking("no");
            SftpServers servers = () -> List.of(new SftpServers.SftpServer("32030102", "127.0.0.1",
                    hangingServer.getLocalPort(), "c32030102", "exchange", "0 0 0 1 1 *"));
            SftpUploadPollRoute route = new SftpUploadPollRoute(properties, servers);
            camel.getRegistry().bind("uploadFileRepository", MemoryIdempotentRepository.memoryIdempotentRepository());
            camel.getRegistry().bind(SftpPollStrategy.BEAN, new SftpPollStrategy(SftpChannelReports.NONE));
            camel.addRoutes(route);
            camel.start();

            assertThat(route.reload()).containsExactly("sftp-upload-poll-32030102");

            assertThat(camel.getRouteController().getRouteStatus("sftp-upload-poll-32030102").isStarted()).isTrue();
            // a connection made while the route started would already wait in the server's queue
            hangingServer.setSoTimeout(200);
            assertThatThrownBy(hangingServer::accept).isInstanceOf(SocketTimeoutException.class);
        }
    }

    @Test
    void shouldTryOneLoginPerPollAndBackOffWhileTheServerRefusesIt() throws Exception {
        List<Instant> attempts = new CopyOnWriteArrayList<>();
        AtomicInteger sessions = new AtomicInteger();
        AtomicReference<String> accepted = new AtomicReference<>("the community changed it");
        Path root = Files.createDirectories(work.resolve("server").resolve("exchange")).getParent();
        SshServer server = SshServer.setUpDefaultServer();
        server.setHost("127.0.0.1");
        server.setPort(0);
        server.setKeyPairProvider(new SimpleGeneratorHostKeyProvider(work.resolve("hostkey.ser")));
        // keyboard-interactive, if the client offered it, would ask this authenticator too
        server.setPasswordAuthenticator((user, password, session) -> {
            attempts.add(Instant.now());
            return accepted.get().equals(password);
        });
        server.addSessionListener(new SessionListener() {
            @Override
            public void sessionCreated(Session session) {
                sessions.incrementAndGet();
            }
        });
        server.setSubsystemFactories(List.of(new SftpSubsystemFactory()));
        server.setFileSystemFactory(new VirtualFileSystemFactory(root));
        server.start();
        Recorded reports = new Recorded();
        try (CamelContext camel = new DefaultCamelContext()) {
            ExchangeProperties properties = new ExchangeProperties();
            properties.setWorkDir(work.resolve("work"));
            properties.getSftp().setPassword("demo");
            properties.getSftp().setStrictHostKeyChecking("no");
            properties.getSftp().setScheduleOverride("*/1 * * * * *");
            properties.getSftp().setFailingAfter(2);
            properties.getSftp().setBackoffMultiplier(3);
            SftpServers servers = () -> List.of(new SftpServers.SftpServer("32030102", "127.0.0.1", server.getPort(),
                    "c32030102", "/exchange", null));
            SftpUploadPollRoute route = new SftpUploadPollRoute(properties, servers);
            camel.getRegistry().bind("uploadFileRepository", MemoryIdempotentRepository.memoryIdempotentRepository());
            camel.getRegistry().bind(SftpPollStrategy.BEAN, new SftpPollStrategy(reports));
            camel.addRoutes(route);
            camel.start();
            route.reload();

            Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> attempts.size() >= 3);

            // one connection and one password per poll, each refusal reported once with the server's reason
            assertThat(attempts).hasSameSizeAs(reports.failures).hasSize(sessions.get());
            assertThat(reports.failures).allMatch(f -> f.startsWith("sftp-upload-poll-32030102 32030102 Auth fail for methods"));
            // after two refusals in a row the poller skips three polls of one second before it dials again
            assertThat(Duration.between(attempts.get(1), attempts.get(2))).isGreaterThanOrEqualTo(Duration.ofMillis(2500));

            accepted.set("demo");
            Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> !reports.successes.isEmpty());
            assertThat(reports.successes).first().isEqualTo("sftp-upload-poll-32030102 32030102");
        } finally {
            server.stop(true);
        }
    }

    /** What the poll strategy reported. */
    private static final class Recorded implements SftpChannelReports {
        final List<String> failures = new CopyOnWriteArrayList<>();
        final List<String> successes = new CopyOnWriteArrayList<>();

        @Override
        public void succeeded(String communityId, String routeId) {
            successes.add(routeId + " " + communityId);
        }

        @Override
        public void failed(String communityId, String routeId, String reason) {
            failures.add(routeId + " " + communityId + " " + reason);
        }
    }
}
