package cn.lianxin.onecard.app.download;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.lianxin.onecard.app.security.IdentityBootstrap;
import cn.lianxin.onecard.app.security.Roles;
import cn.lianxin.onecard.app.support.Api;
import cn.lianxin.onecard.app.support.Api.Response;
import cn.lianxin.onecard.app.support.PostgresIntegrationTest;
import cn.lianxin.onecard.app.support.TestStaff;
import cn.lianxin.onecard.integration.format.BatchFileName;
import cn.lianxin.onecard.integration.format.BillFile;
import cn.lianxin.onecard.integration.format.BillFileCodec;
import cn.lianxin.onecard.integration.format.BlacklistConfirmation;
import cn.lianxin.onecard.integration.format.BlacklistConfirmationCodec;
import cn.lianxin.onecard.integration.format.BlacklistCodec;
import cn.lianxin.onecard.integration.format.BlacklistEntry;
import cn.lianxin.onecard.integration.format.BlacklistFile;
import cn.lianxin.onecard.integration.format.BlacklistOperation;
import cn.lianxin.onecard.integration.format.BlacklistReason;
import cn.lianxin.onecard.integration.format.ConsDetail;
import cn.lianxin.onecard.integration.format.ConsReader;
import cn.lianxin.onecard.integration.format.ConsSummary;
import cn.lianxin.onecard.integration.format.DoorPrompt;
import cn.lianxin.onecard.integration.format.ParameterFile;
import cn.lianxin.onecard.integration.format.ParameterFileCodec;
import cn.lianxin.onecard.integration.keys.KeySystem;
import cn.lianxin.onecard.integration.simulator.CommunitySftpServer;
import cn.lianxin.onecard.integration.simulator.SimulateCommunity;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Downloads reach each kind of community — inbox directory, SFTP server (a real Apache MINA SSHD
 * started here), HTTP pull — and confirmations come back through the same channels.
 */
@PostgresIntegrationTest
class DownloadsIT {

    static final String INBOX = "32030101";
    static final String SFTP = "32030102";
    static final String HTTP = "32030103";
    static final String SFTP_PASSWORD = "it-sftp-Secret-1";
    static final String STAFF_103 = "itstaff103";

    static final Path EXCHANGE;
    static final Path SFTP_ROOT;
    static final CommunitySftpServer SSHD;

