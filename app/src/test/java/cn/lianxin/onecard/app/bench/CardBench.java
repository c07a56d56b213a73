package cn.lianxin.onecard.app.bench;

import cn.lianxin.onecard.app.card.CardReaders;
import cn.lianxin.onecard.app.cardholder.CertificateDigest;
import cn.lianxin.onecard.app.cardholder.ResidentIdNumber;
import cn.lianxin.onecard.app.security.IdentityBootstrap;
import cn.lianxin.onecard.app.support.Api;
import cn.lianxin.onecard.app.support.PostgresIntegrationTest;
import cn.lianxin.onecard.app.support.TestStaff;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Benchmark, not a test (run by {@code bin/bench-cards}; Failsafe's default includes never pick
 * it up): the automated issuance path over the REST API on PostgreSQL — holder checks, card
 * personalisation on the simulated reader, community sign-off — with one client per outlet reader,
 * and the recharge round trip. Prints the figures.
 */
@PostgresIntegrationTest
class CardBench {

    private static final int CARDS = Integer.getInteger("bench.cards", 2000);
    private static final int RECHARGES = Integer.getInteger("bench.recharges", 1000);
    private static final int OUTLETS = Integer.getInteger("bench.readers", 4);
    private static final List<String> READERS =
            List.of("32039101", "32039102", "32039103", "32039104", "32039105", "32039106").subList(0, OUTLETS);

    @LocalServerPort
    int port;

    @Autowired
    IdentityBootstrap identity;

    @Autowired
    CardReaders readers;

    @Autowired
    JdbcTemplate jdbc;

    private final java.util.concurrent.atomic.AtomicLong issueNanos = new java.util.concurrent.atomic.AtomicLong();
    private final java.util.concurrent.atomic.AtomicLong signOffNanos = new java.util.concurrent.atomic.AtomicLong();

    @Test
    void issuanceAndRecharge() throws Exception {
        TestStaff.ensure(identity);
        // outlet readers beyond the two of the demo data, one per further outlet counter
        for (String reader : READERS.subList(2, READERS.size())) {
            jdbc.update("insert into terminal (terminal_id, psam_id, kind, outlet_id, model, serial_no, channel, created_at, "
                    + "updated_at) values (?, ?, 'OUTLET_READER', '32039001', 'ACR122U', ?, 'HTTP', now(), now())",
                    reader, "3203000000E" + reader.charAt(7), "BENCH-" + reader);
        }
        Api admin = Api.as(port, TestStaff.ADMIN, TestStaff.PASSWORD);
        List<String[]> holders = holders(CARDS);

        // warm up: 50 cards, not counted
        run(admin, holders.subList(0, 50), 0);
        long started = System.nanoTime();
        List<String> cards = run(admin, holders.subList(50, CARDS), 50);
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf("BENCH per card and client: issue %.1f ms, sign-off %.1f ms (averages, warm-up included)%n",
                issueNanos.get() / 1e6 / CARDS, signOffNanos.get() / 1e6 / CARDS);
        System.out.printf("BENCH issuance: %d cards (issue + personalise + sign-off over HTTP, %d readers) in %.2f s = %.0f cards/s%n",
                cards.size(), READERS.size(), seconds, cards.size() / seconds);

        String reader = READERS.get(0);
        String card = cards.get(cards.size() - 2);
        readers.presentVirtualCard(reader, uidOf(card));
        long[] millis = new long[RECHARGES];
        for (int i = 0; i < RECHARGES; i++) {
            long t0 = System.nanoTime();
            Api.Response receipt = admin.post("/api/cards/" + card + "/recharge", """
                    {"amountFen":1,"readerId":"%s"}""".formatted(reader));
            millis[i] = (System.nanoTime() - t0) / 1000;
            if (receipt.status() != 200) {
                throw new IllegalStateException("recharge failed: " + receipt);
            }
        }
        Arrays.sort(millis);
        System.out.printf("BENCH recharge round trip (tap + compare + increment + record, over HTTP): median %.1f ms, "
                        + "p90 %.1f ms, p99 %.1f ms over %d recharges%n", millis[RECHARGES / 2] / 1000.0,
                millis[RECHARGES * 9 / 10] / 1000.0, millis[RECHARGES * 99 / 100] / 1000.0, RECHARGES);
    }

    private String uidOf(String cardNo) {
        return jdbc.queryForObject("select uid from card where card_no = ?", String.class, cardNo);
    }

    /** One client thread per reader, each issuing and signing off its share of the cards. */
    private List<String> run(Api admin, List<String[]> holders, int offset) throws Exception {
        ExecutorService clients = Executors.newFixedThreadPool(READERS.size());
        List<Future<List<String>>> results = new ArrayList<>();
        for (int r = 0; r < READERS.size(); r++) {
            int lane = r;
            results.add(clients.submit(() -> {
                List<String> issued = new ArrayList<>();
                String reader = READERS.get(lane);
                for (int i = lane; i < holders.size(); i += READERS.size()) {
                    String[] holder = holders.get(i);
                    readers.presentVirtualCard(reader, String.format("B%07X", offset + i));
                    long t0 = System.nanoTime();
                    Api.Response card = admin.post("/api/cards/issue", """
                            {"cardholderId":%s,"certificateNumber":"%s","cardTypeCode":"01","readerId":"%s"}"""
                            .formatted(holder[0], holder[1], reader));
                    if (card.status() != 201) {
                        throw new IllegalStateException("issue failed: " + card);
                    }
                    String cardNo = card.json("$.cardNo");
                    long t1 = System.nanoTime();
                    Api.Response signed = admin.post("/api/cards/" + cardNo + "/sign-off", """
                            {"householdId":"%s","readerId":"%s"}""".formatted(holder[2], reader));
                    if (signed.status() != 201) {
                        throw new IllegalStateException("sign-off failed: " + signed);
                    }
                    issued.add(cardNo);
                    issueNanos.addAndGet(t1 - t0);
                    signOffNanos.addAndGet(System.nanoTime() - t1);
                }
                return issued;
            }));
        }
        List<String> all = new ArrayList<>();
        for (Future<List<String>> result : results) {
            all.addAll(result.get());
        }
        clients.shutdown();
        return all;
    }

    /** Registers the benchmark's cardholders in one batch; returns id, certificate number, household. */
    private List<String[]> holders(int count) {
        List<String> households = jdbc.queryForList("select household_id from household order by household_id", String.class);
        List<Object[]> rows = new ArrayList<>();
        List<String[]> wanted = new ArrayList<>();
        Timestamp now = Timestamp.from(Instant.now());
        for (int i = 0; i < count; i++) {
            String body = String.format("3203021990%07d", i);
            String number = body + ResidentIdNumber.checkCharacter(body);
            CertificateDigest digest = CertificateDigest.of(number);
            String household = households.get(i % households.size());
            rows.add(new Object[] {"基准" + i, "ADULT", "RESIDENT_ID", digest.saltHex(), digest.hashHex(), digest.last4(),
                    null, household, now, now});
            wanted.add(new String[] {number, household});
        }
        jdbc.batchUpdate("insert into cardholder (name, holder_category, certificate_type, certificate_salt, certificate_hash, "
                + "certificate_last4, phone, household_id, created_at, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows);
        List<Long> ids = jdbc.queryForList("select cardholder_id from cardholder where name like '基准%' order by cardholder_id",
                Long.class);
        List<String[]> holders = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            holders.add(new String[] {String.valueOf(ids.get(i)), wanted.get(i)[0], wanted.get(i)[1]});
        }
        return holders;
    }
}
