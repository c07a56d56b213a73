package cn.lianxin.onecard.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import cn.lianxin.onecard.app.support.Api;
import cn.lianxin.onecard.app.support.Api.Response;
import cn.lianxin.onecard.app.support.PostgresIntegrationTest;
import cn.lianxin.onecard.app.support.TestStaff;
import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import cn.lianxin.onecard.processes.card.CardIssuance;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every operation of our API, read from its OpenAPI description at {@code /v3/api-docs}, called
 * as each role and as the staff of each community against the records of ANOTHER community; and
 * the engine's task, process and history endpoints the same way. The table below says, for each
 * operation, what community staff must get when the path names another community's record; an
 * operation the description lists and the table does not know fails the build, so a new endpoint
 * cannot arrive without someone deciding its scope.
 */
@PostgresIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApiScopeIT {

    /** What community staff get from an operation whose path names another community's record. */
    enum Scope {
        /** The path names a record or community: another community's answers 403 or 404, never 2xx. */
        OTHERS_REFUSED,
        /** A list: answered (or refused by role), and it holds nothing of another community. */
        LIST_FILTERED,
        /** City-wide data (card types, outlets, rule sets, outlet readers): no community's to leak; never a 5xx. */
        NOT_COMMUNITY_DATA
    }

    /**
     * One operation's expectation. {@code query} and {@code body} are what a caller allowed to
     * do it would send (so a refusal is the scope's or the role's, never a 400/422 for a bad
     * request); {@code ${own...}} names the caller's own community's records, {@code ${other...}}
     * path-like values of the other community. {@code analystMay}: a rule analyst may change it.
     */
    record Expect(Scope scope, String query, String body, boolean bytes, boolean analystMay) {
    }

    private static final Map<String, Expect> TABLE = new LinkedHashMap<>();

    private static void op(String operation, Scope scope) {
        TABLE.put(operation, new Expect(scope, "", null, false, false));
    }

    private static void op(String operation, Scope scope, String query, String body) {
        TABLE.put(operation, new Expect(scope, query, body, false, false));
    }

    private static void bytes(String operation, Scope scope) {
        TABLE.put(operation, new Expect(scope, "", "not a valid file", true, false));
    }

    private static void rules(String operation) {
        TABLE.put(operation, new Expect(Scope.NOT_COMMUNITY_DATA, "", "{}", false, true));
    }

    static {
        Scope refused = Scope.OTHERS_REFUSED;
        Scope filtered = Scope.LIST_FILTERED;
        Scope city = Scope.NOT_COMMUNITY_DATA;
        String place = "{\"place\":\"32039001\"}";
        String onReader = "{\"readerId\":\"32039101\"}";

        // property centres: above the communities, one archive for the city
        op("GET /api/property-centres", city);
        op("POST /api/property-centres", city);
        op("GET /api/property-centres/{centreId}", city);
        op("PUT /api/property-centres/{centreId}", city);
        op("POST /api/property-centres/{centreId}/deactivate", city);

        // communities: staff see and change only their own
        op("GET /api/communities", filtered);
        op("POST /api/communities", city, "", """
                {"communityId":"32030109","centreId":"32030001","name":"x","address":"x","propertyCompanyCode":"PROP-YUNLONG"}""");
        op("GET /api/communities/{communityId}", refused);
        op("PUT /api/communities/{communityId}", refused, "", """
                {"communityId":"${otherCommunity}","centreId":"32030001","name":"x","address":"x","propertyCompanyCode":"PROP-YUNLONG"}""");
        op("POST /api/communities/{communityId}/deactivate", refused);
        op("GET /api/communities/{communityId}/cards", refused);
        op("GET /api/communities/{communityId}/bills", refused, "?period=202611", null);
        op("GET /api/communities/{communityId}/blacklist/versions", refused);
        op("GET /api/communities/{communityId}/channel", refused);
        op("GET /api/communities/{communityId}/downloads", refused);
        op("GET /api/communities/{communityId}/downloads/{fileName}", refused);
        op("POST /api/communities/{communityId}/downloads/blacklist", refused);
        op("POST /api/communities/{communityId}/downloads/bills", refused, "?period=202611", null);
        op("POST /api/communities/{communityId}/downloads/parameters", refused);
        bytes("PUT /api/communities/{community}/uploads/{fileName}", refused);
        bytes("PUT /api/communities/{community}/confirmations/{fileName}", refused);

        // buildings and households
        op("GET /api/buildings", filtered);
        op("POST /api/buildings", city, "", """
                {"communityId":"${ownCommunity}","buildingNo":"Z9","name":"x","buildingType":"MID_RISE","floors":3}""");
        op("GET /api/buildings/{buildingId}", refused);
        op("PUT /api/buildings/{buildingId}", refused, "", """
                {"communityId":"${ownCommunity}","buildingNo":"Z9","name":"x","buildingType":"MID_RISE","floors":3}""");
        op("POST /api/buildings/{buildingId}/deactivate", refused);
        op("GET /api/households", filtered);
        op("POST /api/households", city, "", "{}");
        op("GET /api/households/{householdId}", refused);
        op("PUT /api/households/{householdId}", refused, "", """
                {"householdId":"${otherHousehold}","buildingId":${ownBuilding},"unitNo":"1","roomNo":"101","floorArea":70,
                 "householdType":"RESIDENTIAL","occupancy":"OCCUPIED"}""");
        op("POST /api/households/{householdId}/deactivate", refused);

        // cardholders (their community is their household's)
        op("GET /api/cardholders", filtered);
        op("POST /api/cardholders", city, "", "{}");
        op("GET /api/cardholders/{cardholderId}", refused);
        op("PUT /api/cardholders/{cardholderId}", refused, "", """
                {"name":"x","holderCategory":"ADULT","certificateType":"PASSPORT","householdId":"${ownHousehold}"}""");
        op("POST /api/cardholders/{cardholderId}/deactivate", refused);

        // terminals: a community's fee terminals and door controllers
        op("GET /api/terminals", filtered);
        op("POST /api/terminals", city, "", "{}");
        op("GET /api/terminals/{terminalId}", refused);
        op("PUT /api/terminals/{terminalId}", refused, "", """
                {"terminalId":"${otherTerminal}","kind":"DOOR_CONTROLLER","communityId":"${ownCommunity}","model":"x",
                 "serialNo":"x","channel":"INBOX"}""");
        op("POST /api/terminals/{terminalId}/deactivate", refused);

        // cards: staff act on the cards of their communities only
        op("POST /api/card-applications", city, "", "{}");
        op("GET /api/card-applications/{applicationId}", refused);
        op("POST /api/card-applications/{applicationId}/card-presented", refused, "", onReader);
        op("POST /api/cards/issue", city, "", "{}");
        op("GET /api/cards/{cardNo}", refused);
        op("GET /api/cards/{cardNo}/history", refused);
        op("POST /api/cards/{cardNo}/recharge", refused, "", "{\"amountFen\":100,\"readerId\":\"32039101\"}");
        op("POST /api/cards/{cardNo}/sign-off", refused, "",
                "{\"householdId\":\"${ownHousehold}\",\"readerId\":\"32039101\"}");
        op("POST /api/cards/{cardNo}/activate", refused, "", place);
        op("POST /api/cards/{cardNo}/report-loss", refused, "", place);
        op("POST /api/cards/{cardNo}/replace", refused, "", """
                {"cardholderId":${otherCardholder},"certificateNumber":"x","cardTypeCode":"01","readerId":"32039101"}""");
        op("POST /api/cards/{cardNo}/return", refused, "", onReader);
        op("POST /api/cards/{cardNo}/transfer-balance", refused);
        op("GET /api/card-flags", filtered);
        op("POST /api/card-flags/{flagId}/resolve", city, "", "{\"note\":\"x\"}");
        // outlet readers belong to outlets, not communities; the card on it is the one in the hand
        op("POST /api/readers/{readerId}/tap", city);
        op("GET /api/simulator/readers/{readerId}/card", city);
        op("PUT /api/simulator/readers/{readerId}/card", city, "", "{\"uid\":\"0BADCAFE\"}");
        op("DELETE /api/simulator/readers/{readerId}/card", city);
        op("GET /api/card-types", city);
        op("POST /api/card-types", city, "", "{}");
        op("GET /api/card-types/{code}", city);
        op("PUT /api/card-types/{code}", city, "", "{}");
        op("POST /api/card-types/{code}/deactivate", city);

        // uploads and the quarantine: each community's own
        op("GET /api/uploads", filtered);
        op("GET /api/uploads/{id}", refused);
        op("GET /api/uploads/{id}/ack", refused);
        op("GET /api/uploads/{id}/file", refused);

        // outlets, resource parties and contracts: the city's
        op("GET /api/outlets", city);
        op("POST /api/outlets", city, "", "{}");
        op("GET /api/outlets/{outletId}", city);
        op("PUT /api/outlets/{outletId}", city, "", "{}");
        op("POST /api/outlets/{outletId}/deactivate", city);
        op("GET /api/resource-parties", city);
        op("POST /api/resource-parties", city, "", "{}");
        op("GET /api/resource-parties/{partyCode}", city);
        op("PUT /api/resource-parties/{partyCode}", city, "", "{}");
        op("POST /api/resource-parties/{partyCode}/deactivate", city);
        op("GET /api/resource-parties/{partyCode}/sector-grants", city);
        op("PUT /api/resource-parties/{partyCode}/sector-grants", city, "", "{\"sectors\":[]}");
        op("GET /api/resource-parties/{partyCode}/contracts", city);
        op("POST /api/resource-parties/{partyCode}/contracts", city, "", "{}");
        op("GET /api/resource-parties/{partyCode}/contracts/{contractNo}", city);
        op("PUT /api/resource-parties/{partyCode}/contracts/{contractNo}", city, "", "{}");
        op("POST /api/resource-parties/{partyCode}/contracts/{contractNo}/deactivate", city);

        // fee rules: the city's; analysts change them, approvers decide in Tasklist
        op("GET /api/rule-sets", city);
        op("GET /api/rule-sets/audit", city);
        op("GET /api/rule-sets/{ruleSet}", city);
        op("GET /api/rule-sets/{ruleSet}/versions", city);
        op("GET /api/rule-sets/{ruleSet}/versions/{versionId}", city);
        op("GET /api/rule-sets/{ruleSet}/versions/{versionId}/files/{fileName}", city);
        op("GET /api/rule-sets/{ruleSet}/versions/{versionId}/what-if", city);
        op("GET /api/rule-sets/{ruleSet}/active/files/{fileName}", city);
        rules("POST /api/rule-sets/{ruleSet}/drafts");
        rules("POST /api/rule-sets/{ruleSet}/versions/{versionId}/submission");
        rules("POST /api/rule-sets/{ruleSet}/versions/{versionId}/rollback");
    }

    private static final Pattern PARAMETER = Pattern.compile("\\{([A-Za-z]+)}");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Za-z]+)}");
    private static final List<String> READ_ONLY = List.of(TestStaff.AUDITOR, TestStaff.APPROVER, TestStaff.ANALYST,
            TestStaff.FINANCE);

    @LocalServerPort
    int port;

    @Autowired
    IdentityBootstrap identity;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TaskService taskService;

    @Autowired
    RuntimeService runtimeService;

    /** The records of each community the calls point at: path parameters and body values. */
    final Map<String, Map<String, String>> records = new LinkedHashMap<>();

    @BeforeAll
    void communitiesWithRecordsOfEveryKind() {
        TestStaff.ensure(identity);
        for (String community : List.of("32030101", "32030102")) {
            Map<String, String> r = new LinkedHashMap<>();
            r.put("communityId", community);
            r.put("community", community);
            r.put("householdId", jdbc.queryForObject("select min(household_id) from household where community_id = ?",
                    String.class, community));
            r.put("buildingId", String.valueOf(jdbc.queryForObject(
                    "select min(building_id) from building where community_id = ?", Long.class, community)));
            Long holder = jdbc.queryForObject("select min(c.cardholder_id) from cardholder c join household h "
                    + "on h.household_id = c.household_id where h.community_id = ? and exists "
                    + "(select 1 from card k where k.cardholder_id = c.cardholder_id)", Long.class, community);
            r.put("cardholderId", String.valueOf(holder));
            r.put("cardNo", jdbc.queryForObject("select min(card_no) from card where cardholder_id = ?", String.class, holder));
            r.put("terminalId", jdbc.queryForObject("select min(terminal_id) from terminal where community_id = ? "
                    + "and kind = 'DOOR_CONTROLLER'", String.class, community));
            String applicationId = "APPIT" + community.substring(3);
            jdbc.update("insert into card_application (application_id, cardholder_id, household_id, community_id, "
                    + "card_type_code, outlet_id, status, applied_by, applied_at, updated_at) "
                    + "values (?, ?, (select household_id from cardholder where cardholder_id = ?), ?, '01', '32039001', "
                    + "'SUBMITTED', 'it', ?, ?)", applicationId, holder, holder, community,
                    Timestamp.from(Instant.now()), Timestamp.from(Instant.now()));
            r.put("applicationId", applicationId);
            // a file refused whole: the quarantine of this community holds it
            String staff = community.equals("32030101") ? TestStaff.STAFF_101 : TestStaff.STAFF_102;
            Response upload = as(staff).putBytes("/api/communities/" + community + "/uploads/CONS_" + community
                    + "_20261106_000001.DAT", "garbage\n".getBytes(StandardCharsets.US_ASCII));
            assertThat(upload.status()).as(upload.body()).isEqualTo(200);
            r.put("id", String.valueOf(jdbc.queryForObject("select max(batch_id) from upload_batch where community_id = ?",
                    Long.class, community)));
            r.put("fileName", "CONS_" + community + "_20261106_000002.DAT");
            records.put(community, r);
        }
        Map<String, String> city = new LinkedHashMap<>();
        city.put("centreId", "32030001");
        city.put("code", "01");
        city.put("outletId", "32039001");
        city.put("readerId", "32039101");
        city.put("partyCode", "PROP-YUNLONG");
        city.put("contractNo", jdbc.queryForObject("select min(contract_no) from party_contract where party_code = 'PROP-YUNLONG'",
                String.class));
        city.put("ruleSet", "card-fees");
        city.put("versionId", "card-fees-v1");
        city.put("flagId", "1");
        records.put("city", city);
    }

    private Api as(String user) {
        return Api.as(port, user, TestStaff.PASSWORD);
    }

    /** Every operation of the OpenAPI description, as "METHOD /path". */
    private Set<String> describedOperations() {
        Response docs = Api.anonymous(port).get("/v3/api-docs");
        assertThat(docs.status()).isEqualTo(200);
        Map<String, Map<String, Object>> paths = JsonPath.read(docs.body(), "$.paths");
        Set<String> operations = new TreeSet<>();
        paths.forEach((path, methods) -> methods.keySet().stream()
                .filter(m -> Set.of("get", "post", "put", "delete", "patch").contains(m))
                .forEach(m -> operations.add(m.toUpperCase() + " " + path)));
        return operations;
    }

    @Test
    void shouldKnowTheScopeOfEveryOperationTheApiDescribes() {
        Set<String> described = describedOperations();

        assertThat(described).as("operations of /v3/api-docs the scope table does not know: add each to TABLE "
                + "with the scope its records have").isSubsetOf(TABLE.keySet());
        assertThat(TABLE.keySet()).as("operations in the table the API no longer has").isSubsetOf(described);
    }

    @Test
    void shouldRefuseCommunityStaffEveryRecordOfAnotherCommunity() {
        List<String> failures = new ArrayList<>();
        for (String[] pair : new String[][] {{TestStaff.STAFF_101, "32030101", "32030102"},
                {TestStaff.STAFF_102, "32030102", "32030101"}}) {
            Api staff = as(pair[0]);
            Map<String, String> own = records.get(pair[1]);
            Map<String, String> other = records.get(pair[2]);
            List<String> otherHouseholds = jdbc.queryForList("select household_id from household where community_id = ?",
                    String.class, pair[2]);
            for (String operation : describedOperations()) {
                Expect expect = TABLE.get(operation);
                Response answer = call(staff, operation, other, own, other);
                String what = pair[0] + " " + operation + " (records of " + pair[2] + ") -> " + answer.status() + " "
                        + abbreviate(answer.body());
                switch (expect.scope()) {
                    case OTHERS_REFUSED -> {
                        if (answer.status() != 403 && answer.status() != 404) {
                            failures.add(what + ": expected 403 or 404");
                        } else if (!answer.contentType().startsWith("application/problem+json")) {
                            failures.add(what + ": expected an RFC 9457 problem");
                        }
                    }
                    case LIST_FILTERED -> {
                        if (answer.status() != 200 && answer.status() != 403) {
                            failures.add(what + ": expected 200 or 403");
                        } else if (answer.body().contains("\"communityId\":\"" + pair[2] + "\"")
                                || otherHouseholds.stream().anyMatch(h -> answer.body().contains("\"" + h + "\""))) {
                            failures.add(what + ": lists a record of community " + pair[2]);
                        }
                    }
                    case NOT_COMMUNITY_DATA -> {
                        if (answer.status() >= 500) {
                            failures.add(what + ": a server error");
                        }
                    }
                }
            }
        }
        assertThat(failures).isEmpty();
    }

    @Test
    void shouldRefuseEveryChangeToTheReadOnlyRoles() {
        List<String> failures = new ArrayList<>();
        Map<String, String> own = records.get("32030101");
        for (String user : READ_ONLY) {
            Api caller = as(user);
            for (String operation : describedOperations()) {
                if (operation.startsWith("GET ")
                        || (TABLE.get(operation).analystMay() && user.equals(TestStaff.ANALYST))) {
                    continue;
                }
                Response answer = call(caller, operation, own, own, records.get("32030102"));
                if (answer.status() != 403 || !answer.contentType().startsWith("application/problem+json")) {
                    failures.add(user + " " + operation + " -> " + answer.status() + " " + abbreviate(answer.body())
                            + ": expected a 403 problem");
                }
            }
        }
        assertThat(failures).isEmpty();
    }

    @Test
    void shouldRefuseEveryOperationToAnonymousCallers() {
        List<String> failures = new ArrayList<>();
        Map<String, String> own = records.get("32030101");
        for (String operation : describedOperations()) {
            Response answer = call(Api.anonymous(port), operation, own, own, own);
            if (answer.status() != 401) {
                failures.add(operation + " -> " + answer.status());
            }
        }
        assertThat(failures).isEmpty();
    }

    @Test
    void shouldRefuseActivatingOrSigningOffACardOfAnotherCommunity() {
        String cardNo = records.get("32030102").get("cardNo");
        jdbc.update("update card set status = 'ISSUED' where card_no = ?", cardNo);
        Api staff101 = as(TestStaff.STAFF_101);

        Response activate = staff101.post("/api/cards/" + cardNo + "/activate", "{\"place\":\"32039001\"}");
        assertThat(activate.status()).as(activate.body()).isEqualTo(404);
        assertThat(activate.<List<String>>json("$.errors[*].field")).containsExactly("cardNo");
        Response signOff = staff101.post("/api/cards/" + cardNo + "/sign-off", """
                {"householdId":"%s","readerId":"32039101"}""".formatted(records.get("32030101").get("householdId")));
        assertThat(signOff.status()).as(signOff.body()).isEqualTo(404);
        assertThat(signOff.<List<String>>json("$.errors[*].field")).containsExactly("cardNo");
        assertThat(jdbc.queryForObject("select status from card where card_no = ?", String.class, cardNo)).isEqualTo("ISSUED");
        assertThat(jdbc.queryForObject("select count(*) from community_signoff where card_no = ?", Integer.class, cardNo))
                .isZero();

        // its own community's staff activate it
        Response own = as(TestStaff.STAFF_102).post("/api/cards/" + cardNo + "/activate", "{\"place\":\"32039001\"}");
        assertThat(own.status()).as(own.body()).isEqualTo(200);
        assertThat(own.<String>json("$.status")).isEqualTo("ACTIVE");
    }

    @Test
    void shouldRefuseReadingAnApplicationOfAnotherCommunity() {
        String applicationId = records.get("32030102").get("applicationId");

        Response other = as(TestStaff.STAFF_101).get("/api/card-applications/" + applicationId);
        assertThat(other.status()).as(other.body()).isEqualTo(404);
        assertThat(other.<List<String>>json("$.errors[*].field")).containsExactly("applicationId");

        Response own = as(TestStaff.STAFF_102).get("/api/card-applications/" + applicationId);
        assertThat(own.status()).isEqualTo(200);
        assertThat(own.<String>json("$.application.communityId")).isEqualTo("32030102");
    }

    @Test
    void shouldKeepAFileSentInAnotherCommunitysNameWithTheCommunityWhoseEndpointItCameBy() {
        String name = "CONS_32030102_20261106_000007.DAT";
        Response sent = as(TestStaff.STAFF_101).putBytes("/api/communities/32030101/uploads/" + name,
                "garbage\n".getBytes(StandardCharsets.US_ASCII));
        assertThat(sent.status()).as(sent.body()).isEqualTo(200);
        assertThat(sent.body()).startsWith("ACH1" + "32030102");

        List<String> seenBy102 = as(TestStaff.STAFF_102).get("/api/uploads?limit=1000").json("$[*].fileName");
        assertThat(seenBy102).doesNotContain(name);
        Response seenBy101 = as(TestStaff.STAFF_101).get("/api/uploads?limit=1000");
        assertThat(seenBy101.<List<String>>json("$[?(@.fileName == '" + name + "')].communityId")).containsExactly("32030101");
        assertThat(seenBy101.<List<String>>json("$[?(@.fileName == '" + name + "')].reasonCode")).containsExactly("F001");
        Long id = jdbc.queryForObject("select batch_id from upload_batch where file_name = ?", Long.class, name);
        assertThat(as(TestStaff.STAFF_102).get("/api/uploads/" + id + "/file").status()).isEqualTo(404);
        assertThat(as(TestStaff.STAFF_101).get("/api/uploads/" + id + "/file").status()).isEqualTo(200);
        assertThat(jdbc.queryForObject("select quarantine_path from upload_batch where batch_id = ?", String.class, id))
                .contains("/32030101/").doesNotContain("/32030102/");
    }

    @Test
    void shouldKeepAnotherCommunitysTasksAndTheCitysStatisticsFromCommunityStaffInTheEngine() {
        // a card application of community 32030102 waiting for its staff's sign-off
        String applicationId = records.get("32030102").get("applicationId");
        ProcessInstance instance = runtimeService.createProcessInstanceByKey(CardIssuance.PROCESS_ID)
                .businessKey(applicationId)
                .setVariable(CardIssuance.VAR_APPLICATION_ID, applicationId)
                .setVariable(CardIssuance.VAR_COMMUNITY_ID, "32030102")
                .setVariable(CardIssuance.VAR_HOUSEHOLD_ID, records.get("32030102").get("householdId"))
                .startBeforeActivity(CardIssuance.TASK_COMMUNITY_SIGN_OFF)
                .execute();
        Task task = taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult();
        Api staff101 = as(TestStaff.STAFF_101);
        Api staff102 = as(TestStaff.STAFF_102);

        // the community's own staff see and may work on it: the test looks at a real task
        assertThat(staff102.get("/engine-rest/task").<List<String>>json("$[*].id")).contains(task.getId());
        assertThat(staff102.get("/engine-rest/task/" + task.getId()).status()).isEqualTo(200);

        assertThat(staff101.get("/engine-rest/task").<List<String>>json("$[*].id")).doesNotContain(task.getId());
        assertThat(staff101.get("/engine-rest/task?candidateGroup=community-32030102").<List<String>>json("$[*].id"))
                .doesNotContain(task.getId());
        for (Response refused : List.of(staff101.get("/engine-rest/task/" + task.getId()),
                staff101.get("/engine-rest/task/" + task.getId() + "/variables"),
                staff101.get("/engine-rest/task/" + task.getId() + "/form-variables"),
                staff101.post("/engine-rest/task/" + task.getId() + "/claim", "{\"userId\":\"" + TestStaff.STAFF_101 + "\"}"),
                staff101.post("/engine-rest/task/" + task.getId() + "/complete", "{}"),
                staff101.post("/engine-rest/task/" + task.getId() + "/assignee", "{\"userId\":\"" + TestStaff.STAFF_101 + "\"}"))) {
            assertThat(refused.status()).as(refused.body()).isIn(403, 404);
        }
        assertThat(taskService.createTaskQuery().taskId(task.getId()).singleResult().getAssignee()).isNull();
        assertThat(staff101.get("/engine-rest/history/task?taskId=" + task.getId()).<List<Object>>json("$")).isEmpty();
        assertThat(staff101.get("/engine-rest/history/task?processInstanceBusinessKey=" + applicationId)
                .<List<Object>>json("$")).isEmpty();
        assertThat(staff101.get("/engine-rest/process-instance").<List<Object>>json("$")).isEmpty();
        assertThat(staff101.get("/engine-rest/history/process-instance").<List<Object>>json("$")).isEmpty();
        assertThat(staff101.get("/engine-rest/history/variable-instance?processInstanceId=" + instance.getId())
                .<List<Object>>json("$")).isEmpty();
        assertThat(staff101.get("/engine-rest/process-instance/" + instance.getId() + "/variables").status()).isIn(403, 404);

        // Cockpit's statistics count the city's instances: only Cockpit's roles read them
        for (String statistics : List.of("/engine-rest/process-definition/statistics",
                "/engine-rest/process-definition/key/CardIssuance/statistics",
                "/engine-rest/history/process-instance/report?reportType=duration&periodUnit=month")) {
            Response refused = staff101.get(statistics);
            assertThat(refused.status()).as(statistics + " " + refused.body()).isEqualTo(403);
            assertThat(refused.contentType()).startsWith("application/problem+json");
        }
        assertThat(as(TestStaff.AUDITOR).get("/engine-rest/process-definition/statistics").status()).isEqualTo(200);
        assertThat(as(TestStaff.ADMIN).get("/engine-rest/process-definition/statistics").status()).isEqualTo(200);
        // nor in the webapps' own engine API, with a Tasklist session
        assertThat(webappGet(TestStaff.STAFF_101, "/camunda/api/engine/engine/default/process-definition/statistics"))
                .isEqualTo(403);
        assertThat(webappGet(TestStaff.STAFF_101, "/camunda/api/engine/engine/default/filter?resourceType=Task"))
                .isEqualTo(200);
        assertThat(webappGet(TestStaff.AUDITOR, "/camunda/api/engine/engine/default/process-definition/statistics"))
                .isEqualTo(200);
        // nor do the read-only roles start processes
        assertThat(as(TestStaff.AUDITOR).post("/engine-rest/process-definition/key/CardIssuance/start", "{}").status())
                .isIn(403, 404);
        runtimeService.deleteProcessInstance(instance.getId(), "test over");
    }

    /** Logs {@code user} into Tasklist as a browser does (XSRF handshake, session cookie), then GETs {@code path}. */
    private int webappGet(String user, String path) {
        try {
            java.net.CookieManager cookies = new java.net.CookieManager();
            java.net.http.HttpClient browser = java.net.http.HttpClient.newBuilder().cookieHandler(cookies)
                    .followRedirects(java.net.http.HttpClient.Redirect.NORMAL).build();
            String base = "http://localhost:" + port;
            browser.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(base + "/camunda/app/tasklist/")).build(),
                    java.net.http.HttpResponse.BodyHandlers.discarding());
            java.util.function.Supplier<String> xsrf = () -> cookies.getCookieStore().getCookies().stream()
                    .filter(c -> c.getName().equals("XSRF-TOKEN")).map(java.net.HttpCookie::getValue).findFirst().orElseThrow();
            java.net.http.HttpResponse<String> login = browser.send(java.net.http.HttpRequest.newBuilder(
                            java.net.URI.create(base + "/camunda/api/admin/auth/user/default/login/tasklist"))
                    .header("Content-Type", "application/x-www-form-urlencoded").header("X-XSRF-TOKEN", xsrf.get())
                    .POST(java.net.http.HttpRequest.BodyPublishers.ofString("username=" + user + "&password="
                            + java.net.URLEncoder.encode(TestStaff.PASSWORD, StandardCharsets.UTF_8))).build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString());
            assertThat(login.statusCode()).as(login.body()).isEqualTo(200);
            return browser.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(base + path))
                            .header("X-XSRF-TOKEN", xsrf.get()).header("Accept", "application/json").build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString()).statusCode();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Calls {@code operation} with its path parameters from {@code target} and its body's placeholders filled. */
    private Response call(Api caller, String operation, Map<String, String> target, Map<String, String> own,
                          Map<String, String> other) {
        String method = operation.substring(0, operation.indexOf(' '));
        String template = operation.substring(operation.indexOf(' ') + 1);
        Expect expect = TABLE.get(operation);
        Matcher parameter = PARAMETER.matcher(template);
        StringBuilder path = new StringBuilder();
        while (parameter.find()) {
            String name = parameter.group(1);
            String value = target.containsKey(name) ? target.get(name) : records.get("city").get(name);
            assertThat(value).as("a value for {" + name + "} of " + operation).isNotNull();
            parameter.appendReplacement(path, Matcher.quoteReplacement(value));
        }
        parameter.appendTail(path);
        String url = path + (expect == null ? "" : expect.query());
        String body = expect == null || expect.body() == null ? "{}" : fill(expect.body(), own, other);
        return switch (method) {
            case "GET" -> caller.get(url);
            case "POST" -> caller.post(url, body);
            case "PUT" -> expect != null && expect.bytes() ? caller.putBytes(url, body.getBytes(StandardCharsets.UTF_8))
                    : caller.put(url, body);
            case "DELETE" -> caller.delete(url);
            default -> throw new IllegalStateException("no " + method + " calls yet: " + operation);
        };
    }

    private static String fill(String body, Map<String, String> own, Map<String, String> other) {
        Matcher placeholder = PLACEHOLDER.matcher(body);
        StringBuilder filled = new StringBuilder();
        while (placeholder.find()) {
            String name = placeholder.group(1);
            Map<String, String> from = name.startsWith("own") ? own : other;
            String key = Character.toLowerCase(name.charAt(name.startsWith("own") ? 3 : 5))
                    + name.substring(name.startsWith("own") ? 4 : 6);
            String value = key.equals("community") ? from.get("communityId")
                    : key.equals("household") ? from.get("householdId")
                    : key.equals("building") ? from.get("buildingId")
                    : key.equals("terminal") ? from.get("terminalId")
                    : key.equals("cardholder") ? from.get("cardholderId") : null;
            assertThat(value).as("a value for ${" + name + "}").isNotNull();
            placeholder.appendReplacement(filled, Matcher.quoteReplacement(value));
        }
        placeholder.appendTail(filled);
        return filled.toString();
    }

    private static String abbreviate(String body) {
        return body == null ? "" : body.length() <= 200 ? body : body.substring(0, 200) + "…";
    }
}
