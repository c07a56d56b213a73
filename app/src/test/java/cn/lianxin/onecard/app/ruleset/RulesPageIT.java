package cn.lianxin.onecard.app.ruleset;

import static org.assertj.core.api.Assertions.assertThat;

import cn.lianxin.onecard.app.security.IdentityBootstrap;
import cn.lianxin.onecard.app.support.Api;
import cn.lianxin.onecard.app.support.Browser;
import cn.lianxin.onecard.app.support.PostgresIntegrationTest;
import cn.lianxin.onecard.app.support.TestStaff;
import cn.lianxin.onecard.rules.TestFiles;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The analysts' page in headless Chromium: sign in, download the active property-fee table, upload
 * a changed one, read the check and the what-if on the live households, submit; and a file that is
 * not a spreadsheet reported at its place; and a rule approver deciding the change in Camunda Tasklist.
 */
@PostgresIntegrationTest
class RulesPageIT {

    private static final String TABLE = "property-fees.drl.xlsx";
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private static Browser browser;

    @LocalServerPort
    int port;

    @Autowired
    IdentityBootstrap identity;

    @Autowired
    JdbcTemplate jdbc;

    Page page;

    @BeforeAll
    static void startBrowser() {
        browser = Browser.start();
    }

    @AfterAll
    static void stopBrowser() {
        browser.close();
    }

    @BeforeEach
    void signIn() {
        TestStaff.ensure(identity);
        page = browser.newPage();
        page.navigate("http://localhost:" + port + "/rules/");
        page.fill("#user", TestStaff.ANALYST);
        page.fill("#password", TestStaff.PASSWORD);
        page.click("#sign-in button[type=submit]");
        page.waitForSelector("#rule-sets tbody tr");
        page.click("#rule-sets button[data-rule-set='property-fees']");
        page.waitForSelector("#active-files a.download");
    }

