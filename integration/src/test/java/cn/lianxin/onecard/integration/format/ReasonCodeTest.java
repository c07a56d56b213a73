package cn.lianxin.onecard.integration.format;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReasonCodeTest {

    @Test
    void shouldListTheSpecCodesWithTheirLevelAndMeaning() {
        assertThat(ReasonCode.values()).extracting(ReasonCode::code).containsExactly(
                "F001", "F002", "F003", "F004", "F005", "R001", "R002", "R003", "R004", "R005", "R006", "R007");
        assertThat(ReasonCode.F003.isFileLevel()).isTrue();
        assertThat(ReasonCode.R004.level()).isEqualTo(ReasonCode.Level.RECORD);
        assertThat(ReasonCode.R004.meaning()).isEqualTo("balance arithmetic wrong (after ≠ before − amount)");
        assertThat(ReasonCode.ofCode("R006")).contains(ReasonCode.R006);
        assertThat(ReasonCode.ofCode("r006")).isEmpty();
    }

    @Test
    void shouldMapTheSpecCodesOfTheSmallEnums() {
        assertThat(TransactionType.ofCode("02")).contains(TransactionType.PARKING_FEE);
        assertThat(TransactionType.ofCode("04")).isEmpty();
        assertThat(BlacklistReason.ofCode("04")).contains(BlacklistReason.SUSPECTED_FRAUD);
        assertThat(DoorPrompt.ofCode("01").map(DoorPrompt::text)).contains("please pay your property fee");
        assertThat(BlacklistOperation.ofCode('D')).contains(BlacklistOperation.DELETE);
        assertThat(AckStatus.ofCode('P')).contains(AckStatus.PARTLY_ACCEPTED);
        assertThat(AckStatus.ofCode('a')).isEmpty();
    }
}
