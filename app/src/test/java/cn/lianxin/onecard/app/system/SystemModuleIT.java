package cn.lianxin.onecard.app.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.lianxin.onecard.app.party.SectorGrantService;
import cn.lianxin.onecard.app.security.IdentityBootstrap;
import cn.lianxin.onecard.app.support.Api;
import cn.lianxin.onecard.app.support.Api.Response;
import cn.lianxin.onecard.app.support.PostgresIntegrationTest;
import cn.lianxin.onecard.app.support.TestStaff;
import cn.lianxin.onecard.integration.keys.KeySlot;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/**
 * One end-to-end path through the system module on PostgreSQL: an administrator sets up a new
 * property company, centre, community, building, household, cardholder, card type, outlet and
 * terminal; changes and deactivates them; and every bad request is refused naming its field
 * without writing anything.
 */
@PostgresIntegrationTest
class SystemModuleIT {

    @LocalServerPort
    int port;

    @Autowired
    IdentityBootstrap identity;

    @Autowired
    JdbcTemplate jdbc;

    Api admin;

    @BeforeEach
    void signIn() {
        TestStaff.ensure(identity);
        admin = Api.as(port, TestStaff.ADMIN, TestStaff.PASSWORD);
    }

    @Test
    void shouldSetUpANewCommunityFromPropertyCompanyToTerminal() {
        assertThat(admin.post("/api/resource-parties", """
                {"partyCode":"PROP-TEST","name":"测试物业有限公司","industry":"PROPERTY","contactPhone":"0516-1234567"}""")
                .status()).isEqualTo(201);
        Response contract = admin.post("/api/resource-parties/PROP-TEST/contracts", """
                {"contractNo":"C2026-TEST-001","title":"物业费代收协议","validFrom":"2026-12-01",
                 "settlementAccount":"6222020000000009999","settlementBank":"工商银行"}""");
        assertThat(contract.status()).as(contract.body()).isEqualTo(201);
        assertThat(admin.post("/api/property-centres", """
                {"centreId":"32030002","name":"铜山物业IC卡管理中心","address":"徐州市铜山区"}""").status()).isEqualTo(201);
        Response community = admin.post("/api/communities", """
                {"communityId":"32030201","centreId":"32030002","name":"铜山新城","address":"铜山区北京路1号",
                 "propertyCompanyCode":"PROP-TEST"}""");
        assertThat(community.status()).as(community.body()).isEqualTo(201);

        Response building = admin.post("/api/buildings", """
                {"communityId":"32030201","buildingNo":"1","name":"1号楼","buildingType":"HIGH_RISE","floors":18}""");
        assertThat(building.status()).as(building.body()).isEqualTo(201);
        int buildingId = building.json("$.buildingId");

        Response household = admin.post("/api/households", """
                {"householdId":"000000009001","buildingId":%d,"unitNo":"1","roomNo":"1801","floorArea":88.5,
                 "householdType":"RESIDENTIAL","occupancy":"OCCUPIED"}""".formatted(buildingId));
        assertThat(household.status()).as(household.body()).isEqualTo(201);
        assertThat(household.body()).contains("\"floorArea\":88.50", "\"communityId\":\"32030201\"");

        Response holder = admin.post("/api/cardholders", """
                {"name":"韩梅梅","holderCategory":"SENIOR","certificateType":"RESIDENT_ID",
                 "certificateNumber":"11010519491231002X","householdId":"000000009001"}""");
        assertThat(holder.status()).as(holder.body()).isEqualTo(201);
        assertThat(holder.body()).contains("\"certificateLast4\":\"002X\"").doesNotContain("11010519491231002X");
        assertThat(jdbc.queryForObject("select count(*) from cardholder where name like '%11010519491231002X%' "
                + "or certificate_hash like '%11010519491231002X%' or certificate_salt like '%11010519491231002X%' "
                + "or phone like '%11010519491231002X%'", Integer.class)).isZero();
        assertThat(jdbc.queryForObject("select certificate_last4 from cardholder where household_id = '000000009001'",
                String.class)).isEqualTo("002X");

        Response cardType = admin.post("/api/card-types", """
                {"cardTypeCode":"05","name":"员工卡","depositFen":1500,"validityMonths":36,"holderCategories":["STAFF"]}""");
        assertThat(cardType.status()).as(cardType.body()).isEqualTo(201);
        assertThat(cardType.<Integer>json("$.depositFen")).isEqualTo(1500);

        assertThat(admin.post("/api/outlets", """
                {"outletId":"32039003","name":"连心卡铜山网点","address":"铜山区"}""").status()).isEqualTo(201);

        Response terminal = admin.post("/api/terminals", """
                {"terminalId":"32039301","psamId":"3203000000D1","kind":"FEE_TERMINAL","communityId":"32030201",
                 "model":"POS-T8","serialNo":"SN-9301","channel":"SFTP","sftpHost":"10.1.2.3","sftpPort":22,
                 "sftpUser":"c32030201","sftpPath":"/exchange","sftpSchedule":"0 0/30 * * * *"}""");
        assertThat(terminal.status()).as(terminal.body()).isEqualTo(201);

        Response listed = admin.get("/api/households?communityId=32030201");
        assertThat(listed.<Integer>json("$.totalItems")).isEqualTo(1);
        assertThat(listed.<List<String>>json("$.items[*].householdId")).containsExactly("000000009001");
    }

