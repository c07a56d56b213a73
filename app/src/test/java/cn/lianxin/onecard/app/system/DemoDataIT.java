package cn.lianxin.onecard.app.system;

import static org.assertj.core.api.Assertions.assertThat;

import cn.lianxin.onecard.app.demo.DemoMasterData;
import cn.lianxin.onecard.app.support.PostgresIntegrationTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.jdbc.core.JdbcTemplate;

/** The demo data holds every party the interface spec's example upload names, and loads once. */
@PostgresIntegrationTest
class DemoDataIT {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DemoMasterData demoMasterData;

    @Test
    void shouldHoldThePartiesOfTheSpecsExampleUpload() {
        assertThat(jdbc.queryForMap("select centre_id from community where community_id = '32030101'"))
                .containsEntry("centre_id", "32030001");
        assertThat(jdbc.queryForList("select terminal_id, psam_id from terminal where community_id = '32030101' "
                + "and kind = 'FEE_TERMINAL' order by terminal_id")).containsExactly(
                Map.of("terminal_id", "32030101", "psam_id", "3203000000A1"),
                Map.of("terminal_id", "32030102", "psam_id", "3203000000A2"));
        assertThat(jdbc.queryForList("select c.card_no, c.uid, h.household_id, h.community_id, c.status from card c "
                + "join cardholder ch on ch.cardholder_id = c.cardholder_id join household h on h.household_id = ch.household_id "
                + "where c.card_no in ('3203000000000001', '3203000000000002') order by c.card_no")).containsExactly(
                Map.of("card_no", "3203000000000001", "uid", "A1B2C3D4", "household_id", "000000001234",
                        "community_id", "32030101", "status", "ACTIVE"),
                Map.of("card_no", "3203000000000002", "uid", "0F1E2D3C", "household_id", "000000001235",
                        "community_id", "32030101", "status", "ACTIVE"));
    }

    @Test
    void shouldHoldAboutSixHundredHouseholdsWithHoldersAndCardsForMost() {
        Map<String, Object> counts = jdbc.queryForMap("select (select count(*) from household) as households, "
                + "(select count(*) from cardholder) as holders, (select count(*) from card) as cards, "
                + "(select count(*) from community where centre_id = '32030001') as communities");
        assertThat(((Number) counts.get("households")).intValue()).isEqualTo(600);
        assertThat(((Number) counts.get("communities")).intValue()).isEqualTo(3);
        assertThat(((Number) counts.get("holders")).intValue()).isBetween(480, 599);
        assertThat(((Number) counts.get("cards")).intValue()).isEqualTo(((Number) counts.get("holders")).intValue());
        List<String> types = jdbc.queryForList("select distinct kind from terminal where community_id is not null order by kind",
                String.class);
        assertThat(types).containsExactly("DOOR_CONTROLLER", "FEE_TERMINAL");
        assertThat(jdbc.queryForObject("select count(*) from outlet", Integer.class)).isEqualTo(2);
    }

    @Test
    void shouldGiveTheExampleCardsTheWalletsTheExampleUploadStartsFrom() {
        assertThat(jdbc.queryForList("select card_no, balance_fen, card_counter from shadow_account "
                + "where card_no in ('3203000000000001', '3203000000000002') order by card_no")).containsExactly(
                Map.of("card_no", "3203000000000001", "balance_fen", 50000L, "card_counter", 11),
                Map.of("card_no", "3203000000000002", "balance_fen", 23450L, "card_counter", 2));
        // every shadow balance is explained by the recorded transactions
        assertThat(jdbc.queryForObject("select count(*) from shadow_account s where s.balance_fen <> coalesce((select "
                + "sum(case when t.kind in ('RECHARGE', 'TRANSFER_IN') then t.amount_fen else -t.amount_fen end) "
                + "from wallet_transaction t where t.card_no = s.card_no), 0)", Integer.class)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from card c where not exists "
                + "(select 1 from shadow_account s where s.card_no = c.card_no)", Integer.class)).isZero();
    }

    @Test
    void shouldOweThisMonthsBillsTheExampleUploadPays() {
        assertThat(jdbc.queryForList("select household_id, billing_period, bill_kind, amount_fen, paid_fen, status from bill "
                + "where household_id in ('000000001234', '000000001235') order by household_id")).containsExactly(
                Map.of("household_id", "000000001234", "billing_period", "202611", "bill_kind", "PROPERTY",
                        "amount_fen", 15600L, "paid_fen", 0L, "status", "OPEN"),
                Map.of("household_id", "000000001235", "billing_period", "202611", "bill_kind", "PROPERTY",
                        "amount_fen", 23450L, "paid_fen", 0L, "status", "OPEN"));
        // every household that is not vacant owes one bill: its area at 1.75 yuan/m², to the nearest fen
        assertThat(jdbc.queryForObject("select count(*) from household h where occupancy <> 'VACANT' and 1 <> "
                + "(select count(*) from bill b where b.household_id = h.household_id)", Integer.class)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from bill b join household h on h.household_id = b.household_id "
                + "where b.household_id not in ('000000001234', '000000001235') "
                + "and abs(b.amount_fen * 100 - h.floor_area * 17500) > 50", Integer.class)).isZero();
    }

    @Test
    void shouldLoadOnlyOnce() throws Exception {
        Integer before = jdbc.queryForObject("select count(*) from household", Integer.class);

        demoMasterData.run(new DefaultApplicationArguments());

        assertThat(jdbc.queryForObject("select count(*) from household", Integer.class)).isEqualTo(before);
    }

    @Test
    void shouldNotCreateDemoUsersOnTheProductionProfile() {
        assertThat(jdbc.queryForList("select id_ from act_id_user where id_ in ('clerk', 'staff101', 'finance')")).isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from act_id_membership where user_id_ = 'admin' "
                + "and group_id_ = 'centre-admin'", Integer.class)).isEqualTo(1);
    }
}