    @Test
    void shouldLetAnAnalystDownloadChangeCheckCompareAndSubmitATable() throws Exception {
        assertThat(page.textContent("#who")).contains(TestStaff.ANALYST);
        Download download = page.waitForDownload(() -> page.click("#active-files a.download:text('" + TABLE + "')"));
        byte[] table = Files.readAllBytes(download.path());
        assertThat(table).isEqualTo(Api.as(port, TestStaff.ANALYST, TestStaff.PASSWORD)
                .bytes("/api/rule-sets/property-fees/active/files/" + TABLE));

        // the 汉风苑 (32030103) row now prices its high-rise homes too, at the villa price
        byte[] changed = TestFiles.withCell(TestFiles.withCell(table, "C15", "VILLA, HIGH_RISE"),
                "D15", "汉风苑 villas and high-rise: 4.2075 yuan/m2");
        page.setInputFiles("#files", new FilePayload(TABLE, XLSX, changed));
        page.click("#upload button[type=submit]");
        page.waitForSelector("#draft:not([hidden])");

        String versionId = page.textContent("#draft-version");
        assertThat(versionId).matches("property-fees-v\\d+");
        assertThat(page.textContent("#check-summary")).startsWith("通过 passed: 11 rules");
        Integer priced = jdbc.queryForObject("select count(*) from household h join building b on b.building_id = h.building_id "
                + "where h.community_id = '32030103' and b.building_type = 'HIGH_RISE' and h.household_type <> 'COMMERCIAL' "
                + "and h.active", Integer.class);
        assertThat(priced).isPositive();
        assertThat(page.textContent("#what-if-summary")).startsWith(priced + " / 600 households 变化 change (" + priced + " 增 up, 0 减 down)");
        assertThat(page.locator("#what-if-largest tbody tr").count()).isEqualTo(10);
        assertThat(page.textContent("#what-if-largest tbody tr:first-child td:nth-child(2)")).isEqualTo("no unit price");
        assertThat(page.textContent("#what-if-largest tbody tr:first-child td:nth-child(3)")).contains("price-32030103-villa");

        String inAnHour = LocalDateTime.now(ZoneId.of("Asia/Shanghai")).plusHours(1)
                .format(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm"));
        page.fill("#reason", "汉风苑高层住宅纳入收费 price the high-rise homes of 32030103");
        page.fill("#effective-at", inAnHour);
        page.click("#submit button[type=submit]");
        page.waitForSelector("#submit-result:has-text('" + versionId + "')");

        assertThat(page.textContent("#submit-error")).isEmpty();
        assertThat(page.textContent("#versions tbody tr:first-child td:nth-child(1)")).isEqualTo(versionId);
        assertThat(Api.as(port, TestStaff.ANALYST, TestStaff.PASSWORD).get("/api/rule-sets/property-fees/versions/" + versionId)
                .<String>json("$.version.reason")).isEqualTo("汉风苑高层住宅纳入收费 price the high-rise homes of 32030103");
    }

    @Test
    void shouldLetARuleApproverDecideInTasklist() throws Exception {
        // an analyst submits a late-fee change over the API: the property late fee's reason is reworded
        Api analyst = Api.as(port, TestStaff.ANALYST, TestStaff.PASSWORD);
        byte[] table = analyst.bytes("/api/rule-sets/late-fees/active/files/late-fees.drl.xlsx");
        String scenarios = new String(analyst.bytes("/api/rule-sets/late-fees/active/files/late-fees.scenarios.csv"),
                StandardCharsets.UTF_8);
        java.util.Map<String, byte[]> files = new java.util.LinkedHashMap<>();
        files.put("late-fees.drl.xlsx", TestFiles.withCell(table, "E12", "物业费逾期 property fee overdue: 0.05% a day after 15 days, at most 20%"));
        files.put("late-fees.scenarios.csv", scenarios.getBytes(StandardCharsets.UTF_8));
        Api.Response draft = analyst.upload("/api/rule-sets/late-fees/drafts", files);
        String versionId = draft.json("$.version.versionId");
        Api.Response submitted = analyst.post("/api/rule-sets/late-fees/versions/" + versionId + "/submission",
                "{\"reason\":\"clearer wording on the bill\",\"effectiveAt\":\""
                        + java.time.OffsetDateTime.now(java.time.ZoneOffset.ofHours(8)).plusHours(2) + "\"}");
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(202);

        Api approver = Api.as(port, TestStaff.APPROVER, TestStaff.PASSWORD);
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(60)).until(() -> approver
                .get("/engine-rest/task?processInstanceBusinessKey=" + versionId).json("$.length()").equals(1));

        Page tasklist = browser.newPage();
        tasklist.navigate("http://localhost:" + port + "/camunda/app/tasklist/default/");
        tasklist.fill("input[type=text]", TestStaff.APPROVER);
        tasklist.fill("input[type=password]", TestStaff.PASSWORD);
        tasklist.click("button[type=submit]");
        tasklist.click("text=My groups' tasks");
        tasklist.click("text=审批规则变更 Approve rule change");
        tasklist.click("button:has-text('Claim')");
        // the Camunda Form: decision radios approve (-0) and reject (-1), the comment
        tasklist.check("input[type=radio][id$='Field_ApprovalDecision-1']");
        tasklist.fill("textarea[id$='Field_ApprovalComment']", "措辞待定 wording not agreed yet");
        tasklist.click("button.btn-primary:has-text('Complete')");

        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(60)).until(() -> "REJECTED".equals(
                analyst.get("/api/rule-sets/late-fees/versions/" + versionId).json("$.version.status")));
        Api.Response audit = analyst.get("/api/rule-sets/audit?ruleSet=late-fees");
        assertThat(audit.<String>json("$[0].actor")).isEqualTo(TestStaff.APPROVER);
        assertThat(audit.<String>json("$[0].note")).isEqualTo("措辞待定 wording not agreed yet");
    }

    @Test
    void shouldShowWhereAnUploadIsBrokenAndRefuseAPastEffectiveDate() {
        page.setInputFiles("#files", new FilePayload(TABLE, XLSX, "not,a,workbook\n".getBytes(StandardCharsets.UTF_8)));
        page.click("#upload button[type=submit]");
        page.waitForSelector("#draft:not([hidden])");

        assertThat(page.textContent("#check-summary")).startsWith("未通过 refused");
        assertThat(page.textContent("#problems tbody tr:first-child td:nth-child(1)")).isEqualTo("UNREADABLE");
        assertThat(page.textContent("#problems tbody tr:first-child td:nth-child(2)")).isEqualTo(TABLE);
        assertThat(page.textContent("#what-if-summary")).contains("does not compile");

        page.fill("#reason", "try");
        page.fill("#effective-at", "2020-01-01T00:00");
        page.click("#submit button[type=submit]");
        page.waitForSelector("#submit-error:has-text('effectiveAt')");
        assertThat(page.textContent("#submit-error")).contains("is in the past");
    }
}
