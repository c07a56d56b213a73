package cn.lianxin.onecard.app.card;

import static org.assertj.core.api.Assertions.assertThat;

import cn.lianxin.onecard.app.security.IdentityBootstrap;
import cn.lianxin.onecard.app.support.Api;
import cn.lianxin.onecard.app.support.Api.Response;
import cn.lianxin.onecard.app.support.PostgresIntegrationTest;
import cn.lianxin.onecard.app.support.TestStaff;
import cn.lianxin.onecard.integration.cardio.sim.SimulatedReader;
import cn.lianxin.onecard.integration.cardio.sim.VirtualMifareClassic1k;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A card's life at an outlet and in its community on PostgreSQL, through the REST API and the
 * simulated reader: issue, tap, recharge, sign-off, loss — and every way it can go wrong, with
 * nothing half-written on the card or in the database.
 */
@PostgresIntegrationTest
class CardLifecycleIT {

    static final String READER = "32039101";
    static final String CERTIFICATE = "11010519491231002X";

    @LocalServerPort
    int port;

    @Autowired
    IdentityBootstrap identity;

    @Autowired
    CardReaders readers;

    @Autowired
    JdbcTemplate jdbc;

    Api admin;
    Api clerk;
    Api staff;

    @BeforeEach
    void staff() {
        TestStaff.ensure(identity);
        admin = Api.as(port, TestStaff.ADMIN, TestStaff.PASSWORD);
        clerk = Api.as(port, TestStaff.CLERK, TestStaff.PASSWORD);
        staff = Api.as(port, TestStaff.STAFF_101, TestStaff.PASSWORD);
    }

    private long holder(String certificate, String householdId, String category) {
        Response holder = clerk.post("/api/cardholders", """
                {"name":"韩梅梅","holderCategory":"%s","certificateType":"RESIDENT_ID","certificateNumber":"%s",
                 "householdId":"%s"}""".formatted(category, certificate, householdId));
        assertThat(holder.status()).as(holder.body()).isEqualTo(201);
        return ((Number) holder.json("$.cardholderId")).longValue();
    }

    private String issue(long holderId, String certificate, String uid) {
        readers.presentVirtualCard(READER, uid);
        Response issued = clerk.post("/api/cards/issue", """
                {"cardholderId":%d,"certificateNumber":"%s","cardTypeCode":"01","readerId":"%s"}"""
                .formatted(holderId, certificate, READER));
        assertThat(issued.status()).as(issued.body()).isEqualTo(201);
        return issued.json("$.cardNo");
    }

    private Response recharge(String cardNo, long amountFen) {
        return clerk.post("/api/cards/" + cardNo + "/recharge", """
                {"amountFen":%d,"readerId":"%s"}""".formatted(amountFen, READER));
    }

    @Test
    void shouldIssueRechargeSignOffAndReportACardLost() {
        long holderId = holder(CERTIFICATE, "000000001110", "ADULT");
        readers.presentVirtualCard(READER, "CAFE0001");

        Response wrongPerson = clerk.post("/api/cards/issue", """
                {"cardholderId":%d,"certificateNumber":"440524188001010014","cardTypeCode":"01","readerId":"%s"}"""
                .formatted(holderId, READER));
        assertThat(wrongPerson.status()).isEqualTo(422);
        assertThat(wrongPerson.<List<String>>json("$.errors[*].field")).containsExactly("certificateNumber");
        Response seniorCard = clerk.post("/api/cards/issue", """
                {"cardholderId":%d,"certificateNumber":"%s","cardTypeCode":"03","readerId":"%s"}"""
                .formatted(holderId, CERTIFICATE, READER));
        assertThat(seniorCard.status()).isEqualTo(422);
        assertThat(seniorCard.body()).contains("card type 03 is not for ADULT holders");

        String cardNo = issue(holderId, CERTIFICATE, "CAFE0001");
        assertThat(cardNo).matches("3203\\d{12}");
        Response again = clerk.post("/api/cards/issue", """
                {"cardholderId":%d,"certificateNumber":"%s","cardTypeCode":"01","readerId":"%s"}"""
                .formatted(holderId, CERTIFICATE, READER));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.body()).contains("UID CAFE0001) is already card " + cardNo);