    static {
        try {
            EXCHANGE = Files.createTempDirectory("onecard-exchange");
            SFTP_ROOT = Files.createTempDirectory("onecard-sftp").resolve("c" + SFTP);
            SSHD = new CommunitySftpServer(0, "c" + SFTP, SFTP_PASSWORD, SFTP_ROOT);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @DynamicPropertySource
    static void exchange(DynamicPropertyRegistry registry) {
        registry.add("onecard.exchange.directory", EXCHANGE::toString);
        registry.add("onecard.exchange.inbox.delay", () -> "200ms");
        registry.add("onecard.exchange.maximum-redeliveries", () -> "1");
        registry.add("onecard.exchange.redelivery-delay", () -> "10ms");
        registry.add("onecard.exchange.sftp.password", () -> SFTP_PASSWORD);
        registry.add("onecard.exchange.sftp.strict-host-key-checking", () -> "no");
        registry.add("onecard.exchange.sftp.require-host-keys", () -> "false"); // this test's servers have new keys each run
        registry.add("onecard.exchange.sftp.enabled", () -> "false");
    }

    @AfterAll
    static void stopServer() throws IOException {
        SSHD.close();
    }

    @LocalServerPort
    int port;
    @Autowired
    IdentityBootstrap identity;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    KeySystem keys;
    @Autowired
    SftpCollection sftpCollection;

    @BeforeEach
    void staffAndBlacklist() {
        TestStaff.ensure(identity);
        identity.ensureUser(STAFF_103, "IT", "Staff 103", TestStaff.PASSWORD,
                List.of(Roles.COMMUNITY_STAFF, Roles.communityGroup(HTTP)));
        // the spec's example list: card 0002 (household 1235 of 32030101) overdue, card 0009 lost (demo data)
        assertThat(count("select count(*) from blacklist_entry where card_no = '3203000000000009' and reason = '01'")).isEqualTo(1);
        if (count("select count(*) from blacklist_entry where card_no = '3203000000000002'") == 0) {
            list("3203000000000002", "02");
        }
        jdbc.update("update terminal set sftp_port = ?, sftp_schedule = '* * * * * *' where community_id = ?", SSHD.port(), SFTP);
    }

    private Api admin() {
        return Api.as(port, TestStaff.ADMIN, TestStaff.PASSWORD);
    }

    @Test
    void shouldWriteAFullBlacklistIntoTheInboxAndTakeItsConfirmationFromTheInbox() throws IOException {
        Response sent = admin().post("/api/communities/" + INBOX + "/downloads/blacklist?kind=FULL", null);

        assertThat(sent.status()).as(sent.toString()).isEqualTo(201);
        assertThat(sent.<String>json("$.status")).isEqualTo("SENT");
        assertThat(sent.<String>json("$.channel")).isEqualTo("INBOX");
        String name = sent.json("$.fileName");
        Path file = EXCHANGE.resolve(INBOX).resolve("out").resolve(name);
        assertThat(file).exists();
        try (Stream<Path> out = Files.list(file.getParent())) {
            assertThat(out.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith("."));
        }
        BlacklistFile blacklist = BlacklistCodec.read(Files.newInputStream(file), keys);
        assertThat(blacklist.isFull()).isTrue();
        assertThat(blacklist.entries()).containsExactly(
                new BlacklistEntry(BlacklistOperation.ADD, "3203000000000002", "0F1E2D3C",
                        BlacklistReason.PROPERTY_FEE_OVERDUE, DoorPrompt.PAY_PROPERTY_FEE),
                new BlacklistEntry(BlacklistOperation.ADD, "3203000000000009", "11223344",
                        BlacklistReason.REPORTED_LOST, DoorPrompt.CARD_REPORTED_LOST));
        assertThat(sent.<String>json("$.sha256")).isEqualTo(cn.lianxin.onecard.app.platform.Digests.sha256Hex(Files.readAllBytes(file)));

        long version = blacklist.version();
        drop(EXCHANGE.resolve(INBOX).resolve("in"), confirmation(INBOX, version));

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(
                admin().get("/api/communities/" + INBOX + "/blacklist/versions").<List<Boolean>>json("$[?(@.version == "
                        + version + ")].confirmed")).containsExactly(true));
        assertThat(Files.exists(EXCHANGE.resolve(INBOX).resolve("in").resolve(confirmationName(INBOX, version)))).isFalse();
    }

    @Test
    void shouldBuildADeltaAgainstTheVersionTheCommunityConfirmed() throws IOException {
        Api admin = admin();
        // whatever the other tests confirmed: this community starts with no confirmed version
        jdbc.update("delete from blacklist_confirmation where community_id = ?", HTTP);
        int before = admin.get("/api/communities/" + HTTP + "/blacklist/versions").<List<Integer>>json("$[*].version").size();
        Response refused = admin.post("/api/communities/" + HTTP + "/downloads/blacklist?kind=DELTA", null);
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.<String>json("$.detail")).contains("send a FULL list first");

        long confirmed = version(admin.post("/api/communities/" + HTTP + "/downloads/blacklist?kind=FULL", null));
        assertThat(put(STAFF_103, HTTP, confirmation(HTTP, confirmed)).status()).isEqualTo(200);
        long unconfirmed = version(admin.post("/api/communities/" + HTTP + "/downloads/blacklist?kind=FULL", null));
        // the lost card is found; a card of the community turns out to be a fraud
        String fraudCard = jdbc.queryForObject("select min(c.card_no) from card c join cardholder h on h.cardholder_id = c.cardholder_id "
                + "join household hh on hh.household_id = h.household_id where hh.community_id = ? and c.status = 'ACTIVE'",
                String.class, HTTP);
        String fraudUid = jdbc.queryForObject("select uid from card where card_no = ?", String.class, fraudCard);
        jdbc.update("update blacklist_entry set cleared_at = current_timestamp, cleared_by = 'it' where card_no = '3203000000000009'");
        list(fraudCard, "04");
        try {
            Response delta = admin.post("/api/communities/" + HTTP + "/downloads/blacklist?kind=DELTA", null);

            assertThat(delta.status()).as(delta.toString()).isEqualTo(201);
            assertThat(delta.<String>json("$.status")).isEqualTo("AVAILABLE");
            BlacklistFile file = pull(STAFF_103, HTTP, delta.json("$.fileName"));
            assertThat(file.version()).isGreaterThan(unconfirmed);
            assertThat(file.baseVersion()).isEqualTo(confirmed);
            assertThat(file.entries()).containsExactly(
                    new BlacklistEntry(BlacklistOperation.DELETE, "3203000000000009", "11223344",
                            BlacklistReason.REPORTED_LOST, DoorPrompt.CARD_REPORTED_LOST),
                    new BlacklistEntry(BlacklistOperation.ADD, fraudCard, fraudUid, BlacklistReason.SUSPECTED_FRAUD,
                            DoorPrompt.NONE));
            Response versions = admin.get("/api/communities/" + HTTP + "/blacklist/versions");
            assertThat(versions.<List<Integer>>json("$[*].version")).hasSize(before + 3);
            assertThat(versions.<List<Integer>>json("$[?(@.confirmed == true)].version")).containsExactly((int) confirmed);
        } finally {
            jdbc.update("update blacklist_entry set cleared_at = null, cleared_by = null where card_no = '3203000000000009'");
            jdbc.update("delete from blacklist_entry where card_no = ?", fraudCard);
        }
    }

