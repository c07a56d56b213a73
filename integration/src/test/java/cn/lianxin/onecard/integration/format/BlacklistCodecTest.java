package cn.lianxin.onecard.integration.format;

import static cn.lianxin.onecard.integration.format.SpecExamples.BLA;
import static cn.lianxin.onecard.integration.format.SpecExamples.BLK;
import static cn.lianxin.onecard.integration.format.SpecExamples.KEYS;
import static cn.lianxin.onecard.integration.format.SpecExamples.bytes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

class BlacklistCodecTest {

    static final BlacklistFile EXAMPLE = new BlacklistFile("32030101", 1, 0, LocalDateTime.of(2026, 12, 1, 1, 0, 0),
            List.of(new BlacklistEntry(BlacklistOperation.ADD, "3203000000000002", "0F1E2D3C",
                            BlacklistReason.PROPERTY_FEE_OVERDUE, DoorPrompt.PAY_PROPERTY_FEE),
                    new BlacklistEntry(BlacklistOperation.ADD, "3203000000000009", "11223344",
                            BlacklistReason.REPORTED_LOST, DoorPrompt.CARD_REPORTED_LOST)));
    static final BlacklistConfirmation CONFIRMATION =
            new BlacklistConfirmation("32030101", 1, LocalDateTime.of(2026, 12, 1, 1, 30, 0));

    @Test
    void shouldWriteTheSpecFullListByteForByte() {
        assertThat(BlacklistCodec.toBytes(EXAMPLE, KEYS)).isEqualTo(bytes(BLK));
        assertThat(EXAMPLE.fileName().fileName()).isEqualTo(BLK);
    }

    @Test
    void shouldReadTheSpecFullListBack() throws IOException {
        BlacklistFile read = BlacklistCodec.read(new ByteArrayInputStream(bytes(BLK)), KEYS);

        assertThat(read).isEqualTo(EXAMPLE);
        assertThat(read.isFull()).isTrue();
        assertThat(read.entries().get(1).doorPrompt().text()).isEqualTo("this card is reported lost — access refused");
    }

    @Test
    void shouldWriteTheSpecConfirmationByteForByteAndReadItBack() throws IOException {
        assertThat(BlacklistConfirmationCodec.toBytes(CONFIRMATION, KEYS)).isEqualTo(bytes(BLA));
        assertThat(CONFIRMATION.fileName().fileName()).isEqualTo(BLA);
        assertThat(BlacklistConfirmationCodec.read(new ByteArrayInputStream(bytes(BLA)), KEYS)).isEqualTo(CONFIRMATION);
    }

    @Test
    void shouldReadAConfirmationWithCrlfOrNoLineEnding() throws IOException {
        String line = new String(bytes(BLA), StandardCharsets.US_ASCII).strip();

        assertThat(BlacklistConfirmationCodec.read(
                new ByteArrayInputStream((line + "\r\n").getBytes(StandardCharsets.US_ASCII)), KEYS)).isEqualTo(CONFIRMATION);
        assertThat(BlacklistConfirmationCodec.read(
                new ByteArrayInputStream(line.getBytes(StandardCharsets.US_ASCII)), KEYS)).isEqualTo(CONFIRMATION);
    }

    @Test
    void shouldRefuseAConfirmationWithAWrongMacOrASecondLine() {
        String line = new String(bytes(BLA), StandardCharsets.US_ASCII).strip();
        String otherTime = line.replace("20261201013000", "20261201013001");

        assertThatThrownBy(() -> BlacklistConfirmationCodec.read(
                new ByteArrayInputStream(otherTime.getBytes(StandardCharsets.US_ASCII)), KEYS))
                .isInstanceOf(FormatException.class)
                .hasMessage("F002 at line 1, field 'MAC' (position 37): is not mac4(K_upload(32030101), characters 1–36)");
        assertThatThrownBy(() -> BlacklistConfirmationCodec.read(
                new ByteArrayInputStream((line + "\n" + line + "\n").getBytes(StandardCharsets.US_ASCII)), KEYS))
                .isInstanceOf(FormatException.class)
                .hasMessage("F001 at line 2, field 'record tag' (position 1): a confirmation is one line; nothing may follow it");
    }

    @Test
    void shouldWriteAndReadADelta() throws IOException {
        BlacklistFile delta = new BlacklistFile("32030101", 2, 1, LocalDateTime.of(2026, 12, 2, 1, 0, 0),
                List.of(new BlacklistEntry(BlacklistOperation.DELETE, "3203000000000002", "0F1E2D3C",
                        BlacklistReason.PROPERTY_FEE_OVERDUE, DoorPrompt.NONE)));

        byte[] bytes = BlacklistCodec.toBytes(delta, KEYS);

        assertThat(new String(bytes, StandardCharsets.US_ASCII).split("\n")).startsWith(
                "BLH1320301010000000002000000000120261202010000", "BLE1D32030000000000020F1E2D3C0200");
        assertThat(BlacklistCodec.read(new ByteArrayInputStream(bytes), KEYS)).isEqualTo(delta);
    }

