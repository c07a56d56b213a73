package cn.lianxin.onecard.integration.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import cn.lianxin.onecard.integration.keys.KeySystem;
import cn.lianxin.onecard.integration.keys.MasterKeys;
import cn.lianxin.onecard.integration.upload.ConsUploadPipeline;
import cn.lianxin.onecard.integration.upload.FailedUploads;
import cn.lianxin.onecard.integration.upload.InboxUploadPollRoute;
import cn.lianxin.onecard.integration.upload.Quarantine;
import cn.lianxin.onecard.integration.upload.UploadIngestRoute;
import cn.lianxin.onecard.integration.upload.UploadStore;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.apache.camel.CamelContext;
import org.apache.camel.Route;
import org.apache.camel.builder.NotifyBuilder;
import org.apache.camel.spi.IdempotentRepository;
import org.apache.camel.support.processor.idempotent.MemoryIdempotentRepository;
import org.apache.camel.test.spring.junit5.CamelSpringBootTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Every route of the project has one error handler: an upload from an inbox, a confirmation from
 * an inbox and a download to an SFTP server that fail for a technical reason are each tried
 * 1 + {@code maximum-redeliveries} times, then go through the one dead-letter route, which keeps
 * the upload in the quarantine (indexed with status F, where staff list it) and the confirmation
 * and the download in the dead-letter directory — each logged once, at ERROR.
 */
@CamelSpringBootTest
@SpringBootTest(classes = OneErrorHandlerTest.Routes.class, properties = {
        "onecard.exchange.maximum-redeliveries=2",
        "onecard.exchange.redelivery-delay=10ms",
        "onecard.exchange.inbox.delay=50ms",
        "onecard.exchange.sftp.enabled=false",
        "onecard.exchange.sftp.strict-host-key-checking=no"})
class OneErrorHandlerTest {

    static final Path ROOT;

