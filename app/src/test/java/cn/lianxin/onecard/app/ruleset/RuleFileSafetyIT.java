package cn.lianxin.onecard.app.ruleset;

import static org.assertj.core.api.Assertions.assertThat;

import cn.lianxin.onecard.app.security.IdentityBootstrap;
import cn.lianxin.onecard.app.support.Api;
import cn.lianxin.onecard.app.support.PostgresIntegrationTest;
import cn.lianxin.onecard.app.support.TestStaff;
import cn.lianxin.onecard.rules.TestFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 11, items 1 and 6, through {@code POST /api/rule-sets/{rs}/drafts} on PostgreSQL: a rule
 * analyst's file that tries to run code on the server (create or delete a file, read one into the
 * report, pin a thread, shut the back office down) is refused with 422 naming the file, the line and
 * the construct, before anything of it compiles; nothing is touched, nothing is stored, the server
 * stays up and the active version stays what it was. A table saved by openpyxl passes the check.
 */
@PostgresIntegrationTest
class RuleFileSafetyIT {

    private static final String FALLBACK = "card-fees-fallback.drl";
    private static final String TABLE = "card-fees.drl.xlsx";
    private static final String DRAFTS = "/api/rule-sets/card-fees/drafts";

    @LocalServerPort
    int port;

    @Autowired
    IdentityBootstrap identity;

    @Autowired
    ActiveRuleSets activeRuleSets;

    @Autowired
    JdbcTemplate jdbc;

    Api analyst;
    Path dir;
    Map<String, String> activeBefore;
    byte[] activeFallbackBefore;
    int versionsBefore;

    @BeforeEach
    void before() throws IOException {
        TestStaff.ensure(identity);
        analyst = Api.as(port, TestStaff.ANALYST, TestStaff.PASSWORD);
        dir = Files.createTempDirectory("rule-file-safety");
        activeBefore = activeRuleSets.versions();
        activeFallbackBefore = analyst.bytes("/api/rule-sets/card-fees/active/files/" + FALLBACK);
        versionsBefore = versions();
    }

    @AfterEach
    void serverStillUpAndNothingChanged() {
        assertThat(analyst.get("/actuator/health").status()).as("the back office is still up").isEqualTo(200);
        assertThat(activeRuleSets.versions()).as("active versions").isEqualTo(activeBefore);
        assertThat(analyst.bytes("/api/rule-sets/card-fees/active/files/" + FALLBACK)).isEqualTo(activeFallbackBefore);
    }

    private int versions() {
        return jdbc.queryForObject("select count(*) from rule_set_version", Integer.class);
    }

    /** The active fallback with {@code action} as the first statement of its action. */
    private byte[] fallbackDoing(String action) {
        String drl = new String(activeFallbackBefore, StandardCharsets.UTF_8);
        return drl.replace("    insert(CardFee.noFeeRule(", "    " + action + "\n    insert(CardFee.noFeeRule(")
                .getBytes(StandardCharsets.UTF_8);
    }

