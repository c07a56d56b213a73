package cn.lianxin.onecard.app.household;

import cn.lianxin.onecard.rules.propertyfee.BuildingType;
import cn.lianxin.onecard.rules.propertyfee.FeeClass;
import cn.lianxin.onecard.rules.propertyfee.HolderCategory;
import cn.lianxin.onecard.rules.propertyfee.Household;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The property-fee facts of every active household, read from the archive in one query: the
 * household's community, its fee class and its floor area in hundredths of a m². What the
 * property-fee rules see, mapped from the archive's words to the rules':
 * <ul>
 *   <li>building type: {@code HIGH_RISE} → HIGH_RISE; {@code MID_RISE}, {@code LOW_RISE} →
 *       MULTI_STOREY; {@code VILLA} → VILLA; {@code COMMERCIAL} → SHOP; a {@code COMMERCIAL}
 *       household is a SHOP in any building;</li>
 *   <li>holder category: the category of the household's active card holder — SENIOR,
 *       SUBSIDISED, STAFF as they are, everything else (and no holder) STANDARD;</li>
 *   <li>vacant: occupancy {@code VACANT}.</li>
 * </ul>
 */
@Component
public class HouseholdFeeFacts {

    private final JdbcTemplate jdbc;

    public HouseholdFeeFacts(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Every active household, ordered by id. */
    public List<Household> all() {
        List<Household> households = new ArrayList<>();
        jdbc.query("select h.household_id, h.community_id, b.building_type, h.household_type, h.occupancy, h.floor_area, "
                + "(select min(c.holder_category) from cardholder c where c.household_id = h.household_id and c.active) "
                + "from household h join building b on b.building_id = h.building_id where h.active order by h.household_id",
                row -> {
                    households.add(new Household(row.getString(1), centiM2(row.getBigDecimal(6)),
                            new FeeClass(row.getString(2), buildingType(row.getString(3), row.getString(4)),
                                    holderCategory(row.getString(7)), "VACANT".equals(row.getString(5)))));
                });
        return households;
    }

    static long centiM2(BigDecimal squareMetres) {
        return squareMetres.movePointRight(2).longValueExact();
    }

    static BuildingType buildingType(String building, String householdType) {
        if ("COMMERCIAL".equals(householdType)) {
            return BuildingType.SHOP;
        }
        return switch (building) {
            case "HIGH_RISE" -> BuildingType.HIGH_RISE;
            case "MID_RISE", "LOW_RISE" -> BuildingType.MULTI_STOREY;
            case "VILLA" -> BuildingType.VILLA;
            case "COMMERCIAL" -> BuildingType.SHOP;
            default -> throw new IllegalStateException("building type " + building + " has no fee building type");
        };
    }

    static HolderCategory holderCategory(String category) {
        if (category == null) {
            return HolderCategory.STANDARD;
        }
        return switch (category) {
            case "SENIOR" -> HolderCategory.SENIOR;
            case "SUBSIDISED" -> HolderCategory.SUBSIDISED;
            case "STAFF" -> HolderCategory.STAFF;
            default -> HolderCategory.STANDARD;
        };
    }
}
