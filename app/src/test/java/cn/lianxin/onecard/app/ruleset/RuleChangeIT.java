package cn.lianxin.onecard.app.ruleset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.lianxin.onecard.app.security.IdentityBootstrap;
import cn.lianxin.onecard.app.support.Api;
import cn.lianxin.onecard.app.support.PostgresIntegrationTest;
import cn.lianxin.onecard.app.support.TestStaff;
import cn.lianxin.onecard.rules.TestFiles;
import cn.lianxin.onecard.rules.cardfee.CardFeeQuery;
import cn.lianxin.onecard.rules.cardfee.CardFees;
import cn.lianxin.onecard.rules.cardfee.CardOperation;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A rule change end to end on PostgreSQL: an analyst downloads the active card-fee table, raises
 * the standard replacement fee, reads the check and the what-if, submits; a second person approves
 * in the engine (as Tasklist does); the timer activates the version at its effective date without
 * a restart; the audit records it. Rejection, refusal by the check, same-person approval and a
 * rollback too. The tests build on each other, in order.
 */
@PostgresIntegrationTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RuleChangeIT {

    private static final String TABLE = "card-fees.drl.xlsx";
    private static final String SCENARIOS = "card-fees.scenarios.csv";
    private static final CardFeeQuery STANDARD_REPLACEMENT =
            new CardFeeQuery("01", CardOperation.REPLACE, LocalDate.of(2025, 1, 1), LocalDate.of(2026, 11, 24), false);

    @LocalServerPort
    int port;

    @Autowired
    IdentityBootstrap identity;

    @Autowired
    ActiveRuleSets activeRuleSets;

    @Autowired
    JdbcTemplate jdbc;

    Api analyst;
    Api approver;
    Api both;

    @BeforeEach
    void users() {
        TestStaff.ensure(identity);
        analyst = Api.as(port, TestStaff.ANALYST, TestStaff.PASSWORD);
        approver = Api.as(port, TestStaff.APPROVER, TestStaff.PASSWORD);
        both = Api.as(port, TestStaff.ANALYST_APPROVER, TestStaff.PASSWORD);
    }

    private byte[] active(String file) {
        return analyst.bytes("/api/rule-sets/card-fees/active/files/" + file);
    }

    /** The active card-fee files with the standard replacement fee (row 12) at {@code fee} fen and the scenarios to match. */
    private Map<String, byte[]> replacementFee(Api caller, long fee) {
        String scenarios = new String(active(SCENARIOS), StandardCharsets.UTF_8);
        String current = scenarios.lines().filter(l -> l.endsWith(",replace-standard")).findFirst().orElseThrow();
        String currentFee = current.split(",")[current.split(",").length - 2];
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put(TABLE, TestFiles.withCell(active(TABLE), "I12", String.valueOf(fee)));
        files.put(SCENARIOS, scenarios.replace("," + currentFee + ",replace-standard", "," + fee + ",replace-standard")
                .getBytes(StandardCharsets.UTF_8));
        return files;
    }

    private static String inSeconds(int seconds) {
        return OffsetDateTime.now(ZoneOffset.ofHours(8)).plusSeconds(seconds).toString();
    }

    private String approvalTask(String versionId) {
        await().atMost(Duration.ofSeconds(60)).until(() -> approver.get("/engine-rest/task?processInstanceBusinessKey="
                + versionId).json("$.length()").equals(1));
        return approver.get("/engine-rest/task?processInstanceBusinessKey=" + versionId).json("$[0].id");
    }

    private static String decision(String decision, String comment) {
        return "{\"variables\":{\"approvalDecision\":{\"value\":\"" + decision + "\"},\"approvalComment\":{\"value\":\""
                + comment + "\"}}}";
    }

    @Test
    @Order(1)
    void shouldStartWithTheShippedVersionOfEveryRuleSetActive() {
        Api.Response sets = approver.get("/api/rule-sets");

        assertThat(sets.status()).isEqualTo(200);
        assertThat(sets.<List<String>>json("$[*].activeVersion")).containsExactlyInAnyOrder(
                "card-fees-v1", "property-fees-v1", "late-fees-v1", "overdue-ladder-v1", "clearing-shares-v1");
        assertThat(approver.get("/api/rule-sets/card-fees").<Integer>json("$.activeRules")).isEqualTo(6);
        assertThat(activeRuleSets.cardFees().fee(STANDARD_REPLACEMENT).feeFen()).isEqualTo(2000);
        assertThat(approver.get("/api/rule-sets/audit?ruleSet=card-fees").<String>json("$[0].actor")).isEqualTo("shipped");
    }

    @Test
    @Order(2)
    void shouldCheckADraftAndShowWhatItChangesOnTheLiveCards() {
        Api.Response draft = analyst.upload("/api/rule-sets/card-fees/drafts", replacementFee(analyst, 2500));

        assertThat(draft.status()).as(draft.body()).isEqualTo(201);
        assertThat(draft.<String>json("$.version.versionId")).isEqualTo("card-fees-v2");
        assertThat(draft.<String>json("$.version.status")).isEqualTo("DRAFT");
        assertThat(draft.<Boolean>json("$.check.passed")).as(draft.<String>json("$.check.text")).isTrue();
        Integer standardCards = jdbc.queryForObject(
                "select count(*) from card where status = 'ACTIVE' and card_type_code in ('01', '02', '04')", Integer.class);
        assertThat(standardCards).isPositive();
        assertThat(draft.<Integer>json("$.whatIf.changed")).isEqualTo(standardCards);
        assertThat(draft.<Integer>json("$.whatIf.increased")).isEqualTo(standardCards);
        assertThat(((Number) draft.json("$.whatIf.totalChangeFen")).longValue()).isEqualTo(500L * standardCards);
        assertThat(((Number) draft.json("$.whatIf.largestChangeFen")).longValue()).isEqualTo(500L);
        assertThat(draft.<List<Object>>json("$.whatIf.largest")).hasSize(10);
        assertThat(draft.<String>json("$.whatIf.largest[0].before")).isEqualTo("2000 fen by replace-standard");
        assertThat(draft.<String>json("$.whatIf.largest[0].after")).isEqualTo("2500 fen by replace-standard");
        // a draft changes nothing
        assertThat(activeRuleSets.cardFees().fee(STANDARD_REPLACEMENT).feeFen()).isEqualTo(2000);
    }

    @Test
    @Order(3)
    void shouldRefuseAnEffectiveDateInThePastNamingTheField() {
        Api.Response refused = analyst.post("/api/rule-sets/card-fees/versions/card-fees-v2/submission",
                "{\"reason\":\"raise\",\"effectiveAt\":\"2020-01-01T00:00:00+08:00\"}");

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.<String>json("$.errors[0].field")).isEqualTo("effectiveAt");
        assertThat(refused.<String>json("$.errors[0].reason")).contains("in the past");
    }

    @Test
    @Order(4)
    void shouldActivateAnApprovedChangeAtItsEffectiveDateWithoutARestart() {
        CardFees before = activeRuleSets.cardFees();
        Api.Response submitted = analyst.post("/api/rule-sets/card-fees/versions/card-fees-v2/submission",
                "{\"reason\":\"补卡工本费上调 card cost rose\",\"effectiveAt\":\"" + inSeconds(8) + "\"}");
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(202);
        String task = approvalTask("card-fees-v2");

        // the submitter is no approver; a rule approver claims and approves
        assertThat(analyst.post("/engine-rest/task/" + task + "/complete", decision("approve", "mine")).status()).isNotEqualTo(204);
        assertThat(approver.post("/engine-rest/task/" + task + "/claim", "{\"userId\":\"" + TestStaff.APPROVER + "\"}")
                .status()).isEqualTo(204);
        Api.Response approved = approver.post("/engine-rest/task/" + task + "/complete", decision("approve", "agreed with finance"));
        assertThat(approved.status()).as(approved.body()).isEqualTo(204);

        await().atMost(Duration.ofSeconds(90)).until(() -> "card-fees-v2".equals(activeRuleSets.versions().get("card-fees")));
        assertThat(activeRuleSets.cardFees().fee(STANDARD_REPLACEMENT).feeFen()).isEqualTo(2500);
        // an evaluation that took the old version before the activation keeps it to its end
        assertThat(before.fee(STANDARD_REPLACEMENT).feeFen()).isEqualTo(2000);
        assertThat(analyst.get("/api/rule-sets/card-fees/versions/card-fees-v1").<String>json("$.version.status"))
                .isEqualTo("RETIRED");
        Api.Response audit = approver.get("/api/rule-sets/audit?ruleSet=card-fees");
        assertThat(audit.<String>json("$[0].versionId")).isEqualTo("card-fees-v2");
        assertThat(audit.<String>json("$[0].outcome")).isEqualTo("ACTIVATED");
        assertThat(audit.<String>json("$[0].actor")).isEqualTo(TestStaff.APPROVER);
        assertThat(audit.<String>json("$[0].note")).isEqualTo("agreed with finance");
        assertThat(approver.get("/actuator/health").status()).isEqualTo(200);
    }

    @Test
    @Order(5)
    void shouldRefuseApprovalByTheSubmitterAndKeepTheTaskOpen() {
        Api.Response draft = both.upload("/api/rule-sets/card-fees/drafts", replacementFee(both, 2600));
        String versionId = draft.json("$.version.versionId");
        both.post("/api/rule-sets/card-fees/versions/" + versionId + "/submission",
                "{\"reason\":\"try\",\"effectiveAt\":\"" + inSeconds(3600) + "\"}");
        String task = approvalTask(versionId);
        both.post("/engine-rest/task/" + task + "/claim", "{\"userId\":\"" + TestStaff.ANALYST_APPROVER + "\"}");
        // while it waits, no second change of the same rule set may start
        String other = analyst.upload("/api/rule-sets/card-fees/drafts", replacementFee(analyst, 2800)).json("$.version.versionId");
        Api.Response second = analyst.post("/api/rule-sets/card-fees/versions/" + other + "/submission",
                "{\"reason\":\"too\",\"effectiveAt\":\"" + inSeconds(3600) + "\"}");
        assertThat(second.status()).isEqualTo(409);
        assertThat(second.body()).contains("already has a change under way: " + versionId);

        Api.Response own = both.post("/engine-rest/task/" + task + "/complete", decision("approve", "looks fine to me"));

        // the engine's refusal is a 403 with the reason, not a 500
        assertThat(own.status()).as(own.body()).isEqualTo(403);
        assertThat(own.<String>json("$.message")).contains("may not approve");
        assertThat(approver.get("/engine-rest/task/" + task).status()).isEqualTo(200);
        // a centre administrator may complete any task in the engine, but decides no rule change
        Api admin = Api.as(port, TestStaff.ADMIN, TestStaff.PASSWORD);
        assertThat(admin.post("/engine-rest/task/" + task + "/unclaim", null).status()).isEqualTo(204);
        assertThat(admin.post("/engine-rest/task/" + task + "/claim", "{\"userId\":\"" + TestStaff.ADMIN + "\"}")
                .status()).isEqualTo(204);
        Api.Response byAdmin = admin.post("/engine-rest/task/" + task + "/complete", decision("approve", "admin says yes"));
        assertThat(byAdmin.status()).as(byAdmin.body()).isEqualTo(403);
        assertThat(byAdmin.<String>json("$.message")).contains(TestStaff.ADMIN + " is not a rule approver");
        assertThat(approver.get("/engine-rest/task/" + task).status()).isEqualTo(200);
        assertThat(admin.post("/engine-rest/task/" + task + "/unclaim", null).status()).isEqualTo(204);
        // the approver rejects it instead: audited, the active version untouched
        approver.post("/engine-rest/task/" + task + "/unclaim", "");
        approver.post("/engine-rest/task/" + task + "/claim", "{\"userId\":\"" + TestStaff.APPROVER + "\"}");
        assertThat(approver.post("/engine-rest/task/" + task + "/complete", decision("reject", "not this year")).status())
                .isEqualTo(204);
        await().atMost(Duration.ofSeconds(60)).until(() -> "REJECTED".equals(
                analyst.get("/api/rule-sets/card-fees/versions/" + versionId).json("$.version.status")));
        assertThat(activeRuleSets.versions().get("card-fees")).isEqualTo("card-fees-v2");
        Api.Response audit = approver.get("/api/rule-sets/audit?ruleSet=card-fees");
        assertThat(audit.<String>json("$[0].outcome")).isEqualTo("REJECTED");
        assertThat(audit.<String>json("$[0].note")).isEqualTo("not this year");
    }

    @Test
    @Order(6)
    void shouldRefuseASubmittedVersionThatBreaksAScenarioWithoutAskingAnyone() {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put(TABLE, TestFiles.withCell(active(TABLE), "I12", "2700")); // scenarios still expect 2500
        Api.Response draft = analyst.upload("/api/rule-sets/card-fees/drafts", files);
        assertThat(draft.<Boolean>json("$.check.passed")).isFalse();
        assertThat(draft.<String>json("$.check.failedScenarios[0].expected")).isEqualTo("2500 fen by replace-standard");
        assertThat(draft.<String>json("$.check.failedScenarios[0].actual")).isEqualTo("2700 fen by replace-standard");
        String versionId = draft.json("$.version.versionId");

        analyst.post("/api/rule-sets/card-fees/versions/" + versionId + "/submission",
                "{\"reason\":\"slip\",\"effectiveAt\":\"" + inSeconds(3600) + "\"}");

        await().atMost(Duration.ofSeconds(60)).until(() -> "REFUSED".equals(
                analyst.get("/api/rule-sets/card-fees/versions/" + versionId).json("$.version.status")));
        Api.Response audit = approver.get("/api/rule-sets/audit?ruleSet=card-fees");
        assertThat(audit.<String>json("$[0].outcome")).isEqualTo("REFUSED");
        assertThat(audit.<String>json("$[0].actor")).isEqualTo(TestStaff.ANALYST);
        assertThat(audit.<String>json("$[0].note")).contains("expected 2500 fen by replace-standard, got 2700");
        assertThat(approver.get("/engine-rest/task?processInstanceBusinessKey=" + versionId).<Integer>json("$.length()")).isZero();
        assertThat(activeRuleSets.versions().get("card-fees")).isEqualTo("card-fees-v2");
    }

    @Test
    @Order(7)
    void shouldRollBackToAnEarlierVersionAsANewApprovedChange() {
        Api.Response draft = analyst.post("/api/rule-sets/card-fees/versions/card-fees-v1/rollback", "");
        assertThat(draft.status()).as(draft.body()).isEqualTo(201);
        assertThat(draft.<String>json("$.version.rollsBackTo")).isEqualTo("card-fees-v1");
        assertThat(draft.<Integer>json("$.whatIf.decreased")).isPositive();
        String versionId = draft.json("$.version.versionId");

        analyst.post("/api/rule-sets/card-fees/versions/" + versionId + "/submission",
                "{\"reason\":\"back to 20 yuan\",\"effectiveAt\":\"" + inSeconds(5) + "\"}");
        String task = approvalTask(versionId);
        approver.post("/engine-rest/task/" + task + "/claim", "{\"userId\":\"" + TestStaff.APPROVER + "\"}");
        approver.post("/engine-rest/task/" + task + "/complete", decision("approve", "rollback"));

        await().atMost(Duration.ofSeconds(90)).until(() -> versionId.equals(activeRuleSets.versions().get("card-fees")));
        assertThat(activeRuleSets.cardFees().fee(STANDARD_REPLACEMENT).feeFen()).isEqualTo(2000);
        assertThat(active(TABLE)).isEqualTo(analyst.bytes("/api/rule-sets/card-fees/versions/card-fees-v1/files/" + TABLE));
    }

    @Test
    @Order(8)
    void shouldReportEachKindOfBadUploadAtItsPlaceAndLeaveTheActiveVersionAlone() {
        String activeBefore = activeRuleSets.versions().get("card-fees");

        Api.Response notASpreadsheet = analyst.upload("/api/rule-sets/card-fees/drafts",
                Map.of(TABLE, "rule,fee\nx,1\n".getBytes(StandardCharsets.UTF_8)));
        assertThat(notASpreadsheet.<String>json("$.check.problems[0].kind")).isEqualTo("UNREADABLE");
        assertThat(notASpreadsheet.<String>json("$.check.problems[0].file")).isEqualTo(TABLE);

        Api.Response wrongType = analyst.upload("/api/rule-sets/card-fees/drafts",
                Map.of(TABLE, TestFiles.withCell(active(TABLE), "I12", "twenty")));
        assertThat(wrongType.<String>json("$.check.problems[0].where")).contains("sheet 'Card fees'").contains("12");

        Api.Response huge = analyst.upload("/api/rule-sets/card-fees/drafts", Map.of(TABLE, new byte[50 * 1024 * 1024]));
        assertThat(huge.status()).isEqualTo(422);
        assertThat(huge.<String>json("$.errors[0].field")).isEqualTo("files[" + TABLE + "]");
        assertThat(huge.<String>json("$.errors[0].reason")).contains("50.0 MB");

        Api.Response nothing = analyst.upload("/api/rule-sets/card-fees/drafts", Map.of(TABLE, active(TABLE)));
        assertThat(nothing.status()).isEqualTo(422);
        assertThat(nothing.<String>json("$.errors[0].reason")).contains("nothing to change");

        Api.Response notAnalyst = approver.upload("/api/rule-sets/card-fees/drafts", replacementFee(approver, 2100));
        assertThat(notAnalyst.status()).isEqualTo(403);

        assertThat(activeRuleSets.versions().get("card-fees")).isEqualTo(activeBefore);
    }
}