    @Test
    void shouldVerifyTheMacOverCrlfBytes() throws IOException {
        String body = "BLH1320301010000000001000000000020261201010000\r\nBLE1A32030000000000020F1E2D3C0201\r\n"
                + "BLE1A3203000000000009112233440102\r\n";
        String file = body + "BLT100000002" + KEYS.uploadMac("32030101", body.getBytes(StandardCharsets.US_ASCII)) + "\r\n";

        assertThat(BlacklistCodec.read(new ByteArrayInputStream(file.getBytes(StandardCharsets.US_ASCII)), KEYS))
                .isEqualTo(EXAMPLE);
        String lfMacOnCrlf = new String(bytes(BLK), StandardCharsets.US_ASCII).replace("\n", "\r\n");
        assertThatThrownBy(() -> BlacklistCodec.read(
                new ByteArrayInputStream(lfMacOnCrlf.getBytes(StandardCharsets.US_ASCII)), KEYS))
                .isInstanceOf(FormatException.class)
                .extracting(e -> ((FormatException) e).fault().code()).isEqualTo(ReasonCode.F002);
    }

    @Test
    void shouldNameAMalformedEntryField() {
        String file = new String(bytes(BLK), StandardCharsets.US_ASCII).replace("0F1E2D3C0201", "0F1E2D3C0501");

        FormatException e = catchThrowableOfType(
                () -> BlacklistCodec.read(new ByteArrayInputStream(file.getBytes(StandardCharsets.US_ASCII)), KEYS),
                FormatException.class);

        assertThat(e.fault()).isEqualTo(new FormatFault(ReasonCode.F001, 2, "reason", 30,
                "'05' is not a blacklist reason (01..04)"));
    }

    @Test
    void shouldRefuseAMissingTrailerAndAWrongEntryLength() {
        byte[] full = bytes(BLK);
        byte[] noTrailer = Arrays.copyOf(full, full.length - 21);
        String shortEntry = new String(full, StandardCharsets.US_ASCII).replace("0F1E2D3C0201", "0F1E2D3C020");

        assertThatThrownBy(() -> BlacklistCodec.read(new ByteArrayInputStream(noTrailer), KEYS))
                .isInstanceOf(FormatException.class)
                .hasMessage("F001 field 'trailer': the file ends at line 3 without a trailer (BLT1)");
        assertThatThrownBy(() -> BlacklistCodec.read(
                new ByteArrayInputStream(shortEntry.getBytes(StandardCharsets.US_ASCII)), KEYS))
                .isInstanceOf(FormatException.class)
                .hasMessage("F001 at line 2, field 'line length' (position 33): a BLE1 entry has 33 characters, this line has 32");
    }

    @Test
    void shouldRefuseADeleteInAFullList() {
        assertThatThrownBy(() -> new BlacklistFile("32030101", 1, 0, LocalDateTime.of(2026, 12, 1, 1, 0),
                List.of(new BlacklistEntry(BlacklistOperation.DELETE, "3203000000000002", "0F1E2D3C",
                        BlacklistReason.CARD_RETURNED, DoorPrompt.NONE))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a full list (base version 0) only adds; entry 1 is DELETE");
    }

    @Test
    void shouldRefuseToReadADeleteInAFullList() {
        String body = "BLH1320301010000000001000000000020261201010000\nBLE1D32030000000000020F1E2D3C0200\n";
        String file = body + "BLT100000001" + KEYS.uploadMac("32030101", body.getBytes(StandardCharsets.US_ASCII)) + "\n";

        FormatException e = catchThrowableOfType(
                () -> BlacklistCodec.read(new ByteArrayInputStream(file.getBytes(StandardCharsets.US_ASCII)), KEYS),
                FormatException.class);

        assertThat(e.fault()).isEqualTo(new FormatFault(ReasonCode.F001, 2, "operation", 5,
                "a full list (base version 0) only adds"));
    }

    @Test
    void shouldRefuseToReadABaseVersionNotBelowTheVersion() {
        String body = "BLH1320301010000000002000000000220261201010000\n";
        String file = body + "BLT100000000" + KEYS.uploadMac("32030101", body.getBytes(StandardCharsets.US_ASCII)) + "\n";

        assertThatThrownBy(() -> BlacklistCodec.read(new ByteArrayInputStream(file.getBytes(StandardCharsets.US_ASCII)), KEYS))
                .isInstanceOf(FormatException.class)
                .hasMessage("F001 at line 1, field 'base version' (position 23): '0000000002' is outside 0000000000..0000000001");
    }

    @Test
    void shouldRefuseABaseVersionNotBelowTheVersion() {
        assertThatThrownBy(() -> new BlacklistFile("32030101", 3, 3, LocalDateTime.of(2026, 12, 1, 1, 0), List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("baseVersion must be 0..2, was 3");
    }
}
