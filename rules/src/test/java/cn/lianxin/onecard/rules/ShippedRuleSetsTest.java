package cn.lianxin.onecard.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.lianxin.onecard.rules.cardfee.CardFees;
import cn.lianxin.onecard.rules.engine.CompiledRuleSet;
import cn.lianxin.onecard.rules.engine.RuleResource;
import cn.lianxin.onecard.rules.engine.RuleSetCatalog;
import cn.lianxin.onecard.rules.engine.RuleSetSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ShippedRuleSetsTest {

    private static ShippedRuleSets shipped;

    @BeforeAll
    static void load() {
        shipped = ShippedRuleSets.load();
    }

    @Test
    void shouldLoadEveryRuleSetOfTheCatalogWithExactlyItsRuleCount() {
        RuleSetCatalog catalog = RuleSetCatalog.fromClasspath(getClass().getClassLoader());

        assertThat(shipped.all()).extracting(CompiledRuleSet::name)
                .containsExactlyElementsOf(catalog.sources().stream().map(RuleSetSource::name).sorted().toList());
        for (RuleSetSource source : catalog.sources()) {
            assertThat(shipped.get(source.name()).ruleCount()).as(source.name()).isEqualTo(source.expectedRuleCount());
        }
    }

    @Test
    void shouldLoadTheCardFeeTableAndItsFallbackAsSixRules() {
        CompiledRuleSet cardFees = shipped.get(CardFees.RULE_SET);

        assertThat(cardFees.source().resources()).extracting(RuleResource::name)
                .containsExactly("card-fees.drl.xlsx", "card-fees-fallback.drl");
        assertThat(cardFees.ruleNames()).containsExactly(
                "replace-damaged-first-year",
                "replace-senior", "replace-standard", "return-after-first-year", "return-first-year",
                "no-fee-rule");
        assertThat(shipped.cardFees().ruleSet()).isSameAs(cardFees);
    }

    @Test
    void shouldNameTheShippedRuleSetsWhenAskedForAnother() {
        assertThatThrownBy(() -> shipped.get("parking-fees"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("no shipped rule set parking-fees; shipped: [card-fees, clearing-shares, late-fees, overdue-ladder, property-fees]");
    }
}
