package cn.lianxin.onecard.rules.cardfee;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CardFeeScenarioParsingTest {

    private static final String HEADER =
            "scenario,card_type,operation,issued_on,today,damaged,expected_fee_fen,expected_rule\n";

    @Test
    void shouldReadTheScenarioAnAnalystWrote() {
        CardFeeScenario s = CardFeeScenario.parse("\uFEFF" + HEADER
                + "\"senior card, lost\",03,replace,2022/10/8,2026-11-24,No,1000,replace-senior\r\n\r\n", "s.csv").get(0);

        assertThat(s.line()).isEqualTo(2);
        assertThat(s.name()).isEqualTo("senior card, lost");
        assertThat(s.query()).isEqualTo(new CardFeeQuery("03", CardOperation.REPLACE, LocalDate.of(2022, 10, 8),
                LocalDate.of(2026, 11, 24), false));
        assertThat(s.expectedStatus()).isEqualTo(CardFee.Status.DECIDED);
        assertThat(s.expectedFeeFen()).isEqualTo(1000);
        assertThat(s.expectedRule()).isEqualTo("replace-senior");
    }

    @Test
    void shouldReadNoneAsTheNoFeeRuleOutcome() {
        CardFeeScenario s = CardFeeScenario.parse(HEADER
                + "unknown,09,RETURN,2026-01-01,2026-11-24,no,none,no-fee-rule\n", "s.csv").get(0);

        assertThat(s.expectedStatus()).isEqualTo(CardFee.Status.NO_FEE_RULE);
    }

    @Test
    void shouldNameLineAndColumnOfAValueItCannotRead() {
        assertThatThrownBy(() -> CardFeeScenario.parse(HEADER
                + "ok,01,RETURN,2026-01-01,2026-11-24,no,500,return-first-year\n"
                + "bad,01,RETURN,2026-01-01,2026-11-24,maybe,500,return-first-year\n", "card-fees.scenarios.csv"))
                .hasMessage("card-fees.scenarios.csv line 3, column damaged ('maybe'): must be yes or no");
    }

    @Test
    void shouldPointAtACardTypeThatLostItsLeadingZero() {
        assertThatThrownBy(() -> CardFeeScenario.parse(HEADER
                + "excel,1,RETURN,2026-01-01,2026-11-24,no,500,return-first-year\n", "s.csv"))
                .hasMessageContaining("s.csv line 2, column card_type ('1')")
                .hasMessageContaining("write 01");
    }

    @Test
    void shouldRefuseAHeaderWithoutARequiredColumn() {
        assertThatThrownBy(() -> CardFeeScenario.parse("scenario,card_type\nx,01\n", "s.csv"))
                .hasMessageContaining("s.csv line 1: the header has no column 'operation'");
    }
}
