package cn.lianxin.onecard.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import cn.lianxin.onecard.app.card.CardReaders;
import cn.lianxin.onecard.app.security.IdentityBootstrap;
import cn.lianxin.onecard.app.security.SecurityConfiguration;
import cn.lianxin.onecard.app.support.Api;
import cn.lianxin.onecard.app.support.Api.Response;
import cn.lianxin.onecard.app.support.PostgresIntegrationTest;
import cn.lianxin.onecard.app.support.TestStaff;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Bad input gets a 4xx problem naming the field and the reason — never a 500, never a silent
 * change: numbers beyond a long, floats, strings and enum ordinals where JSON must carry a whole
 * number or a name, unknown or injected sort properties, a missing body field, the wrong media
 * type. And what anonymous callers and browsers are told: no versions, a Content-Security-Policy.
 */
@PostgresIntegrationTest
class BadInputIT {

    static final String READER = "32039101";

    @LocalServerPort
    int port;

    @Autowired
    IdentityBootstrap identity;

    @Autowired
    CardReaders readers;

    Api admin;
    Api clerk;

    @BeforeEach
    void staff() {
        TestStaff.ensure(identity);
        admin = Api.as(port, TestStaff.ADMIN, TestStaff.PASSWORD);
        clerk = Api.as(port, TestStaff.CLERK, TestStaff.PASSWORD);
    }

