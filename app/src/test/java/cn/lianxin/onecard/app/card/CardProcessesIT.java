package cn.lianxin.onecard.app.card;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.lianxin.onecard.app.security.IdentityBootstrap;
import cn.lianxin.onecard.app.support.Api;
import cn.lianxin.onecard.app.support.Api.Response;
import cn.lianxin.onecard.app.support.PostgresIntegrationTest;
import cn.lianxin.onecard.app.support.TestStaff;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/**
 * The card processes as staff live them, on PostgreSQL with the real job executor: a clerk
 * reviews an application in the engine's task API (what Tasklist calls), puts the card down, the
 * card is personalised in the background, the community's staff sign it off, the card is active;
 * then it is lost, replaced, and after the cooling period its balance moves to the replacement.
 */
@PostgresIntegrationTest
@TestPropertySource(properties = "onecard.cards.cooling-period=PT3S")
class CardProcessesIT {

    static final String READER = "32039101";

    @LocalServerPort
    int port;

    @Autowired
    IdentityBootstrap identity;

    Api clerk;
    Api staff101;
    Api staff102;
    Api admin;

    @BeforeEach
    void staff() {
        TestStaff.ensure(identity);
        clerk = Api.as(port, TestStaff.CLERK, TestStaff.PASSWORD);
        staff101 = Api.as(port, TestStaff.STAFF_101, TestStaff.PASSWORD);
        staff102 = Api.as(port, TestStaff.STAFF_102, TestStaff.PASSWORD);
        admin = Api.as(port, TestStaff.ADMIN, TestStaff.PASSWORD);
    }

    private List<String> waitingAt(String applicationId) {
        return clerk.get("/api/card-applications/" + applicationId).json("$.waitingAt");
    }

    private String taskOf(Api user, String businessKey) {
        List<String> ids = user.get("/engine-rest/task?processInstanceBusinessKey=" + businessKey).json("$[*].id");
        return ids.isEmpty() ? null : ids.get(0);
    }

    @Test
    void shouldIssueACardThroughReviewPersonalisationAndCommunitySignOffThenReplaceItWhenLost() {
        Response holder = clerk.post("/api/cardholders", """
                {"name":"流程用户","holderCategory":"ADULT","certificateType":"RESIDENT_ID",
                 "certificateNumber":"11010519491231002X","householdId":"000000001160"}""");
        long holderId = ((Number) holder.json("$.cardholderId")).longValue();

        Response applied = clerk.post("/api/card-applications", """
                {"cardholderId":%d,"certificateNumber":"11010519491231002X","householdId":"000000001160",
                 "cardTypeCode":"01","outletId":"32039001"}""".formatted(holderId));
        assertThat(applied.status()).as(applied.body()).isEqualTo(201);
        String applicationId = applied.json("$.application.applicationId");
        // the automated checks run in the background, then the review waits for a clerk
        await().atMost(Duration.ofSeconds(60)).until(() -> waitingAt(applicationId).contains("Task_ReviewApplication"));

        // the review task is the outlet clerks', nobody else's
        assertThat(taskOf(staff101, applicationId)).isNull();
        String review = taskOf(clerk, applicationId);
        assertThat(review).isNotNull();
        assertThat(clerk.get("/engine-rest/task/" + review + "/deployed-form").status()).isEqualTo(200);
        assertThat(clerk.post("/engine-rest/task/" + review + "/complete", """
                {"variables":{"reviewDecision":{"value":"approve"},"reviewComment":{"value":"证件核对无误"}}}""")
                .status()).isEqualTo(204);
        assertThat(waitingAt(applicationId)).containsExactly("Message_CardPresented");

        // the clerk puts a new card on the outlet's reader: the waiting application takes it
        assertThat(clerk.put("/api/simulator/readers/" + READER + "/card", """
                {"uid":"FACE0001"}""").status()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(60)).until(() -> waitingAt(applicationId).contains("Task_CommunitySignOff"));
        String cardNo = clerk.get("/api/card-applications/" + applicationId).json("$.application.cardNo");
        assertThat(admin.get("/api/cards/" + cardNo).<String>json("$.status")).isEqualTo("ISSUED");

        // the sign-off task is community 32030101's staff's, not community 32030102's
        assertThat(taskOf(staff102, applicationId)).isNull();
        String signOff = taskOf(staff101, applicationId);
        assertThat(signOff).isNotNull();
        assertThat(staff101.post("/engine-rest/task/" + signOff + "/complete", """
                {"variables":{"signOffDecision":{"value":"sign"},"signOffComment":{"value":"已签发"}}}""").status())
                .isEqualTo(204);
        await().atMost(Duration.ofSeconds(60)).until(() -> "ACTIVE".equals(
                clerk.get("/api/card-applications/" + applicationId).json("$.application.status")));
        Response card = admin.get("/api/cards/" + cardNo);
        assertThat(card.<String>json("$.status")).isEqualTo("ACTIVE");
        assertThat(card.<List<String>>json("$.signOffs[*].householdId")).containsExactly("000000001160");
        assertThat(staff101.get("/api/cards/" + cardNo).status()).isEqualTo(200);

        // lost: blacklisted at once, replaced, the balance follows after the cooling period
        assertThat(clerk.post("/api/cards/" + cardNo + "/recharge", """
                {"amountFen":3300,"readerId":"%s"}""".formatted(READER)).status()).isEqualTo(200);
        Response lost = clerk.post("/api/cards/" + cardNo + "/report-loss", """
                {"place":"32039001"}""");
        assertThat(lost.<List<String>>json("$.blacklistReasons")).containsExactly("01");
        assertThat(admin.get("/engine-rest/process-instance?businessKey=" + cardNo
                + "&processDefinitionKey=CardLossAndReplacement").<List<String>>json("$[*].id")).hasSize(1);

        assertThat(clerk.put("/api/simulator/readers/" + READER + "/card", """
                {"uid":"FACE0002"}""").status()).isEqualTo(200);
        Response replacement = clerk.post("/api/cards/" + cardNo + "/replace", """
                {"cardholderId":%d,"certificateNumber":"11010519491231002X","cardTypeCode":"01","readerId":"%s"}"""
                .formatted(holderId, READER));
        assertThat(replacement.status()).as(replacement.body()).isEqualTo(201);
        String newCard = replacement.json("$.card.cardNo");

        await().atMost(Duration.ofSeconds(90)).until(() -> "REPLACED".equals(admin.get("/api/cards/" + cardNo).json("$.status")));
        assertThat(admin.get("/api/cards/" + newCard).<Integer>json("$.pendingLoadFen")).isEqualTo(3300);
        assertThat(admin.get("/engine-rest/process-instance?businessKey=" + cardNo).<List<String>>json("$[*].id")).isEmpty();
    }

