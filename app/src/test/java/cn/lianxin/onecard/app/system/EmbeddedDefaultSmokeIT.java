package cn.lianxin.onecard.app.system;

import static org.assertj.core.api.Assertions.assertThat;

import cn.lianxin.onecard.app.support.Api;
import cn.lianxin.onecard.app.upload.ConsFiles;
import com.jayway.jsonpath.JsonPath;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The embedded default as a new user meets it: H2 under a data directory, demo data, demo users;
 * a demo user logs into Tasklist (with the webapps' XSRF handshake) and sees the shared filters.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "DB_URL=jdbc:h2:file:./target/smoke-h2/onecard;DB_CLOSE_ON_EXIT=FALSE")
class EmbeddedDefaultSmokeIT {

    @LocalServerPort
    int port;

    @Test
    void shouldLetADemoUserLogIntoTasklist() throws Exception {
        CookieManager cookies = new CookieManager();
        HttpClient browser = HttpClient.newBuilder().cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NORMAL).build();
        String base = "http://localhost:" + port;

        HttpResponse<String> page = browser.send(HttpRequest.newBuilder(URI.create(base + "/camunda/app/tasklist/")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Tasklist");
        String xsrf = cookies.getCookieStore().getCookies().stream()
                .filter(cookie -> cookie.getName().equals("XSRF-TOKEN")).map(HttpCookie::getValue).findFirst().orElseThrow();

        String form = "username=staff101&password=" + URLEncoder.encode("demo", StandardCharsets.UTF_8);
        HttpResponse<String> login = browser.send(HttpRequest.newBuilder(
                        URI.create(base + "/camunda/api/admin/auth/user/default/login/tasklist"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("X-XSRF-TOKEN", xsrf)
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(login.statusCode()).as(login.body()).isEqualTo(200);
        assertThat(JsonPath.<String>read(login.body(), "$.userId")).isEqualTo("staff101");
        assertThat(JsonPath.<List<String>>read(login.body(), "$.authorizedApps")).contains("tasklist");

        HttpResponse<String> filters = browser.send(HttpRequest.newBuilder(
                        URI.create(base + "/camunda/api/engine/engine/default/filter?resourceType=Task"))
                .header("X-XSRF-TOKEN", xsrf).header("Accept", "application/json").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(filters.statusCode()).as(filters.body()).isEqualTo(200);
        assertThat(JsonPath.<List<String>>read(filters.body(), "$[*].name")).containsExactlyInAnyOrder(
                "我的任务 My tasks", "本社区任务 My community's tasks", "即将到期 Due soon", "已逾期 Overdue");

        // the login started a new session with a new XSRF token
        String newXsrf = cookies.getCookieStore().getCookies().stream()
                .filter(cookie -> cookie.getName().equals("XSRF-TOKEN")).map(HttpCookie::getValue).findFirst().orElseThrow();
        HttpResponse<String> wrong = browser.send(HttpRequest.newBuilder(
                        URI.create(base + "/camunda/api/admin/auth/user/default/login/tasklist"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("X-XSRF-TOKEN", newXsrf)
                .POST(HttpRequest.BodyPublishers.ofString("username=staff101&password=wrong")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(wrong.statusCode()).isEqualTo(401);
    }

    @Test
    void shouldGiveEveryRoleWorkInFlightWithADueDate() {
        assertThat(Api.as(port, "clerk", "demo").get("/engine-rest/task?candidateUser=clerk").<List<String>>json("$[*].name"))
                .containsExactly("审核申请 Review application");
        Api.Response signOff = Api.as(port, "staff101", "demo").get("/engine-rest/task?candidateUser=staff101");
        assertThat(signOff.<List<String>>json("$[*].name")).containsExactly("小区签发 Community sign-off");
        assertThat(signOff.<List<String>>json("$[*].due")).allSatisfy(due -> assertThat(due).isNotBlank());
        assertThat(signOff.<List<String>>json("$[*].followUp")).allSatisfy(followUp -> assertThat(followUp).isNotBlank());
        assertThat(Api.as(port, "staff102", "demo").get("/engine-rest/task?candidateUser=staff102").<List<String>>json("$[*].name"))
                .isEmpty();
        Api.Response approval = Api.as(port, "approver", "demo").get("/engine-rest/task?candidateUser=approver");
        assertThat(approval.<List<String>>json("$[*].name")).containsExactly("审批规则变更 Approve rule change");
        assertThat(approval.<List<String>>json("$[*].due")).allSatisfy(due -> assertThat(due).isNotBlank());
    }

    @Test
    void shouldServeTheApiToDemoUsersAndTheLandingPageToEveryone() {
        Api.Response households = Api.as(port, "staff102", "demo").get("/api/households?size=1");
        assertThat(households.status()).isEqualTo(200);
        assertThat(households.<Integer>json("$.totalItems")).isEqualTo(200);

        Api.Response landing = Api.anonymous(port).get("/");
        assertThat(landing.status()).isEqualTo(200);
        assertThat(landing.body()).contains("camunda/app/tasklist/", "swagger-ui.html", "rules/");
        assertThat(Api.anonymous(port).get("/v3/api-docs").body()).contains("/api/households");
    }

    @Test
    void shouldRunTheShippedDroolsRuleSetsInTheSameContext() {
        Api.Response health = Api.as(port, "admin", "demo").get("/actuator/health");

        assertThat(health.<String>json("$.status")).isEqualTo("UP");
        assertThat(health.<String>json("$.components.ruleSets.details.card-fees")).isEqualTo("card-fees-v1, 6 rules");
        assertThat(health.<String>json("$.components.ruleSets.details.property-fees")).isEqualTo("property-fees-v1, 11 rules");
        assertThat(health.<String>json("$.components.db.status")).isEqualTo("UP");
    }

    @Test
    void shouldTakeAnUploadOnTheEmbeddedDatabaseAndCountATransactionSentAgainAsADuplicate() throws Exception {
        Api staff = Api.as(port, "staff101", "demo");
        String community = "32030101";

        Api.Response example = staff.putBytes("/api/communities/" + community + "/uploads/" + ConsFiles.name(community, 1),
                ConsFiles.EXAMPLE.getBytes(StandardCharsets.US_ASCII));
        String resent = ConsFiles.EXAMPLE.lines().toList().get(3);
        String debit = ConsFiles.debit(14, 3001, 900, 33900);
        Api.Response second = staff.putBytes("/api/communities/" + community + "/uploads/" + ConsFiles.name(community, 2),
                ConsFiles.file(community, ConsFiles.header(community, 2), ConsFiles.list(resent, debit)));

        assertThat(example.status()).as(example.body()).isEqualTo(200);
        assertThat(example.body()).isEqualTo(ConsFiles.EXAMPLE_ACK);
        // status A, 1 accepted, 1 duplicate, 0 rejected
        assertThat(second.body()).startsWith("ACH13203010120261106000002A000000010000000100000000\n");
        Api.Response card = Api.as(port, "admin", "demo").get("/api/cards/3203000000000001");
        assertThat(card.<Integer>json("$.shadowCounter")).isEqualTo(14);
        assertThat(card.<Integer>json("$.shadowBalanceFen")).isEqualTo(33900 - 900);

        // the debit replayed under a new terminal sequence (same counter and balances): R007 on H2
        // too, in a later file and within one; nothing stored twice, the card flagged for staff
        String replayed = ConsFiles.resign(ConsFiles.replaceAt(debit, 57, "00004001"));
        String next = ConsFiles.debit(15, 3002, 100, 33000);
        String nextReplayed = ConsFiles.resign(ConsFiles.replaceAt(next, 57, "00004002"));
        Api.Response third = staff.putBytes("/api/communities/" + community + "/uploads/" + ConsFiles.name(community, 3),
                ConsFiles.file(community, ConsFiles.header(community, 3), ConsFiles.list(replayed, next, nextReplayed)));
        // status P, 1 accepted, 0 duplicates, 2 rejected: lines 2 and 4 R007
        assertThat(third.body()).startsWith("ACH13203010120261106000003P000000010000000000000002\n"
                + "ACR100000002R007\nACR100000004R007\n");
        Api.Response after = Api.as(port, "admin", "demo").get("/api/cards/3203000000000001");
        assertThat(after.<Integer>json("$.shadowCounter")).isEqualTo(15);
        assertThat(after.<Integer>json("$.shadowBalanceFen")).isEqualTo(33000 - 100);
        assertThat(after.<java.util.List<String>>json("$.openFlags[*].kind")).contains("COUNTER_REUSED");
    }
}
