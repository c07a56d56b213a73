package cn.lianxin.onecard.processes.card;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Malformed input is refused at the door, naming the field (interfaces.md §1 forms). */
class CommandRecordsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "application id with a space | APP 1        | 000000001234  | 32030101  | 32030001  | applicationId must be 1-64 letters, digits, '-' or '_', was 'APP 1'",
            "household id of 11 digits   | APP-1        | 00000001234   | 32030101  | 32030001  | householdId must be 12 digits, was '00000001234'",
            "community id with a letter  | APP-1        | 000000001234  | 3203010A  | 32030001  | communityId must be 8 digits, was '3203010A'",
            "outlet id missing           | APP-1        | 000000001234  | 32030101  |           | outletId must be 8 digits, was missing",
    })
    void shouldRefuseAMalformedApplication(String what, String applicationId, String householdId, String communityId,
            String outletId, String message) {
        assertThatThrownBy(() -> new CardApplication(applicationId, 42L, householdId, communityId, outletId, "ADULT"))
                .isInstanceOf(IllegalArgumentException.class).hasMessage(message);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "card number of 15 digits | 320300000000002  | P7D   | cardNumber must be 16 digits, was '320300000000002'",
            "cooling period in words  | 3203000000000002 | 7 days | coolingPeriod must be an ISO 8601 duration such as P7D or PT12H, was '7 days'",
            "cooling period of weeks  | 3203000000000002 | P1W   | coolingPeriod must be an ISO 8601 duration such as P7D or PT12H, was 'P1W'",
            "bare P                   | 3203000000000002 | P     | coolingPeriod must be an ISO 8601 duration such as P7D or PT12H, was 'P'",
            "T without time           | 3203000000000002 | P1DT  | coolingPeriod must be an ISO 8601 duration such as P7D or PT12H, was 'P1DT'",
    })
    void shouldRefuseAMalformedLossReport(String what, String cardNumber, String coolingPeriod, String message) {
        assertThatThrownBy(() -> new LossReport(cardNumber, coolingPeriod))
                .isInstanceOf(IllegalArgumentException.class).hasMessage(message);
    }

    @ParameterizedTest
    @CsvSource({"P7D", "PT12H", "P1DT2H30M", "PT10S", "P1M"})
    void shouldAcceptTheDurationsTheEngineAccepts(String coolingPeriod) {
        assertThat(new LossReport("3203000000000002", coolingPeriod).coolingPeriod()).isEqualTo(coolingPeriod);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "both           | 3203000000000001 | refused",
            "neither        |                  |",
            "short number   | 32030000001      |",
    })
    void shouldRefuseAPersonalisationAnswerThatIsNotExactlyOneThing(String what, String cardNumber, String reason) {
        assertThatThrownBy(() -> new Personalisation(cardNumber, reason)).isInstanceOf(IllegalArgumentException.class);
    }

    @org.junit.jupiter.api.Test
    void shouldRefuseAChecksAnswerThatRejectsWithoutAReasonOrTransfersANegativeAmount() {
        assertThatThrownBy(() -> ApplicationCheck.rejected(" ", "summary")).hasMessage("a rejected application needs a reason");
        assertThatThrownBy(() -> new BalanceTransfer(-1)).hasMessage("amountFen must not be negative, was -1");
    }
}
