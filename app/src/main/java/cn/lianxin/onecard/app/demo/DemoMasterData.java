package cn.lianxin.onecard.app.demo;

import cn.lianxin.onecard.app.cardholder.CertificateDigest;
import cn.lianxin.onecard.app.cardholder.ResidentIdNumber;
import cn.lianxin.onecard.app.security.IdentityBootstrap;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo master data, loaded once into an empty database: property centre 32030001 with three
 * communities of 200 households each, cardholders and cards for the occupied households, card
 * types, fee terminals, door controllers, outlets and their readers. It contains every party of
 * the example upload in docs/specs/interfaces.md §3.1. The content is the same on every load
 * (fixed seed), so tests and the README can name it.
 */
@Component
@Order(20)
@ConditionalOnProperty(name = "onecard.demo.master-data", havingValue = "true")
public class DemoMasterData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoMasterData.class);

    public static final String CENTRE_ID = "32030001";
    public static final List<String> COMMUNITY_IDS = List.of("32030101", "32030102", "32030103");
    public static final int HOUSEHOLDS_PER_COMMUNITY = 200;
    /** The billing period of the demo bills: the month of the spec's example upload. */
    public static final String DEMO_BILLING_PERIOD = "202611";
    static final int DEMO_FEE_FEN_PER_M2 = 175;

    /** The two cards of the spec's example upload, and the reported-lost card of its blacklist. */
    /**
     * Wallets of the spec's example cards before its upload: card 0001 pays 156.00 from 500.00 with
     * counter 12, card 0002 pays 234.50 from 234.50 with counter 3 (interfaces.md §3.1: amount 0000023450).
     */
    static final Map<String, long[]> FIXED_WALLETS = Map.of(
            "3203000000000001", new long[] {50000, 11},
            "3203000000000002", new long[] {23450, 2},
            "3203000000000009", new long[] {1200, 5});

    static final Map<String, String[]> FIXED_CARDS = Map.of(
            "000000001234", new String[] {"3203000000000001", "A1B2C3D4", "ACTIVE"},
            "000000001235", new String[] {"3203000000000002", "0F1E2D3C", "ACTIVE"},
            "000000001236", new String[] {"3203000000000009", "11223344", "LOST"});

    private static final String[] SURNAMES = {"王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙", "马", "朱", "胡"};
    private static final String[] GIVEN = {"伟", "芳", "娜", "敏", "静", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟", "涛", "明", "超", "秀英", "桂英", "建华", "志强"};

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final IdentityBootstrap identity;
    private final Clock clock;

    public DemoMasterData(JdbcTemplate jdbc, TransactionTemplate transaction, IdentityBootstrap identity, Clock clock) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.identity = identity;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        Integer present = jdbc.queryForObject("select count(*) from property_centre where centre_id = ?", Integer.class, CENTRE_ID);
        if (present != null && present > 0) {
            log.info("Demo master data already present (centre {}); not loading again", CENTRE_ID);
        } else {
            transaction.executeWithoutResult(status -> load());
        }
        jdbc.query("select community_id, name from community", row -> {
            identity.ensureCommunityGroup(row.getString(1), row.getString(2));
        });
    }

    private void load() {
        Timestamp now = Timestamp.from(clock.instant());
        Random random = new Random(20261124L);
        parties(now);
        jdbc.update("insert into property_centre (centre_id, name, address, created_at, updated_at) values (?, ?, ?, ?, ?)",
                CENTRE_ID, "徐州市物业IC卡管理中心", "徐州市云龙区和平路118号", now, now);
        String[][] communities = {
                {"32030101", "彭城花园", "徐州市鼓楼区彭城路66号", "PROP-PENGCHENG"},
                {"32030102", "云龙湖畔", "徐州市泉山区湖东路8号", "PROP-YUNLONG"},
                {"32030103", "汉风苑", "徐州市云龙区汉风路20号", "PROP-PENGCHENG"}};
        for (String[] c : communities) {
            jdbc.update("insert into community (community_id, centre_id, name, address, property_company_code, created_at, updated_at) "
                    + "values (?, ?, ?, ?, ?, ?, ?)", c[0], CENTRE_ID, c[1], c[2], c[3], now, now);
        }
        cardTypes(now);
        List<String> households = new ArrayList<>();
        for (int c = 0; c < communities.length; c++) {
            households.addAll(buildingsAndHouseholds(communities[c][0], c + 1, random, now));
        }
        Map<String, Long> holders = cardholders(households, random, now);
        cards(holders, random, now);
        terminalsAndOutlets(now);
        bills(now);
        log.info("Loaded demo master data: centre {}, {} communities, {} households, {} cardholders with cards",
                CENTRE_ID, communities.length, households.size(), holders.size());
    }

    private void parties(Timestamp now) {
        String[][] parties = {
                {"BUS-XZ", "徐州公交集团有限公司", "BUS", "周建国", "0516-83720000"},
                {"PROP-PENGCHENG", "彭城物业服务有限公司", "PROPERTY", "李慧", "0516-85550101"},
                {"PROP-YUNLONG", "云龙物业管理有限公司", "PROPERTY", "张伟", "0516-85550202"},
                {"PARK-XZ", "徐州市停车管理有限公司", "OTHER", "王军", "0516-85550303"}};
        jdbc.batchUpdate("insert into resource_party (party_code, name, industry, contact_person, contact_phone, created_at, updated_at) "
                + "values (?, ?, ?, ?, ?, ?, ?)", rows(parties, now));
        String[][] contracts = {
                {"C2026-BUS-001", "BUS-XZ", "公交消费清分结算协议", "6222020000000000001", "中国工商银行徐州分行"},
                {"C2026-PROP-001", "PROP-PENGCHENG", "物业费代收清分结算协议", "6228480000000000002", "中国农业银行徐州分行"},
                {"C2026-PROP-002", "PROP-YUNLONG", "物业费代收清分结算协议", "6217000000000000003", "中国建设银行徐州分行"},
                {"C2026-PARK-001", "PARK-XZ", "停车费代收清分结算协议", "6216600000000000004", "中国银行徐州分行"}};
        List<Object[]> contractRows = new ArrayList<>();
        for (String[] c : contracts) {
            contractRows.add(new Object[] {c[0], c[1], c[2], Date.valueOf(LocalDate.of(2026, 1, 1)), c[3], c[4], now, now});
        }
        jdbc.batchUpdate("insert into party_contract (contract_no, party_code, title, valid_from, settlement_account, "
                + "settlement_bank, created_at, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?)", contractRows);
        // information access: property companies the property sectors 0-7; the bus company and the
        // parking company what their terminals need to debit the wallet and keep its records
        Map<String, int[]> grants = Map.of("PROP-PENGCHENG", new int[] {0, 1, 2, 3, 4, 5, 6, 7},
                "PROP-YUNLONG", new int[] {0, 1, 2, 3, 4, 5, 6, 7}, "BUS-XZ", new int[] {0, 1, 2, 3, 4, 5},
                "PARK-XZ", new int[] {0, 1, 2, 3, 4, 5});
        List<Object[]> grantRows = new ArrayList<>();
        grants.forEach((party, sectors) -> {
            for (int sector : sectors) {
                grantRows.add(new Object[] {party, sector, now, "demo"});
            }
        });
        jdbc.batchUpdate("insert into sector_grant (party_code, sector, granted_at, granted_by) values (?, ?, ?, ?)", grantRows);
    }

    private void cardTypes(Timestamp now) {
        Object[][] types = {
                {"01", "普通卡", 2000L, 120, new String[] {"ADULT", "STAFF"}},
                {"02", "学生卡", 1000L, 72, new String[] {"STUDENT"}},
                {"03", "敬老卡", 0L, 120, new String[] {"SENIOR"}},
                {"04", "优惠卡", 1000L, 60, new String[] {"SUBSIDISED"}}};
        List<Object[]> categories = new ArrayList<>();
        for (Object[] t : types) {
            jdbc.update("insert into card_type (card_type_code, name, deposit_fen, validity_months, created_at, updated_at) "
                    + "values (?, ?, ?, ?, ?, ?)", t[0], t[1], t[2], t[3], now, now);
            for (String category : (String[]) t[4]) {
                categories.add(new Object[] {t[0], category});
            }
        }
        jdbc.batchUpdate("insert into card_type_category (card_type_code, holder_category) values (?, ?)", categories);
    }

    /** 5 buildings × 2 units × 10 floors × 2 rooms; household ids n100..n299 for the n-th community. */
    private List<String> buildingsAndHouseholds(String communityId, int ordinal, Random random, Timestamp now) {
        String[] types = {"HIGH_RISE", "HIGH_RISE", "HIGH_RISE", "MID_RISE", "LOW_RISE"};
        int[] floors = {18, 18, 18, 11, 6};
        List<Object[]> buildingRows = new ArrayList<>();
        for (int b = 0; b < types.length; b++) {
            buildingRows.add(new Object[] {communityId, String.valueOf(b + 1), (b + 1) + "号楼", types[b], floors[b], now, now});
        }
        jdbc.batchUpdate("insert into building (community_id, building_no, name, building_type, floors, created_at, updated_at) "
                + "values (?, ?, ?, ?, ?, ?, ?)", buildingRows);
        Map<String, Long> buildingIds = new HashMap<>();
        jdbc.query("select building_no, building_id from building where community_id = ?",
                row -> { buildingIds.put(row.getString(1), row.getLong(2)); }, communityId);

        List<Object[]> rows = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        int index = 0;
        for (int b = 1; b <= types.length; b++) {
            for (int unit = 1; unit <= 2; unit++) {
                for (int floor = 1; floor <= 10; floor++) {
                    for (int room = 1; room <= 2; room++) {
                        String householdId = String.format("%012d", ordinal * 1000 + 100 + index++);
                        BigDecimal area = BigDecimal.valueOf(6000 + random.nextInt(8001), 2);
                        int draw = random.nextInt(100);
                        String occupancy = FIXED_CARDS.containsKey(householdId) || draw < 80 ? "OCCUPIED"
                                : draw < 92 ? "RENTED" : "VACANT";
                        String type = random.nextInt(10) == 0 ? "AFFORDABLE" : "RESIDENTIAL";
                        rows.add(new Object[] {householdId, communityId, buildingIds.get(String.valueOf(b)),
                                String.valueOf(unit), String.valueOf(floor * 100 + room), area, type, occupancy, now, now});
                        ids.add(householdId);
                    }
                }
            }
        }
        jdbc.batchUpdate("insert into household (household_id, community_id, building_id, unit_no, room_no, floor_area, "
                + "household_type, occupancy, created_at, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows);
        return ids;
    }

    /** One holder for every household that is not vacant; returns household id → holder id. */
    private Map<String, Long> cardholders(List<String> households, Random random, Timestamp now) {
        Map<String, String> occupancy = new HashMap<>();
        jdbc.query("select household_id, occupancy from household", row -> {
            occupancy.put(row.getString(1), row.getString(2));
        });
        List<Object[]> rows = new ArrayList<>();
        for (String householdId : households) {
            if ("VACANT".equals(occupancy.get(householdId))) {
                continue;
            }
            String name = SURNAMES[random.nextInt(SURNAMES.length)] + GIVEN[random.nextInt(GIVEN.length)];
            int draw = random.nextInt(100);
            String category = draw < 70 ? "ADULT" : draw < 85 ? "SENIOR" : draw < 90 ? "STUDENT" : draw < 95 ? "STAFF" : "SUBSIDISED";
            if (FIXED_CARDS.containsKey(householdId)) {
                category = "ADULT";
            }
            CertificateDigest certificate = CertificateDigest.of(residentId(householdId, category, random));
            String phone = "139" + String.format("%08d", random.nextInt(100_000_000));
            rows.add(new Object[] {name, category, "RESIDENT_ID", certificate.saltHex(), certificate.hashHex(),
                    certificate.last4(), phone, householdId, now, now});
        }
        jdbc.batchUpdate("insert into cardholder (name, holder_category, certificate_type, certificate_salt, certificate_hash, "
                + "certificate_last4, phone, household_id, created_at, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows);
        Map<String, Long> holders = new HashMap<>();
        jdbc.query("select household_id, cardholder_id from cardholder where household_id is not null",
                row -> { holders.put(row.getString(1), row.getLong(2)); });
        return holders;
    }

    private void cards(Map<String, Long> holders, Random random, Timestamp now) {
        Map<String, String> categories = new HashMap<>();
        jdbc.query("select cardholder_id, holder_category from cardholder", row -> {
            categories.put(String.valueOf(row.getLong(1)), row.getString(2));
        });
        Map<String, Object[]> types = new HashMap<>();
        jdbc.query("select t.card_type_code, t.deposit_fen, t.validity_months, c.holder_category from card_type t "
                + "join card_type_category c on c.card_type_code = t.card_type_code", row -> {
            types.put(row.getString(4), new Object[] {row.getString(1), row.getLong(2), row.getInt(3)});
        });
        Set<String> uids = new HashSet<>();
        FIXED_CARDS.values().forEach(card -> uids.add(card[1]));
        List<Object[]> rows = new ArrayList<>();
        long serial = 100;
        for (String householdId : holders.keySet().stream().sorted().toList()) {
            Long holderId = holders.get(householdId);
            Object[] type = types.get(categories.get(String.valueOf(holderId)));
            String[] fixed = FIXED_CARDS.get(householdId);
            String cardNo;
            String uid;
            String status;
            if (fixed != null) {
                cardNo = fixed[0];
                uid = fixed[1];
                status = fixed[2];
            } else {
                cardNo = String.format("3203%012d", serial++);
                do {
                    uid = String.format("%08X", random.nextInt());
                } while (!uids.add(uid));
                status = "ACTIVE";
            }
            LocalDate issued = LocalDate.of(2026, 1, 1).plusDays(random.nextInt(300));
            rows.add(new Object[] {cardNo, uid, type[0], holderId, status, type[1], Date.valueOf(issued),
                    Date.valueOf(issued.plusMonths((Integer) type[2])), now, now});
        }
        jdbc.batchUpdate("insert into card (card_no, uid, card_type_code, cardholder_id, status, deposit_fen, issued_on, "
                + "expires_on, created_at, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows);
        wallets(rows, random, now);
    }

    /**
     * The wallets the centre knows of the demo cards: one recharge at an outlet that explains
     * each balance, and a shadow account in step with it.
     */
    private void wallets(List<Object[]> cards, Random random, Timestamp now) {
        List<Object[]> shadows = new ArrayList<>();
        List<Object[]> recharges = new ArrayList<>();
        for (Object[] card : cards) {
            String cardNo = (String) card[0];
            long[] wallet = FIXED_WALLETS.getOrDefault(cardNo,
                    new long[] {random.nextInt(4) == 0 ? 0 : 100 * (1 + random.nextInt(300)), 0});
            int counter = wallet[0] == 0 ? 0 : (int) Math.max(1, wallet[1] == 0 ? 1 + random.nextInt(20) : wallet[1]);
            shadows.add(new Object[] {cardNo, wallet[0], counter, now});
            if (wallet[0] > 0) {
                recharges.add(new Object[] {cardNo, "RECHARGE", wallet[0], wallet[0], counter, "32039101", now, now});
            }
        }
        jdbc.batchUpdate("insert into shadow_account (card_no, balance_fen, card_counter, updated_at) values (?, ?, ?, ?)",
                shadows);
        // a card reported lost is on the blacklist (reason 01) from the moment of the report
        jdbc.update("insert into blacklist_entry (card_no, reason, listed_at, listed_by) select card_no, '01', ?, 'demo' "
                + "from card where status = 'LOST'", now);
        jdbc.batchUpdate("insert into wallet_transaction (card_no, kind, amount_fen, balance_after_fen, card_counter, place, "
                + "occurred_at, recorded_at) values (?, ?, ?, ?, ?, ?, ?, ?)", recharges);
    }

    /**
     * This month's property-fee bill (period {@value #DEMO_BILLING_PERIOD}, due the last day of the
     * month) for every household that is not vacant. The two of the spec's example upload owe what
     * the example pays (15600 and 23450 fen); the others owe their floor area at the demo price of
     * {@value #DEMO_FEE_FEN_PER_M2} fen per m², rounded half up to whole fen. Monthly billing by the
     * property-fee rules replaces this in a later issue.
     */
    private void bills(Timestamp now) {
        LocalDate due = LocalDate.of(2026, 11, 30);
        jdbc.update("insert into bill (household_id, community_id, billing_period, bill_kind, amount_fen, due_date, status, "
                + "issued_at, updated_at) select household_id, community_id, ?, 'PROPERTY', "
                + "case household_id when '000000001234' then 15600 when '000000001235' then 23450 "
                + "else cast(round(floor_area * " + DEMO_FEE_FEN_PER_M2 + ", 0) as bigint) end, ?, 'OPEN', ?, ? "
                + "from household where occupancy <> 'VACANT'", DEMO_BILLING_PERIOD, Date.valueOf(due), now, now);
    }

    private void terminalsAndOutlets(Timestamp now) {
        jdbc.batchUpdate("insert into outlet (outlet_id, name, address, created_at, updated_at) values (?, ?, ?, ?, ?)", List.of(
                new Object[] {"32039001", "连心卡彭城广场服务网点", "徐州市鼓楼区彭城广场1号", now, now},
                new Object[] {"32039002", "连心卡火车站服务网点", "徐州市云龙区复兴南路1号", now, now}));
        String sql = "insert into terminal (terminal_id, psam_id, kind, community_id, outlet_id, model, serial_no, channel, "
                + "inbox_dir, sftp_host, sftp_port, sftp_user, sftp_path, sftp_schedule, created_at, updated_at) "
                + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
        List<Object[]> rows = new ArrayList<>();
        // community 32030101: leased line, files dropped into its inbox directory
        String inbox = "data/exchange/32030101/in";
        rows.add(terminal("32030101", "3203000000A1", "FEE_TERMINAL", "32030101", "INBOX", inbox, now));
        rows.add(terminal("32030102", "3203000000A2", "FEE_TERMINAL", "32030101", "INBOX", inbox, now));
        rows.add(terminal("32030111", null, "DOOR_CONTROLLER", "32030101", "INBOX", inbox, now));
        rows.add(terminal("32030112", null, "DOOR_CONTROLLER", "32030101", "INBOX", inbox, now));
        // community 32030102: dial-up, the centre collects from its SFTP server every 30 minutes
        rows.add(terminal("32030201", "3203000000B1", "FEE_TERMINAL", "32030102", "SFTP", null, now));
        rows.add(terminal("32030211", null, "DOOR_CONTROLLER", "32030102", "SFTP", null, now));
        rows.add(terminal("32030212", null, "DOOR_CONTROLLER", "32030102", "SFTP", null, now));
        // community 32030103: uploads over HTTP
        rows.add(terminal("32030301", "3203000000C1", "FEE_TERMINAL", "32030103", "HTTP", null, now));
        rows.add(terminal("32030311", null, "DOOR_CONTROLLER", "32030103", "HTTP", null, now));
        rows.add(terminal("32030312", null, "DOOR_CONTROLLER", "32030103", "HTTP", null, now));
        jdbc.batchUpdate(sql, rows);
        jdbc.batchUpdate(sql, List.of(
                new Object[] {"32039101", "3203000000F1", "OUTLET_READER", null, "32039001", "ACR122U", "OR-0001", "HTTP",
                        null, null, null, null, null, null, now, now},
                new Object[] {"32039102", "3203000000F2", "OUTLET_READER", null, "32039002", "ACR122U", "OR-0002", "HTTP",
                        null, null, null, null, null, null, now, now}));
    }

    private static Object[] terminal(String id, String psam, String kind, String community, String channel, String inbox,
                                     Timestamp now) {
        boolean sftp = channel.equals("SFTP");
        return new Object[] {id, psam, kind, community, null, kind.equals("DOOR_CONTROLLER") ? "MJ-200" : "POS-T8",
                "SN" + id, channel, inbox, sftp ? "127.0.0.1" : null, sftp ? 2222 : null, sftp ? "c" + community : null,
                sftp ? "/exchange" : null, sftp ? "0 0/30 * * * *" : null, now, now};
    }

    /** A well-formed resident identity number (region 320302, a birth date, a sequence, ISO 7064 check). */
    static String residentId(String householdId, String category, Random random) {
        int birthYear = switch (category) {
            case "SENIOR" -> 1940 + random.nextInt(20);
            case "STUDENT" -> 2005 + random.nextInt(8);
            default -> 1960 + random.nextInt(40);
        };
        String body = String.format("320302%04d%02d%02d%s", birthYear, 1 + random.nextInt(12), 1 + random.nextInt(28),
                householdId.substring(9));
        return body + ResidentIdNumber.checkCharacter(body);
    }

    private static List<Object[]> rows(String[][] values, Timestamp now) {
        List<Object[]> rows = new ArrayList<>();
        for (String[] value : values) {
            Object[] row = new Object[value.length + 2];
            System.arraycopy(value, 0, row, 0, value.length);
            row[value.length] = now;
            row[value.length + 1] = now;
            rows.add(row);
        }
        return rows;
    }
}