    private static int lineOf(byte[] drl, String text) {
        var lines = new String(drl, StandardCharsets.UTF_8).lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                return i + 1;
            }
        }
        throw new IllegalArgumentException(text);
    }

    /** Uploads the file, expects the 422 refusal, and that nothing was stored; returns the response. */
    private Api.Response refused(String file, byte[] content) {
        Api.Response response = analyst.upload(DRAFTS, Map.of(file, content));
        assertThat(response.status()).as(response.body()).isEqualTo(422);
        assertThat(response.<String>json("$.errors[0].field")).isEqualTo("files[" + file + "]");
        assertThat(versions()).as("no version stored").isEqualTo(versionsBefore);
        return response;
    }

    private static String path(Path p) {
        return p.toAbsolutePath().toString();
    }

    @Test
    void shouldRefuseAnActionThatCreatesAFileAndCreateNothing() {
        Path marker = dir.resolve("created-by-a-rule");
        byte[] drl = fallbackDoing("new java.io.File(\"" + path(marker) + "\").createNewFile();");

        Api.Response response = refused(FALLBACK, drl);

        assertThat(response.<String>json("$.errors[0].reason"))
                .startsWith(FALLBACK + ", line " + lineOf(drl, "createNewFile") + ", column 5: 'new java.io.File(")
                .contains("creating objects with 'new' is not allowed");
        assertThat(marker).doesNotExist();
    }

    @Test
    void shouldRefuseAnActionThatDeletesAFileAndLeaveTheFile() throws IOException {
        Path victim = Files.writeString(dir.resolve("precious.txt"), "keep me");
        byte[] drl = fallbackDoing("boolean gone = new java.io.File(\"" + path(victim) + "\").delete();");

        Api.Response response = refused(FALLBACK, drl);

        assertThat(response.<String>json("$.errors[0].reason"))
                .startsWith(FALLBACK + ", line " + lineOf(drl, ".delete()") + ", column ")
                .contains("'new java.io.File(").contains("'new' is not allowed");
        assertThat(victim).hasContent("keep me");
    }

    @Test
    void shouldRefuseAnActionThatReadsAServerFileAndShowNothingOfIt() throws IOException {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "s3cr3t-passw0rd");
        byte[] drl = fallbackDoing("throw new RuntimeException(new String(java.nio.file.Files.readAllBytes("
                + "java.nio.file.Path.of(\"" + path(secret) + "\"))));");

        Api.Response response = refused(FALLBACK, drl);

        assertThat(response.<String>json("$.errors[0].reason"))
                .startsWith(FALLBACK + ", line " + lineOf(drl, "throw new") + ", column 5: 'throw new RuntimeException(")
                .contains("throw is not allowed in a rule's action");
        assertThat(response.body()).doesNotContain("s3cr3t-passw0rd");
    }

    @Test
    void shouldRefuseALoopThatWouldPinARequestThreadAndAnswerAtOnce() throws Exception {
        byte[] drl = fallbackDoing("while (System.nanoTime() > 0) {}");

        Api.Response response = CompletableFuture.supplyAsync(() -> refused(FALLBACK, drl)).get(60, TimeUnit.SECONDS);

        assertThat(response.<String>json("$.errors[0].reason"))
                .startsWith(FALLBACK + ", line " + lineOf(drl, "while") + ", column 5: 'while (System.nanoTime() > 0)")
                .contains("a loop (while, do, for) is not allowed");
        assertThat(busyRuleCheckThreads()).as("no thread left evaluating rules").isZero();
    }

    @Test
    void shouldRefuseSystemExitAndStayUp() {
        byte[] drl = fallbackDoing("System.exit(3);");

        Api.Response response = refused(FALLBACK, drl);

        assertThat(response.<String>json("$.errors[0].reason"))
                .isEqualTo(FALLBACK + ", line " + lineOf(drl, "System.exit") + ", column 5: 'System.exit(3)': System is not a fact"
                        + " type of this rule set (CardFee, CardFeeQuery, CardOperation) nor an allowed helper (Math, LocalDate):"
                        + " a rule file may not reach any other class (in the action of rule \"no-fee-rule\")");
    }

    @Test
    void shouldRefuseCodeInADecisionTableCellNamingTheCell() {
        byte[] table = TestFiles.withCell(analyst.bytes("/api/rule-sets/card-fees/active/files/" + TABLE), "I12",
                "java.lang.Runtime.getRuntime().availableProcessors()");

        Api.Response response = refused(TABLE, table);

        assertThat(response.<String>json("$.errors[0].reason"))
                .startsWith(TABLE + ", sheet 'Card fees', cell I12: 'java.lang.Runtime.getRuntime()")
                .contains("java.lang.Runtime is not a fact type of this rule set");
    }

    @Test
    void shouldPassTheShippedPropertyFeeTableSavedByOpenpyxl() {
        byte[] saved = TestFiles.classpath("other-writers/openpyxl/property-fees.drl.xlsx");

        Api.Response draft = analyst.upload("/api/rule-sets/property-fees/drafts", Map.of("property-fees.drl.xlsx", saved));

        assertThat(draft.status()).as(draft.body()).isEqualTo(201);
        assertThat(draft.<Boolean>json("$.check.passed")).as(draft.<String>json("$.check.text")).isTrue();
        assertThat(draft.<Integer>json("$.check.definedRules")).isEqualTo(11);
        assertThat(draft.<Integer>json("$.whatIf.changed")).as("the same rules: nothing changes").isZero();
        versionsBefore = versions(); // the draft is stored, as every passing draft is
    }

    private static long busyRuleCheckThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().startsWith("rule-check-") && t.isAlive()).count();
    }
}