    @Test
    void shouldTakeAConfirmationThroughTheUploadsEndpointOnceAndRefuseBadOnesNamingLineAndField() throws IOException {
        long version = version(admin().post("/api/communities/" + HTTP + "/downloads/blacklist?kind=FULL", null));
        byte[] good = confirmation(HTTP, version);
        String name = confirmationName(HTTP, version);

        Response recorded = put(STAFF_103, HTTP, good);
        assertThat(recorded.status()).as(recorded.toString()).isEqualTo(200);
        assertThat(recorded.contentType()).startsWith("text/plain");
        assertThat(recorded.body()).isEqualTo(name + ": version " + version + " confirmed, applied at 2026-12-01T01:30\n");
        Response again = put(STAFF_103, HTTP, good);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.body()).isEqualTo(name + ": version " + version + " was confirmed before\n");
        assertThat(count("select count(*) from blacklist_confirmation where community_id = '" + HTTP + "' and version = "
                + version)).isEqualTo(1);
        assertThat(admin().get("/api/communities/" + HTTP + "/blacklist/versions")
                .<List<Boolean>>json("$[?(@.version == " + version + ")].confirmed")).containsExactly(true);

        byte[] wrongMac = new String(good, StandardCharsets.US_ASCII).replace(confirmationTime(), "20261201013001")
                .getBytes(StandardCharsets.US_ASCII);
        Response badMac = put(STAFF_103, HTTP, name, wrongMac);
        assertThat(badMac.status()).isEqualTo(422);
        assertThat(badMac.<String>json("$.detail")).isEqualTo("F002 at line 1, field 'MAC' (position 37): is not "
                + "mac4(K_upload(" + HTTP + "), characters 1–36)");
        assertThat(badMac.<String>json("$.fileName")).isEqualTo(name);
        Path kept = EXCHANGE.resolve(HTTP).resolve("rejected").resolve(name);
        assertThat(kept).hasBinaryContent(wrongMac);
        assertThat(Files.readString(kept.resolveSibling(kept.getFileName() + ".reason"))).contains("F002");

