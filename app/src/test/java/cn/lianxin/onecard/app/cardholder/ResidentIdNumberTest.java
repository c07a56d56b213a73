package cn.lianxin.onecard.app.cardholder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class ResidentIdNumberTest {

    @ParameterizedTest(name = "{0} has check character {1}")
    @CsvSource({
            // the standard's published example, and numbers whose check characters are 0 and X
            "11010519491231002, X",
            "44052418800101001, 4",
            "32030219850615121, 0"})
    void shouldComputeTheIso7064CheckCharacter(String first17, char expected) {
        assertThat(ResidentIdNumber.checkCharacter(first17)).isEqualTo(expected);
    }

    @Test
    void shouldAcceptAValidNumberAndRefuseEverySingleDigitTypo() {
        String valid = "11010519491231002X";
        assertThat(ResidentIdNumber.isValid(valid)).isTrue();
        for (int position = 0; position < 17; position++) {
            char original = valid.charAt(position);
            char typo = original == '9' ? '0' : (char) (original + 1);
            String mistyped = valid.substring(0, position) + typo + valid.substring(position + 1);
            assertThat(ResidentIdNumber.isValid(mistyped)).as("typo at position %d: %s", position, mistyped).isFalse();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "1101051949123100", "11010519491231002Y", "1101051949123100XX", "x1010519491231002X"})
    void shouldRefuseNumbersOfTheWrongForm(String number) {
        assertThat(ResidentIdNumber.isValid(number)).isFalse();
    }

    @Test
    void shouldRefuseToComputeFromAShortBody() {
        assertThatThrownBy(() -> ResidentIdNumber.checkCharacter("123")).hasMessageContaining("17 digits");
    }
}
