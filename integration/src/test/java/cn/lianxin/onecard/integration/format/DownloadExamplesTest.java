package cn.lianxin.onecard.integration.format;

import static cn.lianxin.onecard.integration.format.SpecExamples.KEYS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The examples of docs/formats.md, "Downloads": what the codecs write, what they read, what the page shows. */
class DownloadExamplesTest {

    static final String BILL = "BILL_32030101_202611_001.DAT";
    static final String PARM = "PARM_32030101_0000000001.DAT";
    static final String DELTA = "BLK_32030101_0000000002.DAT";
    static final String DELTA_CONFIRMATION = "BLA_32030101_0000000002.DAT";

    static final YearMonth NOVEMBER = YearMonth.of(2026, 11);
    static final BillFile BILL_EXAMPLE = new BillFile("32030001", "32030101", NOVEMBER, 1,
            LocalDateTime.of(2026, 11, 1, 2, 0, 0), List.of(
                    new BillLine("000000001234", NOVEMBER, TransactionType.PROPERTY_FEE, 15600, 0, LocalDate.of(2026, 11, 30)),
                    new BillLine("000000001235", NOVEMBER, TransactionType.PROPERTY_FEE, 2345, 0, LocalDate.of(2026, 11, 30)),
                    new BillLine("000000001236", NOVEMBER, TransactionType.PARKING_FEE, 20000, 5000, LocalDate.of(2026, 11, 30))));
    static final ParameterFile PARM_EXAMPLE = new ParameterFile("32030001", "32030101", 1,
            LocalDateTime.of(2026, 11, 1, 2, 0, 0), 1, List.of(
                    new TerminalParameters("32030101", TerminalParameters.Kind.FEE_TERMINAL, "3203000000A1", LocalTime.of(23, 30), 100000),
                    new TerminalParameters("32030102", TerminalParameters.Kind.FEE_TERMINAL, "3203000000A2", LocalTime.of(23, 30), 100000),
                    new TerminalParameters("32030111", TerminalParameters.Kind.DOOR_CONTROLLER, null, LocalTime.of(23, 30), 0)));
    static final BlacklistFile DELTA_EXAMPLE = new BlacklistFile("32030101", 2, 1, LocalDateTime.of(2026, 12, 2, 1, 0, 0),
            List.of(new BlacklistEntry(BlacklistOperation.DELETE, "3203000000000002", "0F1E2D3C",
                            BlacklistReason.PROPERTY_FEE_OVERDUE, DoorPrompt.PAY_PROPERTY_FEE),
                    new BlacklistEntry(BlacklistOperation.ADD, "3203000000000107", "5E6F7A8B",
                            BlacklistReason.SUSPECTED_FRAUD, DoorPrompt.NONE)));
    static final BlacklistConfirmation DELTA_CONFIRMED =
            new BlacklistConfirmation("32030101", 2, LocalDateTime.of(2026, 12, 2, 1, 30, 0));

    @Test
    void shouldWriteAndReadTheBillFileExample() throws IOException {
        assertThat(BillFileCodec.toBytes(BILL_EXAMPLE, KEYS)).isEqualTo(example(BILL));
        assertThat(BillFileCodec.read(new ByteArrayInputStream(example(BILL)), KEYS)).isEqualTo(BILL_EXAMPLE);
        assertThat(BILL_EXAMPLE.fileName().fileName()).isEqualTo(BILL);
        assertThat(BILL_EXAMPLE.bills().get(2).outstandingFen()).isEqualTo(15000);
        assertThat(BILL_EXAMPLE.bills().get(0).reference().text()).isEqualTo("000000001234202611");
    }

    @Test
    void shouldWriteAndReadTheParameterFileExample() throws IOException {
        assertThat(ParameterFileCodec.toBytes(PARM_EXAMPLE, KEYS)).isEqualTo(example(PARM));
        assertThat(ParameterFileCodec.read(new ByteArrayInputStream(example(PARM)), KEYS)).isEqualTo(PARM_EXAMPLE);
        assertThat(PARM_EXAMPLE.fileName().fileName()).isEqualTo(PARM);
    }