    @Test
    void shouldDeployTheProcessesTheAppHasWired() {
        assertThat(admin.get("/engine-rest/process-definition?latestVersion=true").<List<String>>json("$[*].key"))
                .containsExactlyInAnyOrder("CardIssuance", "CardLossAndReplacement", "RuleChange");
    }

    @Test
    void shouldEndAnApplicationTheClerkRejects() {
        Response holder = clerk.post("/api/cardholders", """
                {"name":"被拒用户","holderCategory":"ADULT","certificateType":"RESIDENT_ID",
                 "certificateNumber":"440524188001010014","householdId":"000000001170"}""");
        long holderId = ((Number) holder.json("$.cardholderId")).longValue();
        String applicationId = clerk.post("/api/card-applications", """
                {"cardholderId":%d,"certificateNumber":"440524188001010014","householdId":"000000001170",
                 "cardTypeCode":"01","outletId":"32039001"}""".formatted(holderId)).json("$.application.applicationId");

        await().atMost(Duration.ofSeconds(60)).until(() -> waitingAt(applicationId).contains("Task_ReviewApplication"));
        String review = taskOf(clerk, applicationId);
        clerk.post("/engine-rest/task/" + review + "/complete", """
                {"variables":{"reviewDecision":{"value":"reject"},"reviewComment":{"value":"证件不符"}}}""");

        await().atMost(Duration.ofSeconds(60)).until(() -> "REJECTED".equals(
                clerk.get("/api/card-applications/" + applicationId).json("$.application.status")));
        Response application = clerk.get("/api/card-applications/" + applicationId);
        assertThat(application.<String>json("$.application.rejectionStage")).isEqualTo("REVIEW");
        assertThat(application.<List<String>>json("$.waitingAt")).isEmpty();
    }

    @Test
    void shouldRejectAnApplicationTheChecksRefuse() {
        Response holder = clerk.post("/api/cardholders", """
                {"name":"学生","holderCategory":"STUDENT","certificateType":"RESIDENT_ID",
                 "certificateNumber":"320302198506151210","householdId":"000000001180"}""");
        long holderId = ((Number) holder.json("$.cardholderId")).longValue();
        Response applied = clerk.post("/api/card-applications", """
                {"cardholderId":%d,"certificateNumber":"320302198506151210","householdId":"000000001181",
                 "cardTypeCode":"02","outletId":"32039001"}""".formatted(holderId));
        String applicationId = applied.json("$.application.applicationId");

        await().atMost(Duration.ofSeconds(60)).until(() -> "REJECTED".equals(
                clerk.get("/api/card-applications/" + applicationId).json("$.application.status")));
        Response application = clerk.get("/api/card-applications/" + applicationId);
        assertThat(application.<String>json("$.application.rejectionStage")).isEqualTo("CHECKS");
        assertThat(application.<String>json("$.application.rejectionReason"))
                .contains("does not belong to household 000000001181");

        assertThat(clerk.post("/api/card-applications", """
                {"cardholderId":%d,"certificateNumber":"110105194912310021","householdId":"000000001180",
                 "cardTypeCode":"02","outletId":"32039001"}""".formatted(holderId)).status()).isEqualTo(422);
    }
}