        Response tap = clerk.post("/api/readers/" + READER + "/tap", null);
        assertThat(tap.<Integer>json("$.balanceFen")).isZero();
        assertThat(tap.<List<String>>json("$.findings")).isEmpty();

        Response receipt = recharge(cardNo, 5000);
        assertThat(receipt.status()).as(receipt.body()).isEqualTo(200);
        assertThat(receipt.<Integer>json("$.balanceAfterFen")).isEqualTo(5000);
        assertThat(receipt.<Integer>json("$.cardCounter")).isEqualTo(1);

        Response aboveCap = recharge(cardNo, 95001);
        assertThat(aboveCap.status()).isEqualTo(422);
        assertThat(aboveCap.body()).contains("above the cap of 100000 fen");
        assertThat(admin.get("/api/cards/" + cardNo).<Integer>json("$.shadowBalanceFen")).isEqualTo(5000);

        assertThat(staff.get("/api/cards/" + cardNo).status()).isEqualTo(404);
        Response signed = staff.post("/api/cards/" + cardNo + "/sign-off", """
                {"householdId":"000000001110","readerId":"%s"}""".formatted(READER));
        assertThat(signed.status()).as(signed.body()).isEqualTo(201);
        assertThat(signed.<String>json("$.communityId")).isEqualTo("32030101");
        Response twice = staff.post("/api/cards/" + cardNo + "/sign-off", """
                {"householdId":"000000001111","readerId":"%s"}""".formatted(READER));
        assertThat(twice.status()).isEqualTo(409);
        assertThat(twice.body()).contains("already belongs to household 000000001110 in community 32030101");
        assertThat(staff.get("/api/cards/" + cardNo).<String>json("$.status")).isEqualTo("ISSUED");
        assertThat(staff.post("/api/cards/" + cardNo + "/activate", """
                {"place":"32030101"}""").<String>json("$.status")).isEqualTo("ACTIVE");

        Response lost = clerk.post("/api/cards/" + cardNo + "/report-loss", """
                {"place":"32039001"}""");
        assertThat(lost.<String>json("$.status")).isEqualTo("LOST");
        assertThat(lost.<List<String>>json("$.blacklistReasons")).containsExactly("01");
        Response afterLoss = recharge(cardNo, 100);
        assertThat(afterLoss.status()).isEqualTo(409);
        assertThat(afterLoss.body()).contains("is blacklisted (reasons [01])");