        byte[] badDate = new String(good, StandardCharsets.US_ASCII).replace(confirmationTime(), "20261301013000")
                .getBytes(StandardCharsets.US_ASCII);
        assertThat(put(STAFF_103, HTTP, name, badDate).<String>json("$.detail"))
                .startsWith("F001 at line 1, field 'applied at' (position 23)");

        Response unknown = put(STAFF_103, HTTP, confirmation(HTTP, 4711));
        assertThat(unknown.status()).isEqualTo(422);
        assertThat(unknown.<String>json("$.detail")).isEqualTo("version 4711 is no blacklist version the centre made for community " + HTTP);

        Response foreign = put(TestStaff.ADMIN, HTTP, confirmationName(INBOX, 1), confirmation(INBOX, 1));
        assertThat(foreign.status()).isEqualTo(422);
        assertThat(foreign.<String>json("$.detail")).isEqualTo("a file of community " + INBOX
                + " arrived through the channel of community " + HTTP);

        Response huge = put(STAFF_103, HTTP, name, new byte[1 << 20]);
        assertThat(huge.status()).isEqualTo(422);
        assertThat(huge.<String>json("$.detail")).contains("more than 1024 bytes");

        assertThat(put(TestStaff.STAFF_101, HTTP, good).status()).isEqualTo(403);
        assertThat(put(TestStaff.CLERK, HTTP, good).status()).isEqualTo(403);
        assertThat(Api.anonymous(port).putBytes("/api/communities/" + HTTP + "/uploads/" + name, good).status())
                .isEqualTo(401);
    }

    @Test
    void shouldStillTakeAConfirmationAtTheOldConfirmationsEndpointWithItsOldAnswer() throws IOException {
        long version = version(admin().post("/api/communities/" + HTTP + "/downloads/blacklist?kind=FULL", null));
        String old = "/api/communities/" + HTTP + "/confirmations/";
        Api staff = Api.as(port, STAFF_103, TestStaff.PASSWORD);

        Response recorded = staff.putBytes(old + confirmationName(HTTP, version), confirmation(HTTP, version));
        assertThat(recorded.status()).as(recorded.toString()).isEqualTo(200);
        assertThat(recorded.<Boolean>json("$.accepted")).isTrue();
        assertThat(recorded.<String>json("$.reason")).isEqualTo("version " + version + " confirmed, applied at 2026-12-01T01:30");
        // the same code path as the uploads endpoint: what one recorded, the other knows
        assertThat(put(STAFF_103, HTTP, confirmation(HTTP, version)).body()).contains("was confirmed before");

        Response notAConfirmation = staff.putBytes(old + "CONS_" + HTTP + "_20261106_000001.DAT", new byte[] {'x'});
        assertThat(notAConfirmation.status()).isEqualTo(422);
        assertThat(notAConfirmation.<String>json("$.detail")).contains("starts with neither BLK_ nor BLA_");
        assertThat(Api.as(port, TestStaff.STAFF_101, TestStaff.PASSWORD)
                .putBytes(old + confirmationName(HTTP, version), confirmation(HTTP, version)).status()).isEqualTo(403);
        assertThat(Api.anonymous(port).putBytes(old + confirmationName(HTTP, version), confirmation(HTTP, version))
                .status()).isEqualTo(401);
    }

    @Test
    void shouldLetTheSimulatedHttpCommunityConfirmItsBlacklistThroughTheUploadsEndpoint() {
        long version = version(admin().post("/api/communities/" + HTTP + "/downloads/blacklist?kind=FULL", null));
        ByteArrayOutputStream printed = new ByteArrayOutputStream();

        int status = SimulateCommunity.run(new String[] {"--url", "http://localhost:" + port, "--user", TestStaff.ADMIN,
                "--password", TestStaff.PASSWORD, "--community", HTTP, "--confirm-blacklists", "--wait", "20"},
                new PrintStream(printed, true, StandardCharsets.UTF_8), System.err);

        String said = printed.toString(StandardCharsets.UTF_8);
        assertThat(status).as(said).isZero();
        assertThat(said).contains("PUT " + confirmationName(HTTP, version) + " → 200 " + confirmationName(HTTP, version)
                + ": version " + version + " confirmed, applied at ");
        assertThat(count("select count(*) from blacklist_confirmation where community_id = '" + HTTP + "' and version = "
                + version)).isEqualTo(1);
    }

    @Test
    void shouldUploadToTheCommunitySftpServerAndCollectTheConfirmationFromIt() throws IOException {
        Response sent = admin().post("/api/communities/" + SFTP + "/downloads/blacklist?kind=FULL", null);

        assertThat(sent.status()).as(sent.toString()).isEqualTo(201);
        assertThat(sent.<String>json("$.status")).isEqualTo("SENT");
        Path uploaded = SFTP_ROOT.resolve("exchange").resolve("out").resolve(sent.<String>json("$.fileName"));
        BlacklistFile file = BlacklistCodec.read(Files.newInputStream(uploaded), keys);
        // 0002's household lives in 32030101: its overdue entry stays there; the lost card goes everywhere
        assertThat(file.entries()).extracting(BlacklistEntry::cardNumber).containsExactly("3203000000000009");

        // uploads and confirmations lie in the community's path itself, downloads and answers in out/
        Path in = Files.createDirectories(SFTP_ROOT.resolve("exchange"));
        sftpCollection.restart(SFTP);
        drop(in, confirmation(SFTP, file.version()));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(count(
                "select count(*) from blacklist_confirmation where community_id = '" + SFTP + "' and version = "
                        + file.version())).isEqualTo(1));
        await().atMost(Duration.ofSeconds(10)).until(() -> !Files.exists(in.resolve(confirmationName(SFTP, file.version()))));
    }

    @Test
    void shouldRecordAFailedDeliveryAndDeadLetterTheFileWhenTheServerIsDown() throws IOException {
        jdbc.update("update terminal set sftp_port = 1 where community_id = ?", SFTP);

        Response sent = admin().post("/api/communities/" + SFTP + "/downloads/parameters", null);

        assertThat(sent.status()).as(sent.toString()).isEqualTo(201);
        assertThat(sent.<String>json("$.status")).isEqualTo("FAILED");
        assertThat(sent.<String>json("$.problem")).isNotBlank();
        try (Stream<Path> dead = Files.list(EXCHANGE.resolve("dead-letter"))) {
            assertThat(dead.map(p -> p.getFileName().toString())).anyMatch(n -> n.contains(sent.<String>json("$.fileName")));
        }
    }

    @Test
    void shouldLetAnHttpCommunityPullItsParameters() throws IOException {
        Response sent = admin().post("/api/communities/" + HTTP + "/downloads/parameters", null);
        assertThat(sent.status()).as(sent.toString()).isEqualTo(201);
        assertThat(sent.<String>json("$.status")).isEqualTo("AVAILABLE");
        String name = sent.json("$.fileName");

        Api staff = Api.as(port, STAFF_103, TestStaff.PASSWORD);
        assertThat(staff.get("/api/communities/" + HTTP + "/downloads").<List<String>>json("$[*].fileName")).contains(name);
        Response pulled = staff.get("/api/communities/" + HTTP + "/downloads/" + name);
        assertThat(pulled.status()).isEqualTo(200);
        assertThat(pulled.contentType()).startsWith("text/plain");
        ParameterFile parameters = ParameterFileCodec.read(new ByteArrayInputStream(pulled.body().getBytes(StandardCharsets.US_ASCII)), keys);
        assertThat(parameters.centreId()).isEqualTo("32030001");
        assertThat(parameters.terminals()).extracting(t -> t.terminalId() + "/" + t.psamId())
                .containsExactly("32030301/3203000000C1", "32030311/null", "32030312/null");
        assertThat(staff.get("/api/communities/" + HTTP + "/downloads").<List<String>>json("$[?(@.fileName == '" + name
                + "')].status")).containsExactly("DOWNLOADED");

        assertThat(Api.as(port, TestStaff.STAFF_101, TestStaff.PASSWORD).get("/api/communities/" + HTTP + "/downloads/" + name)
                .status()).isEqualTo(403);
        assertThat(Api.anonymous(port).get("/api/communities/" + HTTP + "/downloads").status()).isEqualTo(401);
        assertThat(staff.post("/api/communities/" + HTTP + "/downloads/parameters", null).status()).isEqualTo(403);
        assertThat(staff.get("/api/communities/" + HTTP + "/downloads/BLK_" + HTTP + "_9999999999.DAT").status()).isEqualTo(404);
    }

    @Test
    void shouldSendExactlyTheOpenBillsOfThePeriod() throws IOException {
        jdbc.update("update bill set paid_fen = 1000 where household_id = '000000001234' and billing_period = '202611'");
        jdbc.update("update bill set paid_fen = amount_fen, status = 'PAID', paid_at = current_timestamp "
                + "where household_id = '000000001235' and billing_period = '202611'");

        Response sent = admin().post("/api/communities/" + INBOX + "/downloads/bills?period=202611", null);

        assertThat(sent.status()).as(sent.toString()).isEqualTo(201);
        assertThat(sent.<String>json("$.fileName")).isEqualTo("BILL_" + INBOX + "_202611_001.DAT");
        BillFile bills = BillFileCodec.read(Files.newInputStream(EXCHANGE.resolve(INBOX).resolve("out")
                .resolve(sent.<String>json("$.fileName"))), keys);
        List<String> open = jdbc.queryForList("select household_id || ':' || amount_fen || ':' || paid_fen from bill "
                + "where community_id = ? and billing_period = '202611' and status = 'OPEN' order by household_id", String.class, INBOX);
        assertThat(bills.bills()).extracting(b -> b.householdId() + ":" + b.amountFen() + ":" + b.paidFen())
                .containsExactlyElementsOf(open);
        assertThat(open).contains("000000001234:15600:1000").noneMatch(line -> line.startsWith("000000001235"));
        assertThat(bills.centreId()).isEqualTo("32030001");

        assertThat(admin().post("/api/communities/" + INBOX + "/downloads/bills?period=202611", null)
                .<String>json("$.fileName")).isEqualTo("BILL_" + INBOX + "_202611_002.DAT");
        assertThat(admin().post("/api/communities/" + INBOX + "/downloads/bills?period=202613", null).status()).isEqualTo(422);
        assertThat(admin().post("/api/communities/99999999/downloads/bills?period=202611", null).status()).isEqualTo(404);
    }

    @Test
    void shouldLetTheSimulatedCommunityMakeAnUploadTheCentreWouldAccept() throws IOException {
        Path upload = Files.createTempFile("simulated", ".DAT");
        ByteArrayOutputStream printed = new ByteArrayOutputStream();

        int status = SimulateCommunity.run(new String[] {"--url", "http://localhost:" + port, "--user", TestStaff.ADMIN,
                "--password", TestStaff.PASSWORD, "--community", INBOX, "--households", "3", "--purchases", "2",
                "--date", "20261124", "--sequence", "4", "--out", upload.toString()},
                new PrintStream(printed, true, StandardCharsets.UTF_8), System.err);

        assertThat(status).as(printed.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(printed.toString(StandardCharsets.UTF_8)).startsWith("CONS_" + INBOX + "_20261124_000004.DAT: 5 transactions (3 bill payments)");
        List<ConsDetail> details = new ArrayList<>();
        ConsSummary summary = ConsReader.read(Files.newInputStream(upload), keys,
                BatchFileName.cons(INBOX, LocalDate.of(2026, 11, 24), 4), line -> {
                    assertThat(line.fault()).isEmpty();
                    line.detail().ifPresent(detail -> {
                        assertThat(line.tacValid()).isTrue();
                        details.add(detail);
                    });
                });
        assertThat(summary.isAcceptable()).isTrue();
        assertThat(summary.fileMac()).isEqualTo(ConsSummary.MacCheck.VALID);
        Set<String> seen = new HashSet<>();
        for (ConsDetail detail : details) {
            if (seen.add(detail.cardNumber())) {
                Map<String, Object> shadow = jdbc.queryForMap("select balance_fen, card_counter from shadow_account where card_no = ?",
                        detail.cardNumber());
                assertThat(detail.balanceBeforeFen()).isEqualTo(((Number) shadow.get("balance_fen")).longValue());
                assertThat(detail.cardCounter()).isEqualTo(((Number) shadow.get("card_counter")).intValue() + 1);
            }
            if (!detail.billReference().isNone()) {
                assertThat(jdbc.queryForObject("select amount_fen - paid_fen from bill where household_id = ? and billing_period = ? "
                        + "and status = 'OPEN'", Long.class, detail.billReference().householdId(),
                        detail.billReference().billingPeriod())).isEqualTo(detail.amountFen());
            }
        }
    }

    private void list(String cardNo, String reason) {
        jdbc.update("insert into blacklist_entry (card_no, reason, listed_at, listed_by) values (?, ?, ?, 'it')", cardNo, reason,
                Timestamp.valueOf(LocalDateTime.now()));
    }

    private int count(String sql) {
        Integer count = jdbc.queryForObject(sql, Integer.class);
        return count == null ? 0 : count;
    }

    private static String confirmationTime() {
        return "20261201013000";
    }

    private byte[] confirmation(String community, long version) {
        return BlacklistConfirmationCodec.toBytes(new BlacklistConfirmation(community, version,
                LocalDateTime.of(2026, 12, 1, 1, 30, 0)), keys);
    }

    private static String confirmationName(String community, long version) {
        return "BLA_" + community + "_" + String.format("%010d", version) + ".DAT";
    }

    private Response put(String user, String community, byte[] content) {
        String line = new String(content, StandardCharsets.US_ASCII);
        long version = Long.parseLong(line.substring(12, 22));
        return put(user, community, confirmationName(community, version), content);
    }

    private Response put(String user, String community, String fileName, byte[] content) {
        return Api.as(port, user, TestStaff.PASSWORD).putBytes("/api/communities/" + community + "/uploads/" + fileName,
                content);
    }

    private BlacklistFile pull(String user, String community, String fileName) throws IOException {
        Response pulled = Api.as(port, user, TestStaff.PASSWORD).get("/api/communities/" + community + "/downloads/" + fileName);
        assertThat(pulled.status()).isEqualTo(200);
        return BlacklistCodec.read(new ByteArrayInputStream(pulled.body().getBytes(StandardCharsets.US_ASCII)), keys);
    }

    private static long version(Response sent) {
        assertThat(sent.status()).as(sent.toString()).isEqualTo(201);
        return Long.parseLong(sent.<String>json("$.versionOrPeriod"));
    }

    /** Writes {@code content} into {@code directory} as a community does: a hidden temporary name, then a rename. */
    private static void drop(Path directory, byte[] content) throws IOException {
        Files.createDirectories(directory);
        String line = new String(content, StandardCharsets.US_ASCII);
        String name = confirmationName(line.substring(4, 12), Long.parseLong(line.substring(12, 22)));
        Path part = directory.resolve("." + name + ".part");
        Files.write(part, content);
        Files.move(part, directory.resolve(name), StandardCopyOption.ATOMIC_MOVE);
    }
}
