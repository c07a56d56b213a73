package cn.lianxin.onecard.app.household;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.lianxin.onecard.rules.propertyfee.BuildingType;
import cn.lianxin.onecard.rules.propertyfee.HolderCategory;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** How the archive's words become the property-fee rules' facts. */
class HouseholdFeeFactsTest {

    @Test
    void shouldReadTheAreaExactlyInHundredthsOfASquareMetre() {
        assertThat(HouseholdFeeFacts.centiM2(new BigDecimal("89.35"))).isEqualTo(8935);
        assertThat(HouseholdFeeFacts.centiM2(new BigDecimal("120.00"))).isEqualTo(12000);
    }

    @Test
    void shouldMapBuildingTypesAndMakeACommercialHouseholdAShopAnywhere() {
        assertThat(HouseholdFeeFacts.buildingType("HIGH_RISE", "RESIDENTIAL")).isEqualTo(BuildingType.HIGH_RISE);
        assertThat(HouseholdFeeFacts.buildingType("MID_RISE", "AFFORDABLE")).isEqualTo(BuildingType.MULTI_STOREY);
        assertThat(HouseholdFeeFacts.buildingType("LOW_RISE", "RESIDENTIAL")).isEqualTo(BuildingType.MULTI_STOREY);
        assertThat(HouseholdFeeFacts.buildingType("VILLA", "RESIDENTIAL")).isEqualTo(BuildingType.VILLA);
        assertThat(HouseholdFeeFacts.buildingType("COMMERCIAL", "RESIDENTIAL")).isEqualTo(BuildingType.SHOP);
        assertThat(HouseholdFeeFacts.buildingType("HIGH_RISE", "COMMERCIAL")).isEqualTo(BuildingType.SHOP);
        assertThatThrownBy(() -> HouseholdFeeFacts.buildingType("TENT", "RESIDENTIAL")).hasMessageContaining("TENT");
    }

    @Test
    void shouldGiveDiscountCategoriesAsTheyAreAndEveryoneElseStandard() {
        assertThat(HouseholdFeeFacts.holderCategory("SENIOR")).isEqualTo(HolderCategory.SENIOR);
        assertThat(HouseholdFeeFacts.holderCategory("SUBSIDISED")).isEqualTo(HolderCategory.SUBSIDISED);
        assertThat(HouseholdFeeFacts.holderCategory("STAFF")).isEqualTo(HolderCategory.STAFF);
        assertThat(HouseholdFeeFacts.holderCategory("ADULT")).isEqualTo(HolderCategory.STANDARD);
        assertThat(HouseholdFeeFacts.holderCategory("STUDENT")).isEqualTo(HolderCategory.STANDARD);
        assertThat(HouseholdFeeFacts.holderCategory(null)).isEqualTo(HolderCategory.STANDARD);
    }
}