    @Test
    void shouldWriteAndReadTheDeltaExampleAndItsConfirmation() throws IOException {
        assertThat(BlacklistCodec.toBytes(DELTA_EXAMPLE, KEYS)).isEqualTo(example(DELTA));
        assertThat(BlacklistCodec.read(new ByteArrayInputStream(example(DELTA)), KEYS)).isEqualTo(DELTA_EXAMPLE);
        assertThat(BlacklistConfirmationCodec.toBytes(DELTA_CONFIRMED, KEYS)).isEqualTo(example(DELTA_CONFIRMATION));
    }

    @Test
    void shouldShowEveryExampleOnTheFormatsPageByteForByte() throws IOException {
        String page = Files.readString(Path.of("..", "docs", "formats.md"), StandardCharsets.UTF_8);
        for (String name : List.of(BILL, PARM, DELTA, DELTA_CONFIRMATION)) {
            String block = "```\n" + new String(example(name), StandardCharsets.US_ASCII) + "```\n";
            assertThat(page).as("docs/formats.md shows %s", name).contains(block);
        }
    }

    @Test
    void shouldRefuseABillFileWithAWrongMacOrABadKind() {
        String text = new String(example(BILL), StandardCharsets.US_ASCII);
        byte[] otherAmount = text.replace("0000015600", "0000015601").getBytes(StandardCharsets.US_ASCII);
        byte[] badKind = text.replace("20261101000000", "20261104000000").getBytes(StandardCharsets.US_ASCII);

        assertThatThrownBy(() -> BillFileCodec.read(new ByteArrayInputStream(otherAmount), KEYS))
                .isInstanceOf(FormatException.class).hasMessageStartingWith("F002 at line 5, field 'file MAC'");
        assertThatThrownBy(() -> BillFileCodec.read(new ByteArrayInputStream(badKind), KEYS))
                .isInstanceOf(FormatException.class)
                .hasMessage("F001 at line 3, field 'kind' (position 23): '04' is not a bill kind (01..03)");
    }

    @Test
    void shouldRefuseADoorControllerWithAPsamAndAFeeTerminalWithout() {
        String text = new String(example(PARM), StandardCharsets.US_ASCII);
        byte[] doorWithPsam = text.replace("PAD132030111020000000000002330", "PAD13203011102000000000ABC2330")
                .getBytes(StandardCharsets.US_ASCII);

        assertThatThrownBy(() -> ParameterFileCodec.read(new ByteArrayInputStream(doorWithPsam), KEYS))
                .isInstanceOf(FormatException.class)
                .hasMessage("F001 at line 4, field 'PSAM id' (position 15): a door controller has no PSAM (twelve zeros)");
        assertThatThrownBy(() -> new TerminalParameters("32030101", TerminalParameters.Kind.FEE_TERMINAL, null,
                LocalTime.NOON, 100)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("psamId");
    }

    @Test
    void shouldParseTheNamesAndRefuseMalformedOnes() {
        assertThat(BillFileName.parse(BILL)).isEqualTo(new BillFileName("32030101", NOVEMBER, 1));
        assertThat(ParameterFileName.parse(PARM)).isEqualTo(new ParameterFileName("32030101", 1));
        assertThatThrownBy(() -> BillFileName.parse("BILL_32030101_202613_001.DAT"))
                .isInstanceOf(FormatException.class)
                .hasMessageContaining("file name (billing period)").hasMessageContaining("'202613' is not a valid period");
        assertThatThrownBy(() -> ParameterFileName.parse("PARX_32030101_0000000001.DAT"))
                .isInstanceOf(FormatException.class).hasMessageContaining("does not start with PARM_");
        assertThatThrownBy(() -> ParameterFileName.parse("PARM_32030101_0000000000.DAT"))
                .isInstanceOf(FormatException.class).hasMessageContaining("file name (version)");
    }

    static byte[] example(String name) {
        try (InputStream in = DownloadExamplesTest.class.getResourceAsStream("/download-examples/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
