package cn.lianxin.onecard.integration.format;

import static cn.lianxin.onecard.integration.format.SpecExamples.ACK;
import static cn.lianxin.onecard.integration.format.SpecExamples.KEYS;
import static cn.lianxin.onecard.integration.format.SpecExamples.bytes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class AckCodecTest {

    private static final LocalDate DATE = LocalDate.of(2026, 11, 6);
    private static final AckFile EXAMPLE = new AckFile("32030101", DATE, 1, AckStatus.ACCEPTED, 3, 0, 0, List.of());

    @Test
    void shouldWriteTheSpecExampleByteForByte() {
        assertThat(AckCodec.toBytes(EXAMPLE, KEYS)).isEqualTo(bytes(ACK));
        assertThat(EXAMPLE.fileName().fileName()).isEqualTo(ACK);
    }

    @Test
    void shouldReadTheSpecExample() throws IOException {
        assertThat(AckCodec.read(new ByteArrayInputStream(bytes(ACK)), KEYS)).isEqualTo(EXAMPLE);
    }

    @Test
    void shouldWriteAndReadAPartAcceptance() throws IOException {
        AckFile partly = new AckFile("32030101", DATE, 2, AckStatus.PARTLY_ACCEPTED, 1, 1, 2,
                List.of(new AckRejection(3, ReasonCode.R002), new AckRejection(4, ReasonCode.R004)));

        byte[] bytes = AckCodec.toBytes(partly, KEYS);
        String[] lines = new String(bytes, StandardCharsets.US_ASCII).split("\n");

        assertThat(lines).hasSize(4);
        assertThat(lines[0]).isEqualTo("ACH13203010120261106000002P000000010000000100000002");
        assertThat(lines[1]).isEqualTo("ACR100000003R002");
        assertThat(lines[2]).isEqualTo("ACR100000004R004");
        String before = lines[0] + "\n" + lines[1] + "\n" + lines[2] + "\n";
        assertThat(lines[3]).isEqualTo("ACT100000002" + KEYS.uploadMac("32030101", before.getBytes(StandardCharsets.US_ASCII)));
        assertThat(AckCodec.read(new ByteArrayInputStream(bytes), KEYS)).isEqualTo(partly);
    }

    @Test
    void shouldWriteAndReadAWholeFileRejection() throws IOException {
        AckFile rejected = new AckFile("32030101", DATE, 1, AckStatus.REJECTED, 0, 0, 0,
                List.of(new AckRejection(0, ReasonCode.F002)));

        byte[] bytes = AckCodec.toBytes(rejected, KEYS);

        assertThat(new String(bytes, StandardCharsets.US_ASCII)).contains("\nACR100000000F002\nACT100000001");
        assertThat(AckCodec.read(new ByteArrayInputStream(bytes), KEYS)).isEqualTo(rejected);
    }

    @Test
    void shouldReadCrlfVerifyingTheMacOverTheCrlfBytes() throws IOException {
        String head = "ACH13203010120261106000001A000000030000000000000000\r\n";
        String file = head + "ACT100000000" + KEYS.uploadMac("32030101", head.getBytes(StandardCharsets.US_ASCII)) + "\r\n";

        assertThat(AckCodec.read(new ByteArrayInputStream(file.getBytes(StandardCharsets.US_ASCII)), KEYS)).isEqualTo(EXAMPLE);
        assertThat(file).doesNotContain("C35C94A0");
    }

    @Test
    void shouldRefuseAWrongMacWithF002() {
        String tampered = new String(bytes(ACK), StandardCharsets.US_ASCII).replace("A00000003", "A00000004");

        FormatException e = catchThrowableOfType(
                () -> AckCodec.read(new ByteArrayInputStream(tampered.getBytes(StandardCharsets.US_ASCII)), KEYS),
                FormatException.class);

        assertThat(e.fault()).isEqualTo(new FormatFault(ReasonCode.F002, 2, "file MAC", 13,
                "is not mac4(K_upload(32030101), lines 1–1 as received)"));
    }

    @Test
    void shouldRefuseACountThatDisagreesWithF003() {
        String head = "ACH13203010120261106000001P000000020000000000000001\nACR100000003R002\n";
        String file = head + "ACT100000002" + KEYS.uploadMac("32030101", head.getBytes(StandardCharsets.US_ASCII)) + "\n";

        FormatException e = catchThrowableOfType(
                () -> AckCodec.read(new ByteArrayInputStream(file.getBytes(StandardCharsets.US_ASCII)), KEYS),
                FormatException.class);

        assertThat(e.fault()).isEqualTo(new FormatFault(ReasonCode.F003, 3, "line count", 5,
                "trailer says 2 ACR1 lines, the file has 1"));
    }

    @Test
    void shouldRefuseAnUnknownStatusOrReasonCodeWithF001() {
        String badStatus = "ACH13203010120261106000001X000000030000000000000000\nACT100000000C35C94A0\n";
        String badCode = "ACH13203010120261106000001P000000020000000000000001\nACR100000003R009\nACT100000001C35C94A0\n";

        assertThatThrownBy(() -> AckCodec.read(new ByteArrayInputStream(badStatus.getBytes(StandardCharsets.US_ASCII)), KEYS))
                .isInstanceOf(FormatException.class)
                .hasMessage("F001 at line 1, field 'status' (position 27): 'X' is not A, P or R");
        assertThatThrownBy(() -> AckCodec.read(new ByteArrayInputStream(badCode.getBytes(StandardCharsets.US_ASCII)), KEYS))
                .isInstanceOf(FormatException.class)
                .hasMessage("F001 at line 2, field 'reason code' (position 13): 'R009' is not a reason code of §4");
    }

    @Test
    void shouldRefuseAFileThatContradictsItsStatus() {
        String head = "ACH13203010120261106000001A000000030000000000000001\nACR100000003R002\n";
        String file = head + "ACT100000001" + KEYS.uploadMac("32030101", head.getBytes(StandardCharsets.US_ASCII)) + "\n";

        FormatException e = catchThrowableOfType(
                () -> AckCodec.read(new ByteArrayInputStream(file.getBytes(StandardCharsets.US_ASCII)), KEYS),
                FormatException.class);

        assertThat(e.fault().code()).isEqualTo(ReasonCode.F001);
        assertThat(e.fault().field()).isEqualTo("status");
        assertThat(e.fault().reason()).isEqualTo("the file contradicts its status: status A has no rejections, found 1 and rejectedCount 1");
    }

    @Test
    void shouldKeepStatusCountsAndRejectionsConsistent() {
        assertThatThrownBy(() -> new AckFile("32030101", DATE, 1, AckStatus.PARTLY_ACCEPTED, 2, 0, 1,
                List.of(new AckRejection(0, ReasonCode.F002))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("status P rejects records: F002 on line 0 is not a record rejection");
        assertThatThrownBy(() -> new AckFile("32030101", DATE, 1, AckStatus.REJECTED, 0, 0, 0,
                List.of(new AckRejection(3, ReasonCode.R001))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("status R has exactly one rejection, on line 0 with a file-level code");
        assertThatThrownBy(() -> new AckFile("32030101", DATE, 1, AckStatus.PARTLY_ACCEPTED, 2, 0, 2,
                List.of(new AckRejection(3, ReasonCode.R001))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("status P needs rejectedCount = number of rejections ≥ 1, found 2 and 1");
    }
}
