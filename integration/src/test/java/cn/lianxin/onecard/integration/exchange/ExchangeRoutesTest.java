package cn.lianxin.onecard.integration.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.sshd.common.file.virtualfs.VirtualFileSystemFactory;
import org.apache.sshd.server.SshServer;
import org.apache.sshd.server.keyprovider.SimpleGeneratorHostKeyProvider;
import org.apache.sshd.sftp.server.SftpSubsystemFactory;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.NotifyBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The exchange routes on a plain Camel context: delivery to the inbox, confirmation pick-up, retries then dead letter. */
class ExchangeRoutesTest {

    @TempDir
    Path exchange;

    final List<String> received = new CopyOnWriteArrayList<>();
    volatile RuntimeException failure;
    CamelContext camel;

    final ExchangeProperties properties = new ExchangeProperties();

    void start() throws Exception {
        camel = new DefaultCamelContext();
        properties.setDirectory(exchange);
        properties.getInbox().setDelay(Duration.ofMillis(50));
        properties.setMaximumRedeliveries(2);
        properties.setRedeliveryDelay(Duration.ofMillis(10));
        properties.getSftp().setPassword("secret");
        properties.getSftp().setStrictHostKeyChecking("no");
        ConfirmationReceiver receiver = (community, fileName, content) -> {
            if (failure != null) {
                throw failure;
            }
            received.add(community + " " + fileName + " " + new String(content, StandardCharsets.US_ASCII));
            return new ConfirmationReceiver.ConfirmationOutcome(true, "recorded");
        };
        DeadLetterDirectory deadLetters = new DeadLetterDirectory(properties);
        camel.addRoutes(new ErrorHandling(properties));
        camel.addRoutes(new DeadLetterRoute(List.of(deadLetters), deadLetters));
        camel.addRoutes(new DownloadDeliveryRoute(properties));
        camel.addRoutes(new InboxConfirmationPollRoute(receiver, properties));
        camel.start();
    }

    @AfterEach
    void stop() {
        if (camel != null) {
            camel.stop();
        }
    }

    @Test
    void shouldDeliverADownloadIntoTheCommunitysOutDirectory() throws Exception {
        start();
        DownloadSender sender = new DownloadSender(camel.createProducerTemplate(), properties, SftpChannelReports.NONE);

        Delivery delivery = sender.deliver(DownloadTarget.of("32030101", Channel.INBOX), "BLK_32030101_0000000001.DAT",
                "BLH1…".getBytes(StandardCharsets.UTF_8));

        assertThat(delivery.delivered()).isTrue();
        Path out = exchange.resolve("32030101").resolve("out");
        try (Stream<Path> files = Files.list(out)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("BLK_32030101_0000000001.DAT");
        }
    }

    @Test
    void shouldHandAConfirmationInTheInboxToTheReceiverWithItsCommunityAndLeaveUploadsAlone() throws Exception {
        start();
        NotifyBuilder done = new NotifyBuilder(camel).fromRoute("inbox-confirmation-poll").whenDone(1).create();

        drop(exchange.resolve("32030102").resolve("in"), "CONS_32030102_20261124_000001.DAT", "HDR1");
        drop(exchange.resolve("32030102").resolve("in"), "BLA_32030102_0000000003.DAT", "BLA1");

        assertThat(done.matches(10, TimeUnit.SECONDS)).isTrue();
        assertThat(received).containsExactly("32030102 BLA_32030102_0000000003.DAT BLA1");
        assertThat(exchange.resolve("32030102").resolve("in").resolve("BLA_32030102_0000000003.DAT")).doesNotExist();
        assertThat(exchange.resolve("32030102").resolve("in").resolve("CONS_32030102_20261124_000001.DAT")).exists();
    }