    static {
        try {
            ROOT = Files.createTempDirectory("one-error-handler");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @DynamicPropertySource
    static void directories(DynamicPropertyRegistry registry) {
        registry.add("onecard.exchange.directory", () -> ROOT.resolve("exchange").toString());
        registry.add("onecard.exchange.quarantine-dir", () -> ROOT.resolve("quarantine").toString());
        registry.add("onecard.exchange.work-dir", () -> ROOT.resolve("work").toString());
    }

    @SpringBootConfiguration
    @EnableAutoConfiguration(exclude = DataSourceAutoConfiguration.class)
    @Import({ExchangeRoutesConfiguration.class, ErrorHandling.class, DeadLetterRoute.class, DeadLetterDirectory.class,
            InboxConfirmationPollRoute.class, DownloadDeliveryRoute.class, DownloadSender.class,
            InboxUploadPollRoute.class, UploadIngestRoute.class, FailedUploads.class})
    static class Routes {

        @Bean
        Clock clock() {
            return Clock.fixed(Instant.parse("2026-11-24T04:00:00Z"), ZoneId.of("Asia/Shanghai"));
        }

        @Bean
        DatabaseAway store() {
            return new DatabaseAway();
        }

        @Bean
        Quarantine quarantine(ExchangeProperties properties) {
            return new Quarantine(properties.getQuarantineDir());
        }

        @Bean(destroyMethod = "shutdownNow")
        ExecutorService uploadReadingThreads() {
            return Executors.newCachedThreadPool();
        }

        @Bean
        ConsUploadPipeline pipeline(UploadStore store, Quarantine quarantine, Clock clock,
                ExecutorService uploadReadingThreads) {
            return new ConsUploadPipeline(new KeySystem(MasterKeys.testKeys()), store, quarantine, "32030001", clock,
                    uploadReadingThreads);
        }

        @Bean
        ReceiverAway receiver() {
            return new ReceiverAway();
        }

        @Bean
        IdempotentRepository uploadFileRepository() {
            return MemoryIdempotentRepository.memoryIdempotentRepository();
        }
    }

    @Autowired
    CamelContext camel;
    @Autowired
    DatabaseAway store;
    @Autowired
    ReceiverAway receiver;
    @Autowired
    DownloadSender sender;

    private final ListAppender<ILoggingEvent> logged = new ListAppender<>();

    @BeforeEach
    void captureLogs() {
        logged.start();
        root().addAppender(logged);
    }

    @AfterEach
    void releaseLogs() {
        root().detachAppender(logged);
    }

    @Test
    void everyRouteThatTakesWorkFromOutsideNamesTheOneErrorHandlerAndTheInternalHopsNone() {
        List<Route> routes = camel.getRoutes();
        assertThat(routes).extracting(Route::getRouteId).contains("inbox-upload-poll", "inbox-confirmation-poll",
                "download-delivery", "upload-ingest", "dead-letter");
        for (Route route : routes) {
            if (route.getEndpoint().getEndpointUri().startsWith("direct:") && !route.getRouteId().equals("download-delivery")) {
                assertThat(route.getConfigurationId()).as(route.getRouteId()).isNull();
            } else {
                assertThat(route.getConfigurationId()).as(route.getRouteId()).isEqualTo(ErrorHandling.ID);
            }
        }
    }

    @Test
    void anUploadThatKeepsFailingIsTriedThreeTimesThenQuarantinedAndListedWithStatusF() throws IOException {
        String name = "CONS_32030101_20261106_000001.DAT";

        dropAndAwait("inbox-upload-poll", "32030101", name, "HDR1…");

        assertThat(store.attempts).hasValue(3);
        assertThat(store.recorded).singleElement().satisfies(record -> {
            assertThat(record.status()).isEqualTo('F');
            assertThat(record.communityId()).isEqualTo("32030101");
            assertThat(record.sequence()).isEqualTo(1);
            assertThat(record.reason()).startsWith("failed after 3 attempts in route inbox-upload-poll")
                    .contains("database away");
            assertThat(Path.of(record.quarantinePath())).hasContent("HDR1…");
            assertThat(Path.of(record.quarantinePath() + ".reason.txt")).content()
                    .contains("work: UPLOAD", "community: 32030101", "channel: INBOX", "attempts: 3", "database away");
        });
        assertThat(ROOT.resolve("exchange").resolve("dead-letter").resolve(name)).doesNotExist();
        assertLoggedOnceAtError(name);
    }

    @Test
    void aConfirmationThatKeepsFailingIsTriedThreeTimesThenKeptInTheDeadLetterDirectory() throws IOException {
        String name = "BLA_32030102_0000000007.DAT";

        dropAndAwait("inbox-confirmation-poll", "32030102", name, "BLA1…");

        assertThat(receiver.attempts).hasValue(3);
        assertDeadLettered(name, "BLA1…", "work: CONFIRMATION", "route: inbox-confirmation-poll", "community: 32030102",
                "attempts: 3", "recorder away");
    }

    @Test
    void aDownloadThatCannotBeDeliveredIsTriedThreeTimesThenKeptInTheDeadLetterDirectory() {
        String name = "PARM_32030102_0000000003.DAT";
        NotifyBuilder tried = new NotifyBuilder(camel).fromRoute("download-delivery").whenDone(1).create();

        Delivery delivery = sender.deliver(new DownloadTarget("32030102", Channel.SFTP, "127.0.0.1", 1, "c32030102",
                "/exchange", null), name, "PAH1…".getBytes(StandardCharsets.UTF_8));

        assertThat(tried.matches(20, TimeUnit.SECONDS)).isTrue();
        assertThat(delivery.delivered()).isFalse();
        assertThat(delivery.problem()).contains("Cannot connect to sftp://c32030102@127.0.0.1:1");
        assertDeadLettered(name, "PAH1…", "work: DOWNLOAD", "route: download-delivery", "community: 32030102",
                "channel: SFTP", "attempts: 3");
    }

    /** The file lies in the dead-letter directory as it was, with its reason beside it, and was logged once. */
    private void assertDeadLettered(String name, String content, String... reason) {
        Path kept = ROOT.resolve("exchange").resolve("dead-letter").resolve(name);
        assertThat(kept).hasContent(content);
        assertThat(kept.resolveSibling(name + ".reason")).content().contains(reason);
        assertLoggedOnceAtError(name);
    }

    private void assertLoggedOnceAtError(String fileName) {
        assertThat(logged.list.stream().filter(e -> e.getLevel() == Level.ERROR)
                .filter(e -> e.getFormattedMessage().contains(fileName))).hasSize(1);
        assertThat(logged.list.stream().filter(e -> e.getLevel() == Level.WARN)
                .filter(e -> e.getFormattedMessage().contains("attempt")).count()).isGreaterThanOrEqualTo(2);
    }

    private static Logger root() {
        return (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    }

    /**
     * Drops a file into a community's inbox as a community does (a hidden name first, then a
     * rename) and waits until {@code route} is done with it.
     */
    private void dropAndAwait(String route, String community, String name, String content) throws IOException {
        NotifyBuilder done = new NotifyBuilder(camel).fromRoute(route).whenDone(1).create();
        Path in = Files.createDirectories(ROOT.resolve("exchange").resolve(community).resolve("in"));
        Path part = in.resolve("." + name);
        Files.writeString(part, content, StandardCharsets.UTF_8);
        Files.move(part, in.resolve(name), StandardCopyOption.ATOMIC_MOVE);
        assertThat(done.matches(20, TimeUnit.SECONDS)).as("%s done with %s", route, name).isTrue();
    }

    /** The database is away: every upload transaction fails; records of failed uploads still land. */
    static final class DatabaseAway implements UploadStore {
        final AtomicInteger attempts = new AtomicInteger();
        final List<BatchRecord> recorded = new CopyOnWriteArrayList<>();

        @Override
        public <T> T inTransaction(String communityId, Function<UploadTransaction, T> work) {
            attempts.incrementAndGet();
            throw new IllegalStateException("database away");
        }

        @Override
        public long recordNotConsumed(BatchRecord record) {
            recorded.add(record);
            return recorded.size();
        }
    }

    /** Recording a confirmation fails every time. */
    static final class ReceiverAway implements ConfirmationReceiver {
        final AtomicInteger attempts = new AtomicInteger();

        @Override
        public ConfirmationOutcome record(String communityId, String fileName, byte[] content) {
            attempts.incrementAndGet();
            throw new IllegalStateException("recorder away");
        }
    }
}
