package cn.lianxin.onecard.integration.cardio.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HexFormat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import cn.lianxin.onecard.integration.keys.KeySystem;
import cn.lianxin.onecard.integration.keys.MasterKeys;

class SectorPlanTest {

    private static final HexFormat HEX = HexFormat.of().withUpperCase();
    private final KeySystem keys = new KeySystem(MasterKeys.testKeys());

    @ParameterizedTest(name = "sector {0}: access bits {1}, user byte {2}")
    @CsvSource({
        "0, 787788, C1", "1, 787788, 00", "2, 4C378B, 00", "3, 787788, 00", "4, 7F0788, 00", "5, 7F0788, 00",
        "6, 787788, 00", "7, 787788, 00", "12, 0F00FF, 00", "15, 0F00FF, 00",
    })
    void shouldGiveEachSectorTheAccessBitsItsReadersAndWritersImply(int sector, String bits, String userByte) {
        byte[] trailer = SectorPlan.trailer("A1B2C3D4", sector, keys);

        assertThat(HEX.formatHex(trailer, 6, 10)).isEqualTo(bits + userByte);
    }

    @Test
    void shouldPutTheSpecSector6KeysOfA1B2C3D4IntoItsTrailer() {
        assertThat(HEX.formatHex(SectorPlan.trailer("A1B2C3D4", 6, keys)))
                .isEqualTo("4C734A01190B" + "787788" + "00" + "523C8BD7609E");
    }

    @Test
    void shouldUseThePublicMadKeyAsKeyAOfSector0() {
        assertThat(HEX.formatHex(SectorPlan.trailer("A1B2C3D4", 0, keys), 0, 6)).isEqualTo("A0A1A2A3A4A5");
    }

    @Test
    void shouldNeverWriteABusSector() {
        for (int sector = 8; sector <= 11; sector++) {
            int s = sector;
            assertThat(SectorPlan.isProjectSector(s)).isFalse();
            assertThatThrownBy(() -> SectorPlan.trailer("A1B2C3D4", s, keys))
                    .hasMessage("sector " + s + " is a bus sector; this system never writes it");
        }
    }
}
