package cn.lianxin.onecard.integration.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class FileNameTest {

    @Test
    void shouldParseAndWriteUploadAndAcknowledgementNames() {
        BatchFileName cons = BatchFileName.parse("CONS_32030101_20261106_000001.DAT");

        assertThat(cons).isEqualTo(BatchFileName.cons("32030101", LocalDate.of(2026, 11, 6), 1));
        assertThat(cons.fileName()).isEqualTo("CONS_32030101_20261106_000001.DAT");
        assertThat(cons.acknowledgement().fileName()).isEqualTo("ACK_32030101_20261106_000001.DAT");
        assertThat(BatchFileName.parse("ACK_32030101_20261106_999999.DAT"))
                .isEqualTo(BatchFileName.ack("32030101", LocalDate.of(2026, 11, 6), 999_999));
    }

    @Test
    void shouldParseAndWriteBlacklistNames() {
        BlacklistFileName blk = BlacklistFileName.parse("BLK_32030101_0000000001.DAT");

        assertThat(blk).isEqualTo(BlacklistFileName.blk("32030101", 1));
        assertThat(blk.confirmation().fileName()).isEqualTo("BLA_32030101_0000000001.DAT");
        assertThat(BlacklistFileName.parse("BLA_32030101_9999999999.DAT").version()).isEqualTo(9_999_999_999L);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "UPLD_32030101_20261106_000001.DAT | file name (kind)           | 1  | 'UPLD_32030101_20261106_000001.DAT' starts with neither CONS_ nor ACK_",
        "CONS_3203010X_20261106_000001.DAT | file name (community id)   | 6  | '3203010X' is not 8 decimal digits (found 'X' at position 13)",
        "CONS_32030101-20261106_000001.DAT | file name (separator)      | 14 | 'CONS_32030101-20261106_000001.DAT' has '-' where '_' belongs",
        "CONS_32030101_20261306_000001.DAT | file name (business date)  | 15 | '20261306' is not a valid date yyyyMMdd",
        "CONS_32030101_20261106_000000.DAT | file name (batch sequence) | 24 | '000000' is outside 000001..999999",
        "CONS_32030101_20261106_000001.dat | file name (suffix)         | 30 | 'CONS_32030101_20261106_000001.dat' does not end in .DAT",
        "CONS_32030101_20261106_1.DAT      | file name                  | 29 | 'CONS_32030101_20261106_1.DAT' is 28 characters; a CONS file name is 33",
    })
    void shouldNameThePartOfABadBatchFileName(String name, String field, int position, String reason) {
        FormatException e = catchThrowableOfType(() -> BatchFileName.parse(name), FormatException.class);

        assertThat(e.fault()).isEqualTo(new FormatFault(ReasonCode.F001, 0, field, position, reason));
    }

    @Test
    void shouldNameThePartOfABadBlacklistFileName() {
        FormatException version = catchThrowableOfType(() -> BlacklistFileName.parse("BLK_32030101_0000000000.DAT"),
                FormatException.class);
        FormatException kind = catchThrowableOfType(() -> BlacklistFileName.parse(null), FormatException.class);

        assertThat(version).hasMessage(
                "F001 field 'file name (version)' (position 14): '0000000000' is outside 0000000001..9999999999");
        assertThat(kind.fault().field()).isEqualTo("file name (kind)");
    }
}