        assertThat(admin.get("/api/cards/" + cardNo + "/history").<List<String>>json("$[*].type"))
                .containsExactly("ISSUED", "RECHARGED", "SIGNED_OFF", "ACTIVATED", "LOSS_REPORTED");
        assertThat(admin.get("/api/cards/" + cardNo + "/history").<List<String>>json("$[*].actor"))
                .containsExactly(TestStaff.CLERK, TestStaff.CLERK, TestStaff.STAFF_101, TestStaff.STAFF_101, TestStaff.CLERK);
    }

    @Test
    void shouldNeverCountMoneyTheCardDidNotTakeWhenItIsRemovedMidWrite() {
        long holderId = holder("440524188001010014", "000000001120", "ADULT");
        String cardNo = issue(holderId, "440524188001010014", "CAFE0002");
        assertThat(recharge(cardNo, 1000).status()).isEqualTo(200);
        SimulatedReader reader = readers.simulatedReader(READER);

        long expected = 1000;
        for (boolean during : new boolean[] {false, true}) {
            boolean completed = false;
            for (int commands = 0; commands < 200 && !completed; commands++) {
                if (during) {
                    reader.tearDuring(commands + 1);
                } else {
                    reader.tearAfter(commands);
                }
                Response attempt = recharge(cardNo, 700);
                completed = attempt.status() == 200;
                if (!completed) {
                    assertThat(attempt.status()).as(attempt.body()).isEqualTo(409);
                }
                if (!reader.isCardPresent()) {
                    readers.presentVirtualCard(READER, "CAFE0002");
                }
                Response tap = clerk.post("/api/readers/" + READER + "/tap", null);
                String when = (during ? "tear during command " : "tear after command ") + commands;
                assertThat(tap.status()).as("%s: %s", when, tap.body()).isEqualTo(200);
                // what the card holds is exactly what the centre counted, whether or not the write happened
                assertThat(tap.<Integer>json("$.balanceFen")).as(when).isEqualTo(tap.<Integer>json("$.shadowBalanceFen"));
                assertThat(tap.<List<String>>json("$.findings")).as(when).isEmpty();
                expected = tap.<Integer>json("$.shadowBalanceFen");
            }
            assertThat(completed).isTrue();
        }
        // every 700 fen the card took was counted once: 1000 + 700 × the writes that happened
        assertThat((expected - 1000) % 700).isZero();
        assertThat(admin.get("/api/cards/" + cardNo).<Integer>json("$.shadowBalanceFen")).isEqualTo((int) expected);
        assertThat(jdbc.queryForObject("select count(*) from interrupted_wallet_write", Integer.class)).isZero();
        // at least one tear hit the commit write after the card had done it: counted on the next tap
        assertThat(jdbc.queryForObject("select count(*) from card_event where card_no = ? and detail like "
                + "'the card had taken the write it left during%'", Integer.class, cardNo)).isPositive();
    }

    @Test
    void shouldMoveALostCardsBalanceToItsReplacementAfterTheCoolingPeriod() {
        long holderId = holder("320302198506151229", "000000001140", "ADULT");
        String lost = issue(holderId, "320302198506151229", "CAFE0004");
        assertThat(recharge(lost, 4200).status()).isEqualTo(200);
        clerk.post("/api/cards/" + lost + "/report-loss", """
                {"place":"32039001"}""");

        readers.presentVirtualCard(READER, "CAFE0005");
        Response replacement = clerk.post("/api/cards/" + lost + "/replace", """
                {"cardholderId":%d,"certificateNumber":"320302198506151229","cardTypeCode":"01","readerId":"%s"}"""
                .formatted(holderId, READER));
        assertThat(replacement.status()).as(replacement.body()).isEqualTo(201);
        assertThat(replacement.<Integer>json("$.replacementFeeFen")).isEqualTo(2000);
        assertThat(replacement.<String>json("$.feeRule")).isEqualTo("replace-standard");
        String newCard = replacement.json("$.card.cardNo");
        assertThat(clerk.post("/api/cards/" + lost + "/replace", """
                {"cardholderId":%d,"certificateNumber":"320302198506151229","cardTypeCode":"01","readerId":"%s"}"""
                .formatted(holderId, READER)).body()).contains("already replaced by " + newCard);

        Response moved = admin.post("/api/cards/" + lost + "/transfer-balance", null);
        assertThat(moved.<Integer>json("$.amountFen")).isEqualTo(4200);
        assertThat(admin.get("/api/cards/" + newCard).<Integer>json("$.pendingLoadFen")).isEqualTo(4200);
        assertThat(admin.get("/api/cards/" + lost).<String>json("$.status")).isEqualTo("REPLACED");
        assertThat(admin.get("/api/cards/" + lost).<Integer>json("$.shadowBalanceFen")).isZero();

        Response tap = clerk.post("/api/readers/" + READER + "/tap", null);
        assertThat(tap.<String>json("$.cardNo")).isEqualTo(newCard);
        assertThat(tap.<Integer>json("$.balanceFen")).isEqualTo(4200);
        Response card = admin.get("/api/cards/" + newCard);
        assertThat(card.<Integer>json("$.shadowBalanceFen")).isEqualTo(4200);
        assertThat(card.<Integer>json("$.pendingLoadFen")).isZero();
        assertThat(admin.get("/api/cards/" + newCard + "/history").<List<String>>json("$[*].type"))
                .containsExactly("ISSUED", "BALANCE_TRANSFERRED", "PENDING_LOADED");
    }

    @Test
    void shouldRefundBalanceAndDepositMinusTheReturnFeeOfTheRules() {
        long holderId = holder("320302198506151202", "000000001150", "ADULT");
        String cardNo = issue(holderId, "320302198506151202", "CAFE0006");
        assertThat(recharge(cardNo, 5000).status()).isEqualTo(200);

        Response returned = clerk.post("/api/cards/" + cardNo + "/return", """
                {"readerId":"%s"}""".formatted(READER));
        assertThat(returned.status()).as(returned.body()).isEqualTo(200);
        // 50.00 on the card + 20.00 deposit - 5.00 first-year return fee
        assertThat(returned.<Integer>json("$.refundFen")).isEqualTo(6500);
        assertThat(returned.<Integer>json("$.feeFen")).isEqualTo(500);
        assertThat(returned.<String>json("$.feeRule")).isEqualTo("return-first-year");
        Response card = admin.get("/api/cards/" + cardNo);
        assertThat(card.<String>json("$.status")).isEqualTo("RETURNED");
        assertThat(card.<List<String>>json("$.blacklistReasons")).containsExactly("03");
        assertThat(card.<Integer>json("$.shadowBalanceFen")).isZero();
        assertThat(clerk.post("/api/cards/" + cardNo + "/return", """
                {"readerId":"%s"}""".formatted(READER)).status()).isEqualTo(409);
    }

    @Autowired
    CardOperations operations;

    @Test
    void shouldExpireCardsPastTheirDateInOneStatementWithAnEventEach() {
        jdbc.update("update card set expires_on = current_date - 1 where card_no in ('3203000000000100', '3203000000000101')");
        int before = jdbc.queryForObject("select count(*) from card where status = 'EXPIRED'", Integer.class);

        assertThat(operations.expireCards()).isEqualTo(2);

        assertThat(jdbc.queryForObject("select count(*) from card where status = 'EXPIRED'", Integer.class)).isEqualTo(before + 2);
        assertThat(admin.get("/api/cards/3203000000000100/history").<List<String>>json("$[*].type")).containsExactly("EXPIRED");
        assertThat(admin.get("/api/cards/3203000000000100/history").<String>json("$[0].after")).isEqualTo("EXPIRED");
        assertThat(admin.get("/api/cards/3203000000000100/history").<String>json("$[0].detail"))
                .startsWith("expired on ");
        // a second run finds nothing more to expire
        assertThat(operations.expireCards()).isZero();
    }

    @Test
    void shouldRefuseCardsTheOutletMustNotServe() {
        readers.presentVirtualCard(READER, "0BADCAFE");
        Response stranger = clerk.post("/api/readers/" + READER + "/tap", null);
        assertThat(stranger.status()).isEqualTo(422);
        assertThat(stranger.body()).contains("UID 0BADCAFE) is not a card of this centre");

        jdbc.update("insert into card (card_no, uid, card_type_code, status, deposit_fen, created_at, updated_at) "
                + "values ('3203000000999999', 'FEEDF00D', '01', 'ACTIVE', 2000, now(), now())");
        jdbc.update("insert into shadow_account (card_no, balance_fen, card_counter, updated_at) "
                + "values ('3203000000999999', 0, 0, now())");
        readers.presentVirtualCard(READER, "FEEDF00D");
        Response transportKey = clerk.post("/api/readers/" + READER + "/tap", null);
        assertThat(transportKey.status()).isEqualTo(409);
        assertThat(transportKey.body()).contains("still answers to the factory transport key");

        readers.removeVirtualCard(READER);
        Response noCard = clerk.post("/api/readers/" + READER + "/tap", null);
        assertThat(noCard.status()).isEqualTo(409);
        assertThat(noCard.body()).contains("put the card on the reader");

        assertThat(clerk.post("/api/cards/12AB/recharge", """
                {"amountFen":100,"readerId":"%s"}""".formatted(READER)).<List<String>>json("$.errors[*].field"))
                .containsExactly("cardNo");
        assertThat(clerk.get("/api/cards/3203999999999999").status()).isEqualTo(404);
    }

    @Test
    void shouldBlacklistATamperedCardWithReason04() {
        long holderId = holder("320302198506151210", "000000001130", "ADULT");
        String cardNo = issue(holderId, "320302198506151210", "CAFE0003");
        assertThat(recharge(cardNo, 3000).status()).isEqualTo(200);

        VirtualMifareClassic1k card = readers.presentVirtualCard(READER, "CAFE0003");
        byte[] balance = card.rawBlock(8);
        byte[] backup = card.rawBlock(9);
        balance[0] = (byte) 0x50;
        balance[4] = (byte) ~0x50;
        balance[8] = (byte) 0x50;
        backup[0] = (byte) 0x50;
        backup[4] = (byte) ~0x50;
        backup[8] = (byte) 0x50;
        card.overwriteRaw(8, balance);
        card.overwriteRaw(9, backup);

        Response tap = clerk.post("/api/readers/" + READER + "/tap", null);
        assertThat(tap.status()).isEqualTo(409);
        assertThat(tap.body()).contains("tampered with", "blacklisted with reason 04");
        Response view = admin.get("/api/cards/" + cardNo);
        assertThat(view.<List<String>>json("$.blacklistReasons")).containsExactly("04");
        assertThat(view.<List<String>>json("$.openFlags[*].kind")).containsExactly("TAMPERED");

        // staff see it in the list of flagged cards and close it with what they found
        Response flags = Api.as(port, TestStaff.AUDITOR, TestStaff.PASSWORD).get("/api/card-flags");
        assertThat(flags.<List<String>>json("$[*].cardNo")).contains(cardNo);
        Number flagId = ((List<Number>) flags.json("$[?(@.cardNo == '" + cardNo + "')].flagId")).get(0);
        assertThat(admin.post("/api/card-flags/" + flagId + "/resolve", "{}").status()).isEqualTo(422);
        assertThat(admin.post("/api/card-flags/" + flagId + "/resolve", """
                {"note":"card kept at the counter, holder called"}""").status()).isEqualTo(200);
        assertThat(admin.get("/api/cards/" + cardNo).<List<String>>json("$.openFlags")).isEmpty();
        assertThat(admin.post("/api/card-flags/" + flagId + "/resolve", """
                {"note":"again"}""").status()).isEqualTo(404);
    }

    @Test
    void parallelRechargesOfOneCardOnTwoReadersRaiseNoFalseTamperFlagAndEveryFenIsCounted() throws Exception {
        long holderId = holder("320302198506151245", "000000001130", "ADULT");
        String cardNo = issue(holderId, "320302198506151245", "CAFE0009");
        String otherReader = "32039102";
        // the same card answers on both readers (the simulator's one virtual card per UID): one
        // card, two outlet counters recharging it at once
        readers.presentVirtualCard(otherReader, "CAFE0009");
        int recharges = 12;
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(6);
        try {
            List<java.util.concurrent.Future<Response>> answers = new java.util.ArrayList<>();
            for (int i = 0; i < recharges; i++) {
                String reader = i % 3 == 0 ? otherReader : READER;
                answers.add(pool.submit(() -> clerk.post("/api/cards/" + cardNo + "/recharge", """
                        {"amountFen":100,"readerId":"%s"}""".formatted(reader))));
            }
            for (var answer : answers) {
                Response r = answer.get(120, java.util.concurrent.TimeUnit.SECONDS);
                assertThat(r.status()).as(r.body()).isEqualTo(200);
            }
        } finally {
            pool.shutdownNow();
        }
        Response view = admin.get("/api/cards/" + cardNo);
        // staff get no alert: card, shadow account and journal agree
        assertThat(view.<List<Object>>json("$.openFlags")).isEmpty();
        assertThat(view.<Integer>json("$.shadowBalanceFen")).isEqualTo(recharges * 100);
        assertThat(view.<Integer>json("$.shadowCounter")).isEqualTo(recharges);
        Response tap = clerk.post("/api/readers/" + READER + "/tap", null);
        assertThat(tap.<Integer>json("$.balanceFen")).isEqualTo(recharges * 100);
        assertThat(tap.<List<String>>json("$.findings")).isEmpty();
        assertThat(jdbc.queryForList("select card_counter from wallet_transaction where card_no = ? and kind = 'RECHARGE' "
                + "order by card_counter", Integer.class, cardNo))
                .containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(1, recharges).boxed().toList());
    }
}
