package cn.lianxin.onecard.app.upload;

import static org.assertj.core.api.Assertions.assertThat;

import cn.lianxin.onecard.integration.format.AckCodec;
import cn.lianxin.onecard.integration.format.AckFile;
import cn.lianxin.onecard.integration.format.AckStatus;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Exactly once across a crash: the packaged back office (app/target/onecard-app.jar) runs as a
 * child process on the IT database; a set of uploads is dropped into an inbox; the process is
 * killed with SIGKILL ({@link Process#destroyForcibly()}) while it works through them, started
 * again, and then every file must be answered once, with the right ACK, and every transaction
 * stored once — however far the killed process had got with the file it was in.
 */
class UploadCrashIT {

    private static final String POSTGRES = "jdbc:postgresql://localhost:5432/" + System.getenv().getOrDefault("ONECARD_IT_DATABASE", "test");
    private static final String C1 = "32030101";
    private static final int FILES = 10;
    private static final int PER_FILE = 20_000;
    private static final int OVERLAP = 100;

    private Process app;
    /** The database of the test running: PostgreSQL, or the embedded H2 file of the default configuration. */
    private String db = POSTGRES;
    private String dbUser = "postgres";

    @AfterEach
    void stop() throws InterruptedException {
        if (app != null && app.isAlive()) {
            app.destroy();
            app.waitFor();
        }
    }

    @Test
    void everyFileIsAnsweredOnceAndEveryTransactionStoredOnceAfterAKillDashNine() throws Exception {
        emptyDatabase();
        crashAndRestart(Files.createTempDirectory("crash-it"), false);
    }

    /**
     * The embedded default (an H2 file, what the product starts with), killed inside an upload's
     * transaction — right after its log line "… lines read, checked and stored", before its
     * commit. H2 2.3 lost the whole database this way while the uploads staged into temporary
     * tables (EmbeddedStagingMigration): after the restart the community's row lock of the killed
     * transaction stayed (the poller spun, no ACK ever came) and the first normal stop damaged the
     * file for good. Here every file is answered, and after a normal stop the file opens again.
     */
    @Test
    void theEmbeddedDatabaseSurvivesAKillDashNineInsideAnUploadAndOpensAgainAfterANormalStop() throws Exception {
        Path root = Files.createTempDirectory("crash-it-h2");
        db = "jdbc:h2:file:" + root.resolve("data").resolve("onecard") + ";DB_CLOSE_ON_EXIT=FALSE";
        dbUser = "sa";
        crashAndRestart(root, true);
    }

    private void crashAndRestart(Path root, boolean killInsideAnUpload) throws Exception {
        Path in = Files.createDirectories(root.resolve("exchange").resolve(C1).resolve("in"));
        Path out = root.resolve("exchange").resolve(C1).resolve("out");
        List<byte[]> files = new ArrayList<>();
        for (int f = 0; f < FILES; f++) {
            List<String> details = new ArrayList<>(PER_FILE + OVERLAP);
            int from = f == 0 ? 0 : f * PER_FILE - OVERLAP; // each file repeats the previous one's last transactions
            for (int k = from; k < (f + 1) * PER_FILE; k++) {
                details.add(ConsFiles.debit(100 + k, k, 1 + k % 50, 50_000));
            }
            files.add(ConsFiles.file(C1, ConsFiles.header(C1, f + 1), details));
        }

        app = start(root, "first");
        // a fresh database gets its demo data once the app is ready: the community must exist first
        Awaitility.await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(200))
                .until(() -> demoDataLoaded() || !app.isAlive());
        assertThat(app.isAlive()).as("the first run started").isTrue();
        for (int f = 0; f < FILES; f++) {
            Path tmp = in.resolve("." + ConsFiles.name(C1, f + 1));
            Files.write(tmp, files.get(f));
            Files.move(tmp, in.resolve(ConsFiles.name(C1, f + 1)));
        }
        Awaitility.await().atMost(Duration.ofMinutes(4)).pollInterval(Duration.ofMillis(50))
                .until(() -> acks(out) >= 3 || !app.isAlive());
        if (killInsideAnUpload) {
            // the fourth file stored, its transaction not yet committed: the moment of the report
            Awaitility.await().atMost(Duration.ofMinutes(4)).pollInterval(Duration.ofMillis(10))
                    .until(() -> storedLogLines(root, "first") >= 4 || !app.isAlive());
        }
        assertThat(app.isAlive()).as("the first run is still working").isTrue();
        app.destroyForcibly().waitFor(); // SIGKILL: no shutdown hook, no rollback but the database's own
        int answeredBeforeKill = acks(out);
        assertThat(answeredBeforeKill).isLessThan(FILES);

        app = start(root, "second");
        Awaitility.await().atMost(Duration.ofMinutes(4)).pollInterval(Duration.ofMillis(200))
                .until(() -> acks(out) == FILES && inboxEmpty(in));

        for (int f = 0; f < FILES; f++) {
            Path ackFile = out.resolve(String.format("ACK_%s_20261106_%06d.DAT", C1, f + 1));
            AckFile ack = AckCodec.read(new ByteArrayInputStream(Files.readAllBytes(ackFile)), ConsFiles.KEYS);
            assertThat(ack.status()).as("file %d", f + 1).isEqualTo(AckStatus.ACCEPTED);
            assertThat(ack.acceptedCount()).as("file %d", f + 1).isEqualTo(PER_FILE);
            assertThat(ack.duplicateCount()).as("file %d", f + 1).isEqualTo(f == 0 ? 0 : OVERLAP);
        }
        if (db.startsWith("jdbc:h2:")) {
            // a normal stop; then the file must open again (before the fix: "Unable to read the page …")
            app.destroy();
            assertThat(app.waitFor(2, java.util.concurrent.TimeUnit.MINUTES)).as("the second run stopped").isTrue();
        }
        try (Connection c = DriverManager.getConnection(db, dbUser, "");
             Statement s = c.createStatement()) {
            assertThat(count(s, "select count(*) from wallet_transaction where batch_id is not null")).isEqualTo(FILES * PER_FILE);
            assertThat(count(s, "select count(distinct card_counter) from wallet_transaction where batch_id is not null"))
                    .isEqualTo(FILES * PER_FILE);
            assertThat(count(s, "select count(*) from upload_batch where status <> 'R'")).isEqualTo(FILES);
            assertThat(count(s, "select count(*) from upload_batch where status = 'R'")).isZero();
            assertThat(count(s, "select card_counter from shadow_account where card_no = '3203000000000001'"))
                    .isEqualTo(100 + FILES * PER_FILE - 1);
        }
    }

    private Process start(Path root, String run) throws IOException {
        Path jar = Path.of("target", "onecard-app.jar").toAbsolutePath();
        assertThat(jar).as("the packaged app (built before failsafe runs)").exists();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(java, "-Xmx384m", "-XX:+UseSerialGC", "-jar", jar.toString(),
                "--server.port=0",
                "--onecard.exchange.directory=" + root.resolve("exchange"),
                "--onecard.exchange.quarantine-dir=" + root.resolve("quarantine"),
                "--onecard.exchange.work-dir=" + root.resolve("work"),
                "--onecard.exchange.inbox.delay=100ms",
                "--onecard.exchange.sftp.enabled=false",
                "--onecard.demo.users=false");
        builder.environment().put("DB_URL", db);
        builder.environment().put("DB_USER", dbUser);
        builder.environment().put("DB_PASSWORD", "");
        File log = logFile(root, run).toFile();
        builder.redirectErrorStream(true).redirectOutput(log);
        return builder.start();
    }

    private static Path logFile(Path root, String run) {
        return root.resolve("crash-it-" + run + ".log");
    }

    private static String logOf(Path root, String run) {
        try {
            return Files.exists(logFile(root, run)) ? Files.readString(logFile(root, run)) : "";
        } catch (IOException e) {
            return "";
        }
    }

    private static int storedLogLines(Path root, String run) {
        return logOf(root, run).split("lines read, checked and stored", -1).length - 1;
    }

    private static int acks(Path out) throws IOException {
        if (!Files.isDirectory(out)) {
            return 0;
        }
        try (Stream<Path> files = Files.list(out)) {
            return (int) files.filter(p -> p.getFileName().toString().startsWith("ACK_")).count();
        }
    }

    private static boolean inboxEmpty(Path in) throws IOException {
        try (Stream<Path> files = Files.list(in)) {
            return files.noneMatch(p -> p.getFileName().toString().startsWith("CONS_"));
        }
    }

    private boolean demoDataLoaded() {
        if (db.startsWith("jdbc:h2:")) {
            return logOf(Path.of(db.substring("jdbc:h2:file:".length()).split(";")[0]).getParent().getParent(), "first")
                    .contains("Loaded demo master data");
        }
        try (Connection c = DriverManager.getConnection(db, dbUser, "");
             Statement s = c.createStatement()) {
            return count(s, "select count(*) from terminal where community_id = '32030101'") > 0;
        } catch (Exception notYet) {
            return false;
        }
    }

    private static void emptyDatabase() throws Exception {
        try (Connection c = DriverManager.getConnection(POSTGRES, "postgres", "");
             Statement s = c.createStatement()) {
            s.execute("drop schema public cascade");
            s.execute("create schema public");
        }
    }

    private static int count(Statement s, String sql) throws Exception {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
