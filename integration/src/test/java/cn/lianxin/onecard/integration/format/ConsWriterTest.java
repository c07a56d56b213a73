package cn.lianxin.onecard.integration.format;

import static cn.lianxin.onecard.integration.format.SpecExamples.CONS;
import static cn.lianxin.onecard.integration.format.SpecExamples.KEYS;
import static cn.lianxin.onecard.integration.format.SpecExamples.bytes;
import static cn.lianxin.onecard.integration.format.SpecExamples.lines;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.Test;

class ConsWriterTest {

    static final ConsHeader HEADER = new ConsHeader("32030001", "32030101", LocalDate.of(2026, 11, 6), 1,
            LocalDateTime.of(2026, 11, 6, 23, 59, 59));

    /** The spec example's three transactions, unsigned. */
    static List<ConsDetail> exampleDetails() {
        return List.of(
                new ConsDetail(TransactionType.PROPERTY_FEE, "3203000000000001", "A1B2C3D4", 12, "32030101",
                        "3203000000A1", 1, LocalDateTime.of(2026, 11, 5, 9, 30, 0), 15600, 50000, 34400,
                        BillReference.of("000000001234", YearMonth.of(2026, 11)), null),
                new ConsDetail(TransactionType.PROPERTY_FEE, "3203000000000002", "0F1E2D3C", 3, "32030101",
                        "3203000000A1", 2, LocalDateTime.of(2026, 11, 5, 9, 45, 12), 23450, 23450, 0,
                        BillReference.of("000000001235", YearMonth.of(2026, 11)), null),
                new ConsDetail(TransactionType.PARKING_FEE, "3203000000000001", "A1B2C3D4", 13, "32030102",
                        "3203000000A2", 77, LocalDateTime.of(2026, 11, 6, 18, 1, 0), 500, 34400, 33900,
                        BillReference.NONE, null));
    }

    @Test
    void shouldWriteTheSpecExampleByteForByteComputingItsTacsAndMac() {
        byte[] written = ConsWriter.toBytes(HEADER, exampleDetails(), KEYS);

        assertThat(new String(written, StandardCharsets.US_ASCII)).isEqualTo(new String(bytes(CONS), StandardCharsets.US_ASCII));
        assertThat(written).isEqualTo(bytes(CONS));
    }

    @Test
    void shouldReturnTheTrailerItWrote() throws IOException {
        ConsWriter writer = new ConsWriter(new ByteArrayOutputStream(), KEYS);
        writer.header(HEADER);
        for (ConsDetail detail : exampleDetails()) {
            writer.detail(detail);
        }

        assertThat(writer.trailer()).isEqualTo(new ConsTrailer(3, 39550, "CAE7624A"));
    }

    @Test
    void shouldKeepATacTheDetailAlreadyCarries() {
        ConsDetail resent = exampleDetails().get(0).withTac("00000000");

        byte[] written = ConsWriter.toBytes(HEADER, List.of(resent), KEYS);

        assertThat(new String(written, StandardCharsets.US_ASCII).split("\n")[1])
                .isEqualTo(lines(CONS).get(1).substring(0, 126) + "00000000");
    }

    @Test
    void shouldWriteAnEmptyUploadAsHeaderAndTrailer() {
        byte[] written = ConsWriter.toBytes(HEADER, List.of(), KEYS);

        String text = new String(written, StandardCharsets.US_ASCII);
        assertThat(text).startsWith(lines(CONS).get(0) + "\nTRL10000000000000000000000").hasSize(48 + 1 + 34 + 1);
        assertThat(text.substring(49 + 26, 49 + 34))
                .isEqualTo(KEYS.uploadMac("32030101", (lines(CONS).get(0) + "\n").getBytes(StandardCharsets.US_ASCII)));
    }

    @Test
    void shouldEnforceHeaderDetailsTrailerOrder() throws IOException {
        ConsWriter writer = new ConsWriter(new ByteArrayOutputStream(), KEYS);

        assertThatThrownBy(() -> writer.detail(exampleDetails().get(0)))
                .isInstanceOf(IllegalStateException.class).hasMessage("write the header first");
        writer.header(HEADER);
        assertThatThrownBy(() -> writer.header(HEADER)).isInstanceOf(IllegalStateException.class);
        writer.trailer();
        assertThatThrownBy(() -> writer.detail(exampleDetails().get(0)))
                .isInstanceOf(IllegalStateException.class).hasMessage("the trailer has been written");
    }

    @Test
    void shouldRefuseRecordsThatCannotBeWritten() {
        ConsDetail d = exampleDetails().get(0);

        assertThatThrownBy(() -> new ConsDetail(d.type(), d.cardNumber(), d.uid(), d.cardCounter(), d.terminalId(),
                d.psamId(), d.terminalSequence(), d.transactionTime(), -1, d.balanceBeforeFen(), d.balanceAfterFen(),
                d.billReference(), null))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("amountFen must be 0..9999999999, was -1");
        assertThatThrownBy(() -> new ConsDetail(d.type(), d.cardNumber(), "a1b2c3d4", d.cardCounter(), d.terminalId(),
                d.psamId(), d.terminalSequence(), d.transactionTime(), 1, 1, 0, d.billReference(), null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("uid must be 8 upper-case hex digits, was 'a1b2c3d4'");
        assertThatThrownBy(() -> new ConsHeader("32030001", "32030101", LocalDate.of(2026, 11, 6), 0,
                LocalDateTime.of(2026, 11, 6, 0, 0)))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("batchSequence must be 1..999999, was 0");
        assertThatThrownBy(() -> new BillReference("000000001234", "000000"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("billingPeriod must be a month yyyyMM, was '000000'");
    }

    @Test
    void shouldDropFractionsOfASecond() {
        ConsHeader header = new ConsHeader("32030001", "32030101", LocalDate.of(2026, 11, 6), 1,
                LocalDateTime.of(2026, 11, 6, 23, 59, 59, 999_000_000));

        assertThat(header).isEqualTo(HEADER);
    }
}