    private static void assertInvalid(Response answer, int status, String field) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(status);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.<List<String>>json("$.errors[*].field")).containsExactly(field);
        assertThat(answer.<List<String>>json("$.errors[*].reason")).allMatch(reason -> !reason.isBlank());
    }

    /** A new card on the outlet reader, issued: what a recharge needs. */
    private String cardOnTheReader() {
        Response holder = clerk.post("/api/cardholders", """
                {"name":"韩梅梅","holderCategory":"ADULT","certificateType":"RESIDENT_ID","certificateNumber":"11010519491231002X",
                 "householdId":"000000001110"}""");
        assertThat(holder.status()).as(holder.body()).isEqualTo(201);
        readers.presentVirtualCard(READER, "BAD1A9E7");
        Response issued = clerk.post("/api/cards/issue", """
                {"cardholderId":%d,"certificateNumber":"11010519491231002X","cardTypeCode":"01","readerId":"%s"}"""
                .formatted(((Number) holder.json("$.cardholderId")).longValue(), READER));
        assertThat(issued.status()).as(issued.body()).isEqualTo(201);
        return issued.json("$.cardNo");
    }

    @Test
    void shouldRefuseRechargeAmountsThatAreNoWholeNumberOfFenOrOverflow() {
        String cardNo = cardOnTheReader();
        String recharge = "/api/cards/" + cardNo + "/recharge";

        // Long.MAX_VALUE once wrapped round below the cap and reached the card (500)
        assertInvalid(clerk.post(recharge, "{\"amountFen\":9223372036854775807,\"readerId\":\"" + READER + "\"}"),
                422, "amountFen");
        assertInvalid(clerk.post(recharge, "{\"amountFen\":9223372036854775808,\"readerId\":\"" + READER + "\"}"),
                422, "amountFen");
        // once read as 100 fen, silently
        for (String notWholeFen : List.of("100.9", "\"100\"", "1e2", "100.0", "true", "null")) {
            assertInvalid(clerk.post(recharge, "{\"amountFen\":" + notWholeFen + ",\"readerId\":\"" + READER + "\"}"),
                    422, "amountFen");
        }

        assertThat(admin.get("/api/cards/" + cardNo).<Integer>json("$.shadowBalanceFen")).isZero();
        assertThat(admin.get("/api/cards/" + cardNo + "/history").<List<String>>json("$[*].type")).doesNotContain("RECHARGED");
        Response whole = clerk.post(recharge, "{\"amountFen\":100,\"readerId\":\"" + READER + "\"}");
        assertThat(whole.status()).as(whole.body()).isEqualTo(200);
        assertThat(whole.<Integer>json("$.balanceAfterFen")).isEqualTo(100);
    }

    @Test
    void shouldRefuseFractionalDepositsAndEnumOrdinalsInACardType() {
        String type = """
                {"cardTypeCode":"ZZ","name":"测试卡","depositFen":%s,"validityMonths":12,"holderCategories":%s}""";

        assertInvalid(admin.post("/api/card-types", type.formatted("1.9", "[\"STUDENT\"]")), 422, "depositFen");
        assertInvalid(admin.post("/api/card-types", type.formatted("\"2000\"", "[\"STUDENT\"]")), 422, "depositFen");
        assertInvalid(admin.post("/api/card-types", type.formatted("2000", "[1]")), 422, "holderCategories[0]");
        assertInvalid(admin.post("/api/card-types", type.formatted("2000", "[\"1\"]")), 422, "holderCategories[0]");
        assertInvalid(admin.post("/api/card-types", type.formatted("2000", "[\"PUPIL\"]")), 422, "holderCategories[0]");

        assertThat(admin.get("/api/card-types/ZZ").status()).isEqualTo(404);
        assertThat(admin.post("/api/card-types", type.formatted("2000", "[\"STUDENT\"]")).status()).isEqualTo(201);
    }

    @Test
    void shouldAnswerAnUnknownOrInjectedSortPropertyWith400NamingSortAndTheAllowedProperties() {
        for (String list : List.of("/api/households", "/api/cardholders", "/api/terminals", "/api/communities",
                "/api/buildings", "/api/outlets", "/api/card-types", "/api/property-centres")) {
            for (String sort : List.of("nope", "householdId%3Bdrop%20table%20household", "name)%20desc--", "a.b.c")) {
                Response answer = admin.get(list + "?sort=" + sort);
                assertInvalid(answer, 400, "sort");
                assertThat(answer.<String>json("$.errors[0].reason")).contains("sort by one of");
            }
        }
        Response households = admin.get("/api/households?sort=nope");
        assertThat(households.<String>json("$.errors[0].reason")).contains("householdId", "floorArea")
                .doesNotContain("nope,");
        assertThat(admin.get("/api/households?sort=floorArea,desc&size=1").status()).isEqualTo(200);
    }

    @Test
    void shouldRefuseSectorGrantsWithoutTheirSectors() {
        assertInvalid(admin.put("/api/resource-parties/PROP-YUNLONG/sector-grants", "{}"), 422, "sectors");
        Response nullSector = admin.put("/api/resource-parties/PROP-YUNLONG/sector-grants", "{\"sectors\":[null]}");
        assertThat(nullSector.status()).as(nullSector.body()).isEqualTo(422);
        assertThat(nullSector.<List<String>>json("$.errors[*].field")).allMatch(f -> f.startsWith("sectors"));
        assertThat(admin.get("/api/resource-parties/PROP-YUNLONG/sector-grants").<List<Integer>>json("$.sectors"))
                .isNotEmpty();
    }

    @Test
    void shouldAnswerSpringsOwnRefusalsAsProblems() {
        Response plainText = admin.send("POST", "/api/households", "text/plain", "householdId=1");
        assertThat(plainText.status()).isEqualTo(415);
        assertThat(plainText.contentType()).startsWith("application/problem+json");
        assertThat(plainText.<String>json("$.detail")).contains("text/plain");

        assertInvalid(admin.get("/api/households?householdType=PALACE"), 400, "householdType");
        assertThat(admin.get("/api/households?householdType=PALACE").<String>json("$.errors[0].reason"))
                .contains("RESIDENTIAL");
        assertInvalid(admin.get("/api/communities/32030101/bills"), 400, "period");
        Response notJson = admin.post("/api/households", "{not json");
        assertInvalid(notJson, 400, "body");
        assertThat(notJson.<String>json("$.errors[0].reason")).contains("line 1");
    }

    @Test
    void shouldTellAnonymousCallersOnlyThatTheBackOfficeIsUp() {
        assertThat(Api.anonymous(port).get("/actuator/health").status()).isEqualTo(200);
        Response info = Api.anonymous(port).get("/actuator/info");
        assertThat(info.status()).isEqualTo(401);
        assertThat(info.body()).doesNotContain("spring", "camunda", "version");
        assertThat(admin.get("/actuator/info").status()).isEqualTo(200);
    }

    @Test
    void shouldSendOurPagesWithAContentSecurityPolicyThatAllowsNoInlineScript() throws IOException, InterruptedException {
        HttpClient http = HttpClient.newHttpClient();
        for (String page : List.of("/", "/index.html", "/rules/", "/rules/index.html")) {
            HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + page)).GET()
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertThat(answer.statusCode()).as(page).isEqualTo(200);
            String policy = answer.headers().firstValue("Content-Security-Policy").orElse("");
            assertThat(policy).as(page).isEqualTo(SecurityConfiguration.PAGES_CONTENT_SECURITY_POLICY);
            String scripts = policy.substring(policy.indexOf("script-src"), policy.indexOf(';', policy.indexOf("script-src")));
            assertThat(scripts).as(page).isEqualTo("script-src 'self'");
            assertThat(policy).contains("frame-ancestors 'none'", "object-src 'none'");
        }
    }
}