    @Test
    void shouldRetryAFailingConfirmationThenPutItIntoTheDeadLetterDirectory() throws Exception {
        failure = new IllegalStateException("database away");
        start();
        NotifyBuilder done = new NotifyBuilder(camel).fromRoute("inbox-confirmation-poll").whenDone(1).create();

        drop(exchange.resolve("32030101").resolve("in"), "BLA_32030101_0000000001.DAT", "BLA1");

        assertThat(done.matches(10, TimeUnit.SECONDS)).isTrue();
        assertThat(received).isEmpty();
        try (Stream<Path> dead = Files.walk(exchange.resolve("dead-letter"))) {
            assertThat(dead.filter(Files::isRegularFile).map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder("BLA_32030101_0000000001.DAT", "BLA_32030101_0000000001.DAT.reason");
        }
        assertThat(exchange.resolve("dead-letter").resolve("BLA_32030101_0000000001.DAT")).hasContent("BLA1");
        assertThat(exchange.resolve("dead-letter").resolve("BLA_32030101_0000000001.DAT.reason")).content()
                .contains("work: CONFIRMATION", "route: inbox-confirmation-poll", "community: 32030101", "attempts: 3",
                        "database away");
    }

    @Test
    void shouldSayWhyADeliveryFailedAfterTheRetries() throws Exception {
        start();
        DownloadSender sender = new DownloadSender(camel.createProducerTemplate(), properties, SftpChannelReports.NONE);

        Delivery delivery = sender.deliver(new DownloadTarget("32030102", Channel.SFTP, "127.0.0.1", 1, "c32030102",
                "/exchange", null), "PARM_32030102_0000000001.DAT", "PAH1".getBytes(StandardCharsets.US_ASCII));

        assertThat(delivery.delivered()).isFalse();
        assertThat(delivery.problem()).contains("Cannot connect to sftp://c32030102@127.0.0.1:1");
        assertThat(exchange.resolve("dead-letter").resolve("PARM_32030102_0000000001.DAT")).hasContent("PAH1");
        assertThat(exchange.resolve("dead-letter").resolve("PARM_32030102_0000000001.DAT.reason")).content()
                .contains("work: DOWNLOAD", "route: download-delivery", "community: 32030102", "attempts: 3");
    }

    private static void drop(Path directory, String name, String content) throws Exception {
        Files.createDirectories(directory);
        Path part = directory.resolve("." + name);
        Files.writeString(part, content, StandardCharsets.US_ASCII);
        Files.move(part, directory.resolve(name), StandardCopyOption.ATOMIC_MOVE);
    }

    @Test
    void shouldNotTryAgainADeliveryTheServerRefusedTheLoginOf(@TempDir Path serverRoot) throws Exception {
        AtomicInteger passwordsTried = new AtomicInteger();
        Files.createDirectories(serverRoot.resolve("exchange").resolve("out"));
        SshServer server = SshServer.setUpDefaultServer();
        server.setHost("127.0.0.1");
        server.setPort(0);
        server.setKeyPairProvider(new SimpleGeneratorHostKeyProvider(serverRoot.resolve("hostkey.ser")));
        server.setPasswordAuthenticator((user, password, session) -> passwordsTried.incrementAndGet() < 0);
        server.setSubsystemFactories(List.of(new SftpSubsystemFactory()));
        server.setFileSystemFactory(new VirtualFileSystemFactory(serverRoot));
        server.start();
        try {
            start();
            DownloadSender sender = new DownloadSender(camel.createProducerTemplate(), properties, SftpChannelReports.NONE);

            Delivery delivery = sender.deliver(new DownloadTarget("32030102", Channel.SFTP, "127.0.0.1", server.getPort(),
                    "c32030102", "/exchange", null), "PARM_32030102_0000000002.DAT", "PAH1".getBytes(StandardCharsets.US_ASCII));

            assertThat(delivery.delivered()).isFalse();
            assertThat(delivery.problem()).contains("Cannot connect to sftp://c32030102@127.0.0.1:" + server.getPort())
                    .contains("Auth fail");
            // one connection, one password: a redelivery would only be another refused login
            assertThat(passwordsTried).hasValue(1);
            assertThat(exchange.resolve("dead-letter").resolve("PARM_32030102_0000000002.DAT")).hasContent("PAH1");
        } finally {
            server.stop(true);
        }
    }
}