    @Autowired
    SectorGrantService sectorGrants;

    @Test
    void shouldHandOutSectorKeysOnlyForGrantedSectors() {
        assertThat(admin.get("/api/resource-parties/PROP-PENGCHENG/sector-grants").<List<Integer>>json("$.sectors"))
                .containsExactly(0, 1, 2, 3, 4, 5, 6, 7);
        // the spec's sector-6 key A of card A1B2C3D4, for a party granted sector 6
        assertThat(HexFormat.of().withUpperCase().formatHex(
                sectorGrants.keyFor("PROP-PENGCHENG", "A1B2C3D4", 6, KeySlot.A)))
                .isEqualTo("4C734A01190B");
        assertThatThrownBy(() -> sectorGrants.keyFor("BUS-XZ", "A1B2C3D4", 6,
                        KeySlot.A))
                .isInstanceOf(AccessDeniedException.class)
                .hasMessageContaining("BUS-XZ").hasMessageContaining("sector 6");

        Response bad = admin.put("/api/resource-parties/BUS-XZ/sector-grants", """
                {"sectors":[2, 9, 16]}""");
        assertThat(bad.status()).isEqualTo(422);
        assertThat(bad.body()).contains("sector 9 belongs to the bus system", "sector 16 does not exist");
        assertThat(admin.get("/api/resource-parties/BUS-XZ/sector-grants").<List<Integer>>json("$.sectors"))
                .containsExactly(0, 1, 2, 3, 4, 5);

        Response granted = admin.put("/api/resource-parties/BUS-XZ/sector-grants", """
                {"sectors":[0, 1, 2, 3, 6]}""");
        assertThat(granted.<List<Integer>>json("$.sectors")).containsExactly(0, 1, 2, 3, 6);
        assertThat(sectorGrants.keyFor("BUS-XZ", "A1B2C3D4", 6, KeySlot.A)).hasSize(6);
        assertThat(Api.as(port, TestStaff.FINANCE, TestStaff.PASSWORD).put("/api/resource-parties/BUS-XZ/sector-grants",
                "{\"sectors\":[0]}").status()).isEqualTo(403);
    }

    @Test
    void shouldChangeAndDeactivateButNeverDelete() {
        Response changed = admin.put("/api/households/000000001100", """
                {"householdId":"000000001100","buildingId":1,"unitNo":"1","roomNo":"101","floorArea":120.25,
                 "householdType":"RESIDENTIAL","occupancy":"VACANT"}""");
        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
        assertThat(changed.body()).contains("\"occupancy\":\"VACANT\"", "\"floorArea\":120.25");
        assertThat(changed.<String>json("$.updatedAt")).isNotEqualTo(changed.<String>json("$.createdAt"));

        Response deactivated = admin.post("/api/households/000000001100/deactivate", null);
        assertThat(deactivated.<Boolean>json("$.active")).isFalse();
        assertThat(admin.get("/api/households/000000001100").<Boolean>json("$.active")).isFalse();
        assertThat(admin.get("/api/households?communityId=32030101&active=true").<Integer>json("$.totalItems")).isEqualTo(199);
        assertThat(admin.get("/api/households?communityId=32030101").<Integer>json("$.totalItems")).isEqualTo(200);

        Response renamed = admin.put("/api/households/000000001100", """
                {"householdId":"000000001199","buildingId":1,"unitNo":"1","roomNo":"101","floorArea":120.25,
                 "householdType":"RESIDENTIAL","occupancy":"VACANT"}""");
        assertThat(renamed.status()).isEqualTo(422);
        assertThat(renamed.<List<String>>json("$.errors[*].field")).containsExactly("householdId");
    }

    @Test
    void shouldPageThroughTheHouseholdsOfACommunity() {
        Response page = admin.get("/api/households?communityId=32030102&size=50&page=1&sort=householdId");

        assertThat(page.<Integer>json("$.page")).isEqualTo(1);
        assertThat(page.<Integer>json("$.totalItems")).isEqualTo(200);
        assertThat(page.<Integer>json("$.totalPages")).isEqualTo(4);
        assertThat(page.<List<String>>json("$.items[*].householdId")).hasSize(50).first().isEqualTo("000000002150");
    }

