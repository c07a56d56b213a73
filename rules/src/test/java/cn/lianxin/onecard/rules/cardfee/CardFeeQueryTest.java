package cn.lianxin.onecard.rules.cardfee;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class CardFeeQueryTest {

    @ParameterizedTest(name = "issued {0}, today {1}: {2} months")
    @CsvSource({
            "2025-03-15, 2025-03-15, 0",
            "2025-03-15, 2026-03-14, 11",
            "2025-03-15, 2026-03-15, 12",
            "2024-02-29, 2025-02-28, 11",
            "2024-02-29, 2025-03-01, 12",
            "2025-01-31, 2025-02-28, 0",
            "2025-01-31, 2025-03-31, 2",
    })
    void shouldCountWholeMonthsSinceIssue(LocalDate issuedOn, LocalDate today, long months) {
        assertThat(new CardFeeQuery("01", CardOperation.RETURN, issuedOn, today, false).monthsSinceIssue())
                .isEqualTo(months);
    }

    @Test
    void shouldRefuseACardIssuedAfterToday() {
        assertThatThrownBy(() -> new CardFeeQuery("01", CardOperation.RETURN, LocalDate.of(2026, 12, 1),
                LocalDate.of(2026, 11, 24), false))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("card issued on 2026-12-01 is after today (2026-11-24)");
    }

    @Test
    void shouldRefuseAFeeThatIsNegative() {
        CardFeeQuery q = new CardFeeQuery("01", CardOperation.RETURN, LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 11, 24), false);

        assertThatThrownBy(() -> CardFee.decided(q, -1, "r", "because"))
                .hasMessage("rule 'r' gives a negative fee: -1 fen");
    }
}
