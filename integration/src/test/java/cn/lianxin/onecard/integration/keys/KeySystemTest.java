package cn.lianxin.onecard.integration.keys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;

import org.junit.jupiter.api.Test;

/** Every test vector of interfaces.md §2, and the argument checks. */
class KeySystemTest {

    private static final HexFormat HEX = HexFormat.of().withUpperCase();
    private final KeySystem keys = new KeySystem(MasterKeys.testKeys());

    @Test
    void shouldDeriveTheSpecTacKey() {
        assertThat(HEX.formatHex(keys.tacKey("3203000000A1"))).isEqualTo("BC839F284A8A636067AE666C4CEF4516");
    }

    @Test
    void shouldDeriveTheSpecUploadKey() {
        assertThat(HEX.formatHex(keys.uploadKey("32030101"))).isEqualTo("8442F476B40B0B9FE9009C6578CAA025");
    }

    @Test
    void shouldDeriveTheSpecWalletKey() {
        assertThat(HEX.formatHex(keys.walletKey("A1B2C3D4"))).isEqualTo("AFEE6945BA673C7CF7AE7CB6CD211EEE");
    }

    @Test
    void shouldDeriveTheSpecSectorSixKeys() {
        assertThat(HEX.formatHex(keys.sectorKey("A1B2C3D4", 6, KeySlot.A))).isEqualTo("4C734A01190B");
        assertThat(HEX.formatHex(keys.sectorKey("A1B2C3D4", 6, KeySlot.B))).isEqualTo("523C8BD7609E");
    }

    @Test
    void shouldMacWithTheDerivedKeys() {
        byte[] hello = "hello".getBytes(StandardCharsets.US_ASCII);

        assertThat(keys.tac("3203000000A1", hello)).isEqualTo(Mac4.mac4(keys.tacKey("3203000000A1"), hello));
        assertThat(keys.uploadMac("32030101", hello)).isEqualTo(Mac4.mac4(keys.uploadKey("32030101"), hello));
        assertThat(keys.walletMac("A1B2C3D4", hello)).isEqualTo(Mac4.mac4(keys.walletKey("A1B2C3D4"), hello));
        assertThat(keys.uploadMac("32030101", hello)).matches("[0-9A-F]{8}");
    }

    @Test
    void shouldGiveTheSpecTacOfTheFirstExampleDetailLine() {
        String line = "DTL1013203000000000001A1B2C3D4000012320301013203000000A10000000120261105093000"
                + "0000015600000005000000000344000000000012342026116B1C16D8";

        assertThat(keys.tac("3203000000A1", line.substring(0, 126).getBytes(StandardCharsets.US_ASCII)))
                .isEqualTo("6B1C16D8");
    }

    @Test
    void shouldUseTheSlotByteToTellKeyAFromKeyB() {
        byte[] data = HEX.parseHex("A1B2C3D4060A");
        byte[] full = KeyDiversification.div(HEX.parseHex("303132333435363738393A3B3C3D3E3F"), data);

        assertThat(keys.sectorKey("A1B2C3D4", 6, KeySlot.A)).isEqualTo(Arrays.copyOf(full, 6));
        assertThat(KeySlot.A.code()).isEqualTo((byte) 0x0A);
        assertThat(KeySlot.B.code()).isEqualTo((byte) 0x0B);
    }

    @Test
    void shouldRefuseMalformedPsamIds() {
        assertThatThrownBy(() -> keys.tacKey("3203000000a1"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("psamId must be 12 upper-case hex digits, found 'a' at position 11 ('3203000000a1')");
        assertThatThrownBy(() -> keys.tacKey("3203000000A"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("psamId must be 12 upper-case hex digits, was 11 characters ('3203000000A')");
        assertThatThrownBy(() -> keys.tacKey(null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("psamId must not be null");
    }

    @Test
    void shouldRefuseMalformedCommunityIds() {
        assertThatThrownBy(() -> keys.uploadKey("3203010A"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("communityId must be 8 decimal digits, found 'A' at position 8 ('3203010A')");
        assertThatThrownBy(() -> keys.uploadMac("320301011", new byte[0]))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("communityId must be 8 decimal digits, was 9 characters ('320301011')");
    }

    @Test
    void shouldRefuseMalformedUids() {
        assertThatThrownBy(() -> keys.walletKey("A1B2C3G4"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("uid must be 8 upper-case hex digits, found 'G' at position 7 ('A1B2C3G4')");
        assertThatThrownBy(() -> keys.sectorKey("A1B2C3D4E5F6A7", 1, KeySlot.A))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("uid must be 8 upper-case hex digits, was 14 characters ('A1B2C3D4E5F6A7')");
    }

    @Test
    void shouldNotEchoAnAbsurdlyLongArgument() {
        String huge = "A".repeat(10_000);

        assertThatThrownBy(() -> keys.walletKey(huge))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("uid must be 8 upper-case hex digits, was 10000 characters");
    }

    @Test
    void shouldRefuseSectorsOutsideTheCard() {
        assertThatThrownBy(() -> keys.sectorKey("A1B2C3D4", 16, KeySlot.A))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("sector must be 0..15, was 16");
        assertThatThrownBy(() -> keys.sectorKey("A1B2C3D4", -1, KeySlot.B))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("sector must be 0..15, was -1");
        assertThatThrownBy(() -> keys.sectorKey("A1B2C3D4", 3, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("slot must not be null");
    }

    @Test
    void shouldNotShowKeysInToString() {
        assertThat(keys).hasToString("KeySystem[redacted]");
        assertThat(MasterKeys.testKeys()).hasToString("MasterKeys[redacted]");
    }
}