    @Test
    void shouldNameEveryBadFieldOfARequest() {
        Response bad = admin.post("/api/households", """
                {"householdId":"12AB","buildingId":1,"unitNo":"1","roomNo":"x y","floorArea":88.505,
                 "householdType":"RESIDENTIAL"}""");

        assertThat(bad.status()).isEqualTo(422);
        assertThat(bad.contentType()).startsWith("application/problem+json");
        assertThat(bad.<List<String>>json("$.errors[*].field"))
                .containsExactlyInAnyOrder("householdId", "roomNo", "floorArea", "occupancy");
        assertThat(bad.body()).contains("must be exactly 12 digits", "must have at most two decimals");
    }

    @Test
    void shouldRefuseUnreadableJsonAndUnknownEnumValues() {
        assertThat(admin.post("/api/outlets", "{\"outletId\": ").status()).isEqualTo(400);

        Response badEnum = admin.post("/api/resource-parties", """
                {"partyCode":"X1","name":"x","industry":"AIRLINE"}""");
        // well-formed JSON, a value no field takes: 422 naming the field (unreadable JSON stays 400)
        assertThat(badEnum.status()).isEqualTo(422);
        assertThat(badEnum.<List<String>>json("$.errors[*].field")).containsExactly("industry");
    }

    @Test
    void shouldRefuseDuplicatesWithConflictAndWriteNothing() {
        Response duplicateCommunity = admin.post("/api/communities", """
                {"communityId":"32030101","centreId":"32030001","name":"重复","address":"x","propertyCompanyCode":"PROP-YUNLONG"}""");
        assertThat(duplicateCommunity.status()).isEqualTo(409);
        assertThat(duplicateCommunity.<List<String>>json("$.errors[*].field")).containsExactly("communityId");
        assertThat(admin.get("/api/communities/32030101").<String>json("$.name")).isEqualTo("彭城花园");

        Response duplicatePsam = admin.post("/api/terminals", """
                {"terminalId":"32030199","psamId":"3203000000A1","kind":"FEE_TERMINAL","communityId":"32030101",
                 "model":"POS-T8","serialNo":"SN-X","channel":"HTTP"}""");
        assertThat(duplicatePsam.status()).isEqualTo(409);
        assertThat(duplicatePsam.body()).contains("PSAM 3203000000A1 is already in terminal 32030101");
        assertThat(admin.get("/api/terminals/32030199").status()).isEqualTo(404);

        Response sameCertificate = admin.post("/api/cardholders", """
                {"name":"李雷","holderCategory":"ADULT","certificateType":"RESIDENT_ID",
                 "certificateNumber":"440524188001010014"}""");
        assertThat(sameCertificate.status()).as(sameCertificate.body()).isEqualTo(201);
        Response again = admin.post("/api/cardholders", """
                {"name":"李雷","holderCategory":"ADULT","certificateType":"RESIDENT_ID",
                 "certificateNumber":"440524188001010014"}""");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.<List<String>>json("$.errors[*].field")).containsExactly("certificateNumber");
    }

    @Test
    void shouldCheckReferencesAndCombinationsOfFields() {
        Response busCompany = admin.post("/api/communities", """
                {"communityId":"32030199","centreId":"32030001","name":"x","address":"x","propertyCompanyCode":"BUS-XZ"}""");
        assertThat(busCompany.status()).isEqualTo(422);
        assertThat(busCompany.body()).contains("not a property company");

        Response incompleteTerminal = admin.post("/api/terminals", """
                {"terminalId":"32030198","kind":"FEE_TERMINAL","communityId":"32030101","outletId":"32039001",
                 "model":"POS-T8","serialNo":"SN-Y","channel":"SFTP","sftpSchedule":"every day"}""");
        assertThat(incompleteTerminal.status()).isEqualTo(422);
        assertThat(incompleteTerminal.<List<String>>json("$.errors[*].field")).containsExactlyInAnyOrder(
                "outletId", "psamId", "sftpHost", "sftpPort", "sftpUser", "sftpPath", "sftpSchedule");

        Response badCheckCharacter = admin.post("/api/cardholders", """
                {"name":"王五","holderCategory":"ADULT","certificateType":"RESIDENT_ID","certificateNumber":"110105194912310021"}""");
        assertThat(badCheckCharacter.status()).isEqualTo(422);
        assertThat(badCheckCharacter.body()).contains("check character");

        Response badPeriod = admin.post("/api/resource-parties/BUS-XZ/contracts", """
                {"contractNo":"C-BAD","title":"x","validFrom":"2026-12-01","validUntil":"2026-11-30",
                 "settlementAccount":"62220200000000","settlementBank":"x"}""");
        assertThat(badPeriod.status()).isEqualTo(422);
        assertThat(badPeriod.<List<String>>json("$.errors[*].field")).containsExactly("validUntil");

        Response unknownCentre = admin.post("/api/communities", """
                {"communityId":"32030197","centreId":"39999999","name":"x","address":"x","propertyCompanyCode":"PROP-YUNLONG"}""");
        assertThat(unknownCentre.status()).isEqualTo(422);
        assertThat(unknownCentre.body()).contains("no property centre 39999999");
        assertThat(admin.get("/api/communities/32030197").status()).isEqualTo(404);
    }
}
