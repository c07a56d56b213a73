package cn.lianxin.onecard.app.upload;

import static cn.lianxin.onecard.app.upload.ConsFiles.debit;
import static cn.lianxin.onecard.app.upload.ConsFiles.detail;
import static cn.lianxin.onecard.app.upload.ConsFiles.file;
import static cn.lianxin.onecard.app.upload.ConsFiles.header;
import static cn.lianxin.onecard.app.upload.ConsFiles.list;
import static cn.lianxin.onecard.app.upload.ConsFiles.name;
import static cn.lianxin.onecard.app.upload.ConsFiles.replaceAt;
import static cn.lianxin.onecard.app.upload.ConsFiles.resign;
import static org.assertj.core.api.Assertions.assertThat;

import cn.lianxin.onecard.app.security.IdentityBootstrap;
import cn.lianxin.onecard.app.support.Api;
import cn.lianxin.onecard.app.support.PostgresIntegrationTest;
import cn.lianxin.onecard.app.support.TestStaff;
import cn.lianxin.onecard.integration.format.AckCodec;
import cn.lianxin.onecard.integration.format.AckFile;
import cn.lianxin.onecard.integration.format.AckRejection;
import cn.lianxin.onecard.integration.format.AckStatus;
import cn.lianxin.onecard.integration.format.BillReference;
import cn.lianxin.onecard.integration.format.ReasonCode;
import cn.lianxin.onecard.integration.format.TransactionType;
import cn.lianxin.onecard.integration.upload.ConsUploadPipeline;
import cn.lianxin.onecard.integration.upload.ReceivedUpload;
import cn.lianxin.onecard.integration.upload.UploadAnswer;
import cn.lianxin.onecard.integration.upload.UploadChannel;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.camel.CamelContext;
import org.awaitility.Awaitility;
import org.apache.camel.builder.NotifyBuilder;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Community uploads on PostgreSQL: the spec's example through the inbox directory, every reason
 * code of §4 from a file built for it, repeats, overlaps, broken files, the HTTP channel and the
 * quarantine.
 */
@PostgresIntegrationTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class UploadIngestionIT {

    private static final String C1 = "32030101";
    private static final String C3 = "32030103";
    private static Path exchange;
    private static Path quarantine;
    private static final AtomicInteger COUNTER = new AtomicInteger(1000);

    @DynamicPropertySource
    static void directories(DynamicPropertyRegistry registry) throws IOException {
        Path root = Files.createTempDirectory("uploads-it");
        exchange = root.resolve("exchange");
        quarantine = root.resolve("quarantine");
        registry.add("onecard.exchange.directory", exchange::toString);
        // two lines at a time: every file of more than two details is checked and stored in chunks,
        // so a duplicate, an overpayment or a shadow account spans chunks
        registry.add("onecard.exchange.chunk-lines", () -> "2");
        registry.add("onecard.exchange.quarantine-dir", quarantine::toString);
        registry.add("onecard.exchange.maximum-redeliveries", () -> "2");
        registry.add("onecard.exchange.redelivery-delay", () -> "10ms");
        registry.add("onecard.exchange.work-dir", () -> root.resolve("work").toString());
        registry.add("onecard.exchange.inbox.delay", () -> "200ms");
        registry.add("onecard.exchange.http-max-bytes", () -> "1048576");
        registry.add("onecard.exchange.sftp.enabled", () -> "false");
    }

    @LocalServerPort
    int port;
    @Autowired
    IdentityBootstrap identity;
    @Autowired
    ConsUploadPipeline pipeline;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    CamelContext camel;

    @BeforeEach
    void staff() {
        TestStaff.ensure(identity);
    }

    @Test
    @Order(1)
    void theSpecExampleDroppedIntoTheInboxIsAcceptedWholeAndAnsweredWithTheSpecAck() throws Exception {
        Path in = Files.createDirectories(exchange.resolve(C1).resolve("in"));
        Files.writeString(in.resolve("BLA_32030101_0000000001.DAT"), "not mine\n");
        Files.writeString(in.resolve("CONS_32030101_20261106_000009.DAT.tmp"), "still being written\n");
        NotifyBuilder done = new NotifyBuilder(camel).fromRoute("inbox-upload-poll").whenCompleted(1).create();

        Path tmp = in.resolve(".CONS_32030101_20261106_000001.DAT");
        Files.writeString(tmp, ConsFiles.EXAMPLE, StandardCharsets.US_ASCII);
        Files.move(tmp, in.resolve("CONS_32030101_20261106_000001.DAT"));

        assertThat(done.matches(60, TimeUnit.SECONDS)).isTrue();
        Path ack = exchange.resolve(C1).resolve("out").resolve("ACK_32030101_20261106_000001.DAT");
        assertThat(Files.readString(ack, StandardCharsets.US_ASCII)).isEqualTo(ConsFiles.EXAMPLE_ACK);
        Awaitility.await().atMost(Duration.ofSeconds(30))
                .until(() -> Files.exists(in.resolve(".done").resolve("CONS_32030101_20261106_000001.DAT")));
        assertThat(in.resolve("CONS_32030101_20261106_000009.DAT.tmp")).exists();
        // the BLA file is not the upload poller's: the confirmation poller of the same inbox takes it (and refuses it)
        assertThat(in.resolve(".done").resolve("BLA_32030101_0000000001.DAT")).doesNotExist();
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> Files.exists(exchange.resolve(C1).resolve("rejected")
                .resolve("BLA_32030101_0000000001.DAT.reason")));

        assertThat(jdbc.queryForList("select household_id, paid_fen, status from bill where household_id in "
                + "('000000001234', '000000001235') and billing_period = '202611' order by household_id"))
                .containsExactly(Map.of("household_id", "000000001234", "paid_fen", 15600L, "status", "PAID"),
                        Map.of("household_id", "000000001235", "paid_fen", 23450L, "status", "PAID"));
        assertThat(jdbc.queryForList("select card_no, balance_fen, card_counter from shadow_account where card_no in "
                + "('3203000000000001', '3203000000000002') order by card_no"))
                .containsExactly(Map.of("card_no", "3203000000000001", "balance_fen", 33900L, "card_counter", 13),
                        Map.of("card_no", "3203000000000002", "balance_fen", 0L, "card_counter", 3));
        assertThat(storedFromUploads()).isEqualTo(3);
    }

    @Test
    @Order(2)
    void theSameFileAgainOverHttpGetsTheSameAckAndStoresNothing() {
        Api staff = Api.as(port, TestStaff.STAFF_101, TestStaff.PASSWORD);
        Api.Response response = staff.putBytes("/api/communities/32030101/uploads/CONS_32030101_20261106_000001.DAT",
                ConsFiles.EXAMPLE.getBytes(StandardCharsets.US_ASCII));
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.contentType()).startsWith("text/plain");
        assertThat(response.body()).isEqualTo(ConsFiles.EXAMPLE_ACK);
        assertThat(storedFromUploads()).isEqualTo(3);
    }

    @Test
    @Order(3)
    void theSameSequenceWithOtherContentIsF004AndASequenceSkippingAheadIsF004() throws IOException {
        int next = next(C1);
        byte[] other = file(C1, header(C1, 1), list(debit(nextCounter(), 1, 100, 50000)));
        assertFileRejected(ingest(name(C1, 1), C1, other), ReasonCode.F004);
        byte[] ahead = file(C1, header(C1, next + 1), list(debit(nextCounter(), 2, 100, 50000)));
        assertFileRejected(ingest(name(C1, next + 1), C1, ahead), ReasonCode.F004);
        assertThat(next(C1)).isEqualTo(next);
    }

    @Test
    @Order(4)
    void brokenFilesAreF001AndStoreNothing() throws IOException {
        int seq = next(C1);
        String good = debit(nextCounter(), 3, 100, 50000);
        byte[] whole = file(C1, header(C1, seq), list(good));
        String text = new String(whole, StandardCharsets.US_ASCII);
        // truncated: the trailer is missing
        assertFileRejected(ingest(name(C1, seq), C1, text.substring(0, text.indexOf("TRL1")).getBytes(StandardCharsets.US_ASCII)),
                ReasonCode.F001);
        assertFileRejected(ingest(name(C1, seq), C1, new byte[0]), ReasonCode.F001);
        byte[] garbage = new byte[4096];
        new Random(7).nextBytes(garbage);
        assertFileRejected(ingest(name(C1, seq), C1, garbage), ReasonCode.F001);
        // a detail line one character short
        assertFileRejected(ingest(name(C1, seq), C1, file(C1, header(C1, seq), list(good.substring(1)))), ReasonCode.F001);
        // the header says another sequence than the name
        assertFileRejected(ingest(name(C1, seq), C1, file(C1, header(C1, seq + 1), list(good))), ReasonCode.F001);
        // a name that lies about its community: it came through 32030101's channel
        assertFileRejected(ingest(name("32030102", seq), C1, file("32030102", header("32030102", seq), list(good))),
                ReasonCode.F001);
        assertThat(storedFromUploads()).isEqualTo(3);
        assertThat(next(C1)).isEqualTo(seq);
    }

    @Test
    @Order(5)
    void aSingleTenMegabyteLineIsF001AndMemoryStaysFlat() throws IOException {
        int seq = next(C1);
        Path big = Files.createTempFile("ten-mb", ".DAT");
        try (OutputStream out = Files.newOutputStream(big)) {
            out.write((header(C1, seq) + "\n").getBytes(StandardCharsets.US_ASCII));
            byte[] chunk = "DTL1".repeat(256).getBytes(StandardCharsets.US_ASCII);
            for (int i = 0; i < 10 * 1024; i++) {
                out.write(chunk);
            }
        }
        UploadAnswer answer = pipeline.ingest(new ReceivedUpload(name(C1, seq), C1, UploadChannel.INBOX, big));
        assertFileRejected(answer, ReasonCode.F001);
        assertThat(answer.reason()).contains("line 2");
    }

    @Test
    @Order(6)
    void aWrongFileMacIsF002AndAWrongTrailerCountOrTotalIsF003() throws IOException {
        int seq = next(C1);
        String good = debit(nextCounter(), 4, 100, 50000);
        String text = new String(file(C1, header(C1, seq), list(good)), StandardCharsets.US_ASCII);
        String badMac = text.substring(0, text.length() - 9) + "00000000\n";
        assertFileRejected(ingest(name(C1, seq), C1, badMac.getBytes(StandardCharsets.US_ASCII)), ReasonCode.F002);
        assertFileRejected(ingest(name(C1, seq), C1, file(C1, header(C1, seq), list(good), "\n", 2, 100)), ReasonCode.F003);
        assertFileRejected(ingest(name(C1, seq), C1, file(C1, header(C1, seq), list(good), "\n", 1, 101)), ReasonCode.F003);
    }

    @Test
    @Order(7)
    void anUnknownCommunityOrAnotherCentreIsF005() throws IOException {
        String good = debit(nextCounter(), 5, 100, 50000);
        assertFileRejected(ingest(name("32039999", 1), null, file("32039999", header("32039999", 1), list(good))),
                ReasonCode.F005);
        int seq = next(C1);
        String otherCentre = "HDR132039999" + header(C1, seq).substring(12);
        assertFileRejected(ingest(name(C1, seq), C1, file(C1, otherCentre, list(good))), ReasonCode.F005);
    }

    /** One bad line per record code, next to a good one; the good one is stored, the bad one answered. */
    @ParameterizedTest
    @EnumSource(value = ReasonCode.class, names = {"R001", "R002", "R003", "R004", "R005", "R006", "R007"})
    @Order(8)
    void everyRecordCodeIsAnsweredOnItsLine(ReasonCode code) throws IOException {
        int seq = next(C1);
        String good = debit(nextCounter(), 100 + seq, 100, 50000);
        String line = debit(nextCounter(), 200 + seq, 300, 50000);
        String bad = switch (code) {
            case R001 -> resign(replaceAt(line, 79, "00000003X0"));               // amount not a number
            case R002 -> line.substring(0, 126) + (line.endsWith("0000") ? "11111111" : "00000000");  // TAC wrong
            case R003 -> resign(replaceAt(line, 23, "DEADBEEF"));                 // UID of another card
            case R004 -> resign(replaceAt(line, 99, "0000049999"));               // after ≠ before − amount
            case R005 -> detail(TransactionType.OTHER_SERVICE, "3203000000000001", "A1B2C3D4", nextCounter(), "32030201",
                    "3203000000B1", 300 + seq, 300, 50000, BillReference.NONE);    // community 32030102's terminal
            case R006 -> detail(TransactionType.PROPERTY_FEE, "3203000000000001", "A1B2C3D4", nextCounter(), "32030101",
                    "3203000000A1", 300 + seq, 300, 50000, new BillReference("000000001234", "202611")); // already paid
            case R007 -> debit(Integer.parseInt(good.substring(30, 36)), 300 + seq, 100, 50000); // the good line's counter again
            default -> throw new IllegalArgumentException(code.toString());
        };
        UploadAnswer answer = ingest(name(C1, seq), C1, file(C1, header(C1, seq), list(good, bad)));
        AckFile ack = ack(answer);
        assertThat(ack.status()).isEqualTo(AckStatus.PARTLY_ACCEPTED);
        assertThat(ack.acceptedCount()).isEqualTo(1);
        assertThat(ack.rejections()).containsExactly(new AckRejection(3, code));
    }

    @Test
    @Order(9)
    void anUnknownCardIsR003AndAnOverpaymentIsR006() throws IOException {
        int seq = next(C1);
        String unknownCard = detail(TransactionType.OTHER_SERVICE, "3203000000000777", "A1B2C3D4", 1, "32030101",
                "3203000000A1", 900, 100, 50000, BillReference.NONE);
        long owed = jdbc.queryForObject("select amount_fen - paid_fen from bill where household_id = '000000001236' "
                + "and billing_period = '202611'", Long.class);
        String pays = detail(TransactionType.PROPERTY_FEE, "3203000000000001", "A1B2C3D4", nextCounter(), "32030101",
                "3203000000A1", 901, owed - 1, 50000, new BillReference("000000001236", "202611"));
        String overpays = detail(TransactionType.PROPERTY_FEE, "3203000000000001", "A1B2C3D4", nextCounter(), "32030101",
                "3203000000A1", 902, 2, 50000, new BillReference("000000001236", "202611"));
        AckFile ack = ack(ingest(name(C1, seq), C1, file(C1, header(C1, seq), list(unknownCard, pays, overpays))));
        assertThat(ack.rejections()).containsExactly(new AckRejection(2, ReasonCode.R003), new AckRejection(4, ReasonCode.R006));
        assertThat(jdbc.queryForObject("select amount_fen - paid_fen from bill where household_id = '000000001236' "
                + "and billing_period = '202611'", Long.class)).isEqualTo(1L);
    }

    @Test
    @Order(10)
    void overlappingFilesStoreEachTransactionOnceAndCountTheRestAsDuplicates() throws IOException {
        String x = debit(nextCounter(), 1001, 10, 50000);
        String y = debit(nextCounter(), 1002, 20, 50000);
        String z = debit(nextCounter(), 1003, 30, 50000);
        int before = storedFromUploads();
        int seq = next(C1);
        AckFile first = ack(ingest(name(C1, seq), C1, file(C1, header(C1, seq), list(x, y, y))));
        assertThat(List.of(first.status(), first.acceptedCount(), first.duplicateCount()))
                .containsExactly(AckStatus.ACCEPTED, 2, 1);
        AckFile second = ack(ingest(name(C1, seq + 1), C1, file(C1, header(C1, seq + 1), list(y, z))));
        assertThat(List.of(second.status(), second.acceptedCount(), second.duplicateCount()))
                .containsExactly(AckStatus.ACCEPTED, 1, 1);
        assertThat(storedFromUploads()).isEqualTo(before + 3);
    }

    @Test
    @Order(10)
    void aPaymentSentTwiceIsADuplicateNotAnOverpaymentAndMovesItsBillAndShadowOnce() throws IOException {
        String household = jdbc.queryForObject("select min(household_id) from bill where community_id = ? and status = 'OPEN' "
                + "and bill_kind = 'PROPERTY' and billing_period = '202611' and household_id > '000000001236'", String.class, C1);
        long owed = jdbc.queryForObject("select amount_fen - paid_fen from bill where household_id = ? and billing_period = "
                + "'202611' and bill_kind = 'PROPERTY'", Long.class, household);
        String earlierDebit = debit(nextCounter(), 3002, 100, 900100);
        int counter = nextCounter();
        String pays = detail(TransactionType.PROPERTY_FEE, "3203000000000001", "A1B2C3D4", counter, "32030101",
                "3203000000A1", 3001, owed, 900000, new BillReference(household, "202611"));
        int seq = next(C1);

        // in chunks of two lines: [pays, pays] [earlierDebit, pays] — a copy in the same chunk and one in the next
        AckFile first = ack(ingest(name(C1, seq), C1, file(C1, header(C1, seq), list(pays, pays, earlierDebit, pays))));
        AckFile later = ack(ingest(name(C1, seq + 1), C1, file(C1, header(C1, seq + 1), list(pays))));

        assertThat(List.of(first.status(), first.acceptedCount(), first.duplicateCount(), first.rejectedCount()))
                .containsExactly(AckStatus.ACCEPTED, 2, 2, 0);
        // the bill is PAID now: the copy in a later file is still a duplicate, not R006 "no open bill"
        assertThat(List.of(later.status(), later.acceptedCount(), later.duplicateCount(), later.rejectedCount()))
                .containsExactly(AckStatus.ACCEPTED, 0, 1, 0);
        assertThat(jdbc.queryForMap("select paid_fen, status from bill where household_id = ? and billing_period = '202611' "
                + "and bill_kind = 'PROPERTY'", household)).isEqualTo(Map.of("paid_fen", jdbc.queryForObject(
                "select amount_fen from bill where household_id = ? and billing_period = '202611' and bill_kind = 'PROPERTY'",
                Long.class, household), "status", "PAID"));
        assertThat(jdbc.queryForMap("select balance_fen, card_counter from shadow_account where card_no = '3203000000000001'"))
                .isEqualTo(Map.of("balance_fen", 900000 - owed, "card_counter", counter));
    }

    @Test
    @Order(11)
    void mixedLineEndingsAreAcceptedWithTheMacOverTheBytesAsReceived() throws IOException {
        int seq = next(C1);
        String a = debit(nextCounter(), 2001, 10, 50000);
        String b = debit(nextCounter(), 2002, 10, 50000);
        String body = header(C1, seq) + "\r\n" + a + "\n" + b + "\r\n";
        String mac = ConsFiles.KEYS.uploadMac(C1, body.getBytes(StandardCharsets.US_ASCII));
        byte[] bytes = (body + String.format("TRL1%08d%014d%s\n", 2, 20, mac)).getBytes(StandardCharsets.US_ASCII);
        AckFile ack = ack(ingest(name(C1, seq), C1, bytes));
        assertThat(ack.status()).isEqualTo(AckStatus.ACCEPTED);
        assertThat(ack.acceptedCount()).isEqualTo(2);
    }

    @Test
    @Order(12)
    void theHttpChannelAnswersWithTheAckAndKeepsOutsiders() {
        String path = "/api/communities/32030103/uploads/" + name(C3, 1);
        byte[] bytes = file(C3, header(C3, 1), list(detail(TransactionType.OTHER_SERVICE, "3203000000000001", "A1B2C3D4",
                nextCounter(), "32030301", "3203000000C1", 1, 100, 50000, BillReference.NONE)));
        assertThat(Api.anonymous(port).putBytes(path, bytes).status()).isEqualTo(401);
        assertThat(Api.as(port, TestStaff.STAFF_101, TestStaff.PASSWORD).putBytes(path, bytes).status()).isEqualTo(403);
        assertThat(Api.as(port, TestStaff.CLERK, TestStaff.PASSWORD).putBytes(path, bytes).status()).isEqualTo(403);
        Api.Response tooLarge = Api.as(port, TestStaff.ADMIN, TestStaff.PASSWORD).putBytes(path, new byte[2 * 1024 * 1024]);
        assertThat(tooLarge.status()).isEqualTo(413);
        assertThat(tooLarge.body()).contains("larger than the limit of 1048576 bytes");

        Api.Response answer = Api.as(port, TestStaff.ADMIN, TestStaff.PASSWORD).putBytes(path, bytes);
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body()).startsWith("ACH13203010320261106000001A00000001");
    }

    @Test
    @Order(13)
    void staffListAndDownloadTheQuarantineOfTheirOwnCommunity() {
        Api admin = Api.as(port, TestStaff.ADMIN, TestStaff.PASSWORD);
        Api.Response list = admin.get("/api/uploads?status=R&community=32030101");
        assertThat(list.status()).isEqualTo(200);
        List<String> codes = list.json("$[*].reasonCode");
        assertThat(codes).contains("F001", "F002", "F003", "F004", "F005");
        Integer id = list.json("$[0].id");
        Api.Response file = admin.get("/api/uploads/" + id + "/file");
        assertThat(file.status()).isEqualTo(200);
        Api.Response ack = admin.get("/api/uploads/" + id + "/ack");
        assertThat(ack.body()).startsWith("ACH132030101").contains("ACR100000000F00");

        Api staff101 = Api.as(port, TestStaff.STAFF_101, TestStaff.PASSWORD);
        assertThat(staff101.get("/api/uploads/" + id + "/file").status()).isEqualTo(200);
        Api staff102 = Api.as(port, TestStaff.STAFF_102, TestStaff.PASSWORD);
        assertThat(staff102.get("/api/uploads?status=R&community=32030101").body()).isEqualTo("[]");
        assertThat(staff102.get("/api/uploads/" + id + "/file").status()).isEqualTo(404);
        assertThat(quarantine.resolve(C1)).isDirectoryContaining(p -> p.getFileName().toString().endsWith(".ack"));
    }

    @Test
    @Order(14)
    void aTechnicalFailureIsRetriedThenQuarantinedWithItsReasonWhereStaffListIt() throws Exception {
        Path in = Files.createDirectories(exchange.resolve(C3).resolve("in"));
        Files.writeString(exchange.resolve(C3).resolve("out"), "a file where the answers' directory should be");
        byte[] bytes = file(C3, header(C3, 2), list(detail(TransactionType.OTHER_SERVICE, "3203000000000001", "A1B2C3D4",
                nextCounter(), "32030301", "3203000000C1", 2, 100, 50000, BillReference.NONE)));
        NotifyBuilder done = new NotifyBuilder(camel).fromRoute("inbox-upload-poll").whenDone(1).create();
        Path tmp = in.resolve(".CONS_32030103_20261106_000002.DAT");
        Files.write(tmp, bytes);
        Files.move(tmp, in.resolve(name(C3, 2)));

        assertThat(done.matches(60, TimeUnit.SECONDS)).isTrue();
        Api admin = Api.as(port, TestStaff.ADMIN, TestStaff.PASSWORD);
        Api.Response failed = admin.get("/api/uploads?status=F&community=" + C3);
        assertThat(failed.<List<String>>json("$[*].fileName")).containsExactly(name(C3, 2));
        assertThat(failed.<String>json("$[0].reason")).contains("failed after 3 attempts in route inbox-upload-poll",
                "Could not write ACK_32030103_20261106_000002.DAT");
        Integer id = failed.json("$[0].id");
        assertThat(admin.get("/api/uploads/" + id + "/file").body()).isEqualTo(new String(bytes, StandardCharsets.US_ASCII));
        try (var kept = Files.list(quarantine.resolve(C3))) {
            Path reason = kept.filter(p -> p.getFileName().toString().endsWith(name(C3, 2) + ".reason.txt")).findFirst()
                    .orElseThrow();
            assertThat(Files.readString(reason)).contains("work: UPLOAD", "route: inbox-upload-poll", "community: 32030103",
                    "attempts: 3", "Could not write ACK_32030103_20261106_000002.DAT");
        }
        // redelivered twice after the first attempt, stored once: the pipeline answered the repeats from the stored batch
        assertThat(jdbc.queryForObject("select count(*) from upload_batch where community_id = ? and consumed_sequence = 2",
                Integer.class, C3)).isEqualTo(1);
    }

    /**
     * Issue 11: four files repeating another file's 20 purchases with the same card counters and
     * balances and only new terminal sequence numbers (valid TACs) were all accepted — money no
     * card paid. Now every repeated record is R007, nothing is stored twice, the shadow account
     * and the journal keep the 20 purchases, the card is flagged for staff; the same line sent
     * again is still a duplicate, and a record that does not chain flags the card without being
     * refused.
     */
    @Test
    @Order(15)
    void recordsRepeatingACardCounterAreR007StoreNothingTwiceAndFlagTheCard() throws IOException {
        String card = "3203000000000100";
        String uid = jdbc.queryForObject("select uid from card where card_no = ?", String.class, card);
        int counter = jdbc.queryForObject("select card_counter from shadow_account where card_no = ?", Integer.class, card);
        long balance = jdbc.queryForObject("select balance_fen from shadow_account where card_no = ?", Long.class, card);
        List<String> purchases = new java.util.ArrayList<>();
        long before = balance;
        for (int i = 1; i <= 20; i++) {
            long amount = 100 + i;
            purchases.add(detail(TransactionType.OTHER_SERVICE, card, uid, counter + i, "32030101", "3203000000A1",
                    70_000 + i, amount, before, BillReference.NONE));
            before -= amount;
        }
        long paid = balance - before;
        int seq = next(C1);
        AckFile original = ack(ingest(name(C1, seq), C1, file(C1, header(C1, seq), purchases)));
        assertThat(original.status()).isEqualTo(AckStatus.ACCEPTED);
        assertThat(original.acceptedCount()).isEqualTo(20);

        for (int attack = 1; attack <= 4; attack++) {
            List<String> replay = new java.util.ArrayList<>();
            for (String line : purchases) { // same counter, balances and amount; a new terminal sequence, signed again
                long terminalSeq = Long.parseLong(line.substring(56, 64)) + 1000L * attack;
                replay.add(resign(replaceAt(line, 57, String.format("%08d", terminalSeq))));
            }
            int s2 = next(C1);
            AckFile ack = ack(ingest(name(C1, s2), C1, file(C1, header(C1, s2), replay)));
            assertThat(ack.status()).as("attack file %d", attack).isEqualTo(AckStatus.PARTLY_ACCEPTED);
            assertThat(ack.acceptedCount()).isZero();
            assertThat(ack.rejections()).hasSize(20).allMatch(r -> r.code() == ReasonCode.R007);
        }
        // the journal and the shadow account hold the 20 purchases once: nothing that no card paid
        assertThat(jdbc.queryForObject("select count(*) from wallet_transaction where card_no = ? and kind = 'DEBIT' "
                + "and card_counter > ?", Integer.class, card, counter)).isEqualTo(20);
        assertThat(jdbc.queryForObject("select sum(amount_fen) from wallet_transaction where card_no = ? and kind = 'DEBIT' "
                + "and card_counter > ?", Long.class, card, counter)).isEqualTo(paid);
        assertThat(jdbc.queryForMap("select balance_fen, card_counter from shadow_account where card_no = ?", card))
                .containsEntry("balance_fen", before).containsEntry("card_counter", counter + 20);
        assertThat(jdbc.queryForList("select kind from card_flag where card_no = ? and resolved_at is null", String.class, card))
                .contains("COUNTER_REUSED").doesNotContain("CHAIN_BROKEN");

        // the same line again is a duplicate, not R007; a replay inside one file is R007 on its later line
        String again = purchases.get(0);
        String next = detail(TransactionType.OTHER_SERVICE, card, uid, counter + 21, "32030101", "3203000000A1",
                70_021, 50, before, BillReference.NONE);
        String nextReplayed = resign(replaceAt(next, 57, "00090021"));
        int s3 = next(C1);
        AckFile mixed = ack(ingest(name(C1, s3), C1, file(C1, header(C1, s3), list(again, next, nextReplayed))));
        assertThat(mixed.acceptedCount()).isEqualTo(1);
        assertThat(mixed.duplicateCount()).isEqualTo(1);
        assertThat(mixed.rejections()).containsExactly(new AckRejection(4, ReasonCode.R007));

        // a record that does not chain (balance before is not the balance after counter + 21): accepted, the card flagged
        String unchained = detail(TransactionType.OTHER_SERVICE, card, uid, counter + 22, "32030102", "3203000000A2",
                80_001, 10, before - 50 + 500, BillReference.NONE);
        int s4 = next(C1);
        AckFile gap = ack(ingest(name(C1, s4), C1, file(C1, header(C1, s4), list(unchained))));
        assertThat(gap.status()).isEqualTo(AckStatus.ACCEPTED);
        assertThat(jdbc.queryForList("select kind from card_flag where card_no = ? and resolved_at is null", String.class, card))
                .contains("CHAIN_BROKEN");
        // staff read both in the card's history
        assertThat(jdbc.queryForList("select after_state from card_event where card_no = ? and event_type = 'FLAGGED'",
                String.class, card)).contains("COUNTER_REUSED", "CHAIN_BROKEN");
    }

    private UploadAnswer ingest(String fileName, String channelCommunity, byte[] bytes) throws IOException {
        Path file = Files.createTempFile("upload", ".DAT");
        Files.write(file, bytes);
        try {
            return pipeline.ingest(new ReceivedUpload(fileName, channelCommunity, UploadChannel.HTTP, file));
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private static AckFile ack(UploadAnswer answer) throws IOException {
        assertThat(answer.hasAck()).as("answer %s", answer).isTrue();
        return AckCodec.read(new ByteArrayInputStream(answer.ack()), ConsFiles.KEYS);
    }

    private static void assertFileRejected(UploadAnswer answer, ReasonCode code) throws IOException {
        AckFile ack = ack(answer);
        assertThat(ack.status()).as("answer %s", answer).isEqualTo(AckStatus.REJECTED);
        assertThat(ack.rejections()).as("answer %s", answer).containsExactly(new AckRejection(0, code));
    }

    private int next(String community) {
        Integer max = jdbc.queryForObject("select max(consumed_sequence) from upload_batch where community_id = ?",
                Integer.class, community);
        return max == null ? 1 : max + 1;
    }

    private static int nextCounter() {
        return COUNTER.incrementAndGet();
    }

    private int storedFromUploads() {
        return jdbc.queryForObject("select count(*) from wallet_transaction where batch_id is not null", Integer.class);
    }
}
