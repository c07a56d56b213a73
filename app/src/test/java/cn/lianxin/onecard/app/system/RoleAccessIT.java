package cn.lianxin.onecard.app.system;

import static org.assertj.core.api.Assertions.assertThat;

import cn.lianxin.onecard.app.security.IdentityBootstrap;
import cn.lianxin.onecard.app.support.Api;
import cn.lianxin.onecard.app.support.Api.Response;
import cn.lianxin.onecard.app.support.PostgresIntegrationTest;
import cn.lianxin.onecard.app.support.TestStaff;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** Each role sees and changes only what it may — enforced by the API and the engine, not by pages. */
@PostgresIntegrationTest
class RoleAccessIT {

    @LocalServerPort
    int port;

    @Autowired
    IdentityBootstrap identity;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void users() {
        TestStaff.ensure(identity);
    }

    private Api as(String user) {
        return Api.as(port, user, TestStaff.PASSWORD);
    }

    @Test
    void shouldRejectAnonymousAndWrongPasswordCalls() {
        Response anonymous = Api.anonymous(port).get("/api/households");
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.contentType()).startsWith("application/problem+json");
        assertThat(Api.anonymous(port).get("/engine-rest/task").status()).isEqualTo(401);
        assertThat(Api.anonymous(port).get("/engine-rest/process-definition").status()).isEqualTo(401);
        Response wrongPassword = Api.as(port, TestStaff.LOCKOUT, "wrong-password").get("/api/communities");
        assertThat(wrongPassword.status()).isEqualTo(401);
        assertThat(wrongPassword.contentType()).startsWith("application/problem+json");
        assertThat(Api.as(port, "nobody", TestStaff.PASSWORD).get("/api/communities").status()).isEqualTo(401);
        // Camunda locks a user for a few seconds after a wrong password, against guessing
        assertThat(Api.as(port, TestStaff.LOCKOUT, TestStaff.PASSWORD).get("/api/communities").status()).isEqualTo(401);
        assertThat(Api.anonymous(port).get("/actuator/health").status()).isEqualTo(200);
    }

    @Test
    void shouldShowCommunityStaffOnlyTheirOwnCommunity() {
        Api staff = as(TestStaff.STAFF_101);

        Integer ownHouseholds = jdbc.queryForObject("select count(*) from household where community_id = '32030101'",
                Integer.class);
        Response households = staff.get("/api/households?size=500");
        assertThat(ownHouseholds).isBetween(200, 201);
        assertThat(households.<Integer>json("$.totalItems")).isEqualTo(ownHouseholds);
        assertThat(households.<List<String>>json("$.items[*].communityId")).containsOnly("32030101");
        // even when asking for another community by name
        assertThat(staff.get("/api/households?communityId=32030102").<Integer>json("$.totalItems")).isZero();
        assertThat(staff.get("/api/households/000000002100").status()).isEqualTo(404);
        assertThat(staff.get("/api/households/000000001234").status()).isEqualTo(200);

        assertThat(staff.get("/api/communities").<List<String>>json("$.items[*].communityId")).containsExactly("32030101");
        assertThat(staff.get("/api/buildings?size=100").<List<String>>json("$.items[*].communityId")).containsOnly("32030101");
        assertThat(staff.get("/api/terminals").<List<String>>json("$.items[*].terminalId"))
                .containsExactly("32030101", "32030102", "32030111", "32030112");

        Integer holdersOfCommunity = jdbc.queryForObject("select count(*) from cardholder c join household h "
                + "on h.household_id = c.household_id where h.community_id = '32030101'", Integer.class);
        Response holders = staff.get("/api/cardholders?size=500");
        assertThat(holders.<Integer>json("$.totalItems")).isEqualTo(holdersOfCommunity);
        assertThat(holders.<List<String>>json("$.items[*].householdId")).allMatch(id -> id.startsWith("0000000011")
                || id.startsWith("0000000012"));
    }

    @Test
    void shouldLetCommunityStaffChangeOnlyTheirOwnCommunity() {
        Api staff = as(TestStaff.STAFF_101);
        Long otherBuilding = jdbc.queryForObject(
                "select min(building_id) from building where community_id = '32030102'", Long.class);

        Response intoOther = staff.post("/api/households", """
                {"householdId":"000000009101","buildingId":%d,"unitNo":"9","roomNo":"901","floorArea":70,
                 "householdType":"RESIDENTIAL","occupancy":"OCCUPIED"}""".formatted(otherBuilding));
        assertThat(intoOther.status()).isEqualTo(422);
        assertThat(intoOther.<List<String>>json("$.errors[*].field")).containsExactly("buildingId");

        Response otherHousehold = staff.post("/api/households/000000002100/deactivate", null);
        assertThat(otherHousehold.status()).isEqualTo(404);
        assertThat(as(TestStaff.ADMIN).get("/api/households/000000002100").<Boolean>json("$.active")).isTrue();

        Response own = staff.post("/api/households", """
                {"householdId":"000000009102","buildingId":1,"unitNo":"9","roomNo":"902","floorArea":70,
                 "householdType":"RESIDENTIAL","occupancy":"OCCUPIED"}""");
        assertThat(own.status()).as(own.body()).isEqualTo(201);

        assertThat(staff.post("/api/communities", """
                {"communityId":"32030109","centreId":"32030001","name":"x","address":"x","propertyCompanyCode":"PROP-YUNLONG"}""")
                .status()).isEqualTo(403);
    }

    @Test
    void shouldGiveEachRoleItsOwnRights() {
        Api clerk = as(TestStaff.CLERK);
        assertThat(clerk.get("/api/households").<Integer>json("$.totalItems"))
                .isEqualTo(jdbc.queryForObject("select count(*) from household", Integer.class));
        assertThat(clerk.get("/api/resource-parties").status()).isEqualTo(403);
        assertThat(clerk.post("/api/outlets", """
                {"outletId":"32039009","name":"x","address":"x"}""").status()).isEqualTo(403);
        Response registered = clerk.post("/api/cardholders", """
                {"name":"赵六","holderCategory":"STUDENT","certificateType":"PASSPORT","certificateNumber":"E12345678"}""");
        assertThat(registered.status()).as(registered.body()).isEqualTo(201);

        Api finance = as(TestStaff.FINANCE);
        assertThat(finance.get("/api/resource-parties/PROP-PENGCHENG/contracts").<Integer>json("$.totalItems")).isEqualTo(1);
        assertThat(finance.post("/api/resource-parties", """
                {"partyCode":"X9","name":"x","industry":"OTHER"}""").status()).isEqualTo(403);

        Api auditor = as(TestStaff.AUDITOR);
        assertThat(auditor.get("/api/terminals?size=100").<Integer>json("$.totalItems")).isEqualTo(12);
        assertThat(auditor.post("/api/households/000000001101/deactivate", null).status()).isEqualTo(403);

        assertThat(as(TestStaff.ANALYST).get("/api/card-types").<Integer>json("$.totalItems")).isEqualTo(4);
        assertThat(as(TestStaff.ANALYST).get("/actuator/metrics").status()).isEqualTo(403);
        assertThat(as(TestStaff.ADMIN).get("/actuator/metrics").status()).isEqualTo(200);
    }

    @Test
    void shouldApplyCamundaAuthorizationsToEngineRestCalls() {
        Response staffSees = as(TestStaff.STAFF_101).get("/engine-rest/user");
        assertThat(staffSees.status()).isEqualTo(200);
        assertThat(staffSees.<List<String>>json("$[*].id")).containsExactly(TestStaff.STAFF_101);

        Response adminSees = as(TestStaff.ADMIN).get("/engine-rest/user");
        assertThat(adminSees.<List<String>>json("$[*].id")).contains(TestStaff.STAFF_101, TestStaff.CLERK, "admin");

        Response groups = as(TestStaff.ADMIN).get("/engine-rest/group?type=COMMUNITY");
        assertThat(groups.<List<String>>json("$[*].id"))
                .containsExactlyInAnyOrder("community-32030101", "community-32030102", "community-32030103");
    }
}
