package cn.lianxin.onecard.app.card;

import static org.assertj.core.api.Assertions.assertThat;

import cn.lianxin.onecard.app.card.TapComparison.Anomaly;
import cn.lianxin.onecard.app.card.TapComparison.Finding;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TapComparisonTest {

    @ParameterizedTest(name = "card {0} fen #{1}, shadow {2} fen #{3}, recorded at card counter {4} → {5}")
    @CsvSource(nullValues = "-", value = {
            // in step with the records
            "34400, 12, 34400, 12, 34400, -",
            // offline debits not uploaded yet: ahead in counter, behind in balance
            "33900, 13, 34400, 12, -,     -",
            // money no outlet counted
            "90000, 13, 34400, 12, -,     BALANCE_ABOVE_SHADOW",
            // an old image of the card written back
            "50000, 11, 34400, 12, -,     COUNTER_WENT_BACK",
            // a clone: same counter, other balance
            "20000, 12, 34400, 12, 34400, CLONE_SUSPECTED"})
    void shouldFlagWhatTheRecordsDoNotExplain(long cardBalance, int cardCounter, long shadowBalance, int shadowCounter,
                                              Long recorded, Anomaly expected) {
        List<Finding> findings = TapComparison.compare(cardBalance, cardCounter, shadowBalance, shadowCounter,
                recorded == null ? OptionalLong.empty() : OptionalLong.of(recorded));

        if (expected == null) {
            assertThat(findings).isEmpty();
        } else {
            assertThat(findings).extracting(Finding::anomaly).contains(expected);
            assertThat(findings).allSatisfy(finding -> assertThat(finding.detail()).isNotBlank());
        }
    }

    @ParameterizedTest
    @CsvSource({"50000, 11, 34400, 12"})
    void shouldReportACounterThatWentBackTogetherWithTooMuchMoney(long cardBalance, int cardCounter, long shadowBalance,
                                                                 int shadowCounter) {
        assertThat(TapComparison.compare(cardBalance, cardCounter, shadowBalance, shadowCounter, OptionalLong.empty()))
                .extracting(Finding::anomaly)
                .containsExactly(Anomaly.COUNTER_WENT_BACK, Anomaly.BALANCE_ABOVE_SHADOW);
    }
}
