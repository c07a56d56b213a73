package cn.lianxin.onecard.integration.keys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.HexFormat;
import java.util.Set;

import org.junit.jupiter.api.Test;

class SectorKeyServiceTest {

    private static final HexFormat HEX = HexFormat.of().withUpperCase();
    private final SectorKeyService service = new SectorKeyService(new KeySystem(MasterKeys.testKeys()));

    @Test
    void shouldGiveAGrantedSectorsKey() {
        byte[] key = service.keyFor("PROP01", Set.of(6, 7), "A1B2C3D4", 6, KeySlot.A);

        assertThat(HEX.formatHex(key)).isEqualTo("4C734A01190B");
    }

    @Test
    void shouldGiveThePropertySystemSectorsZeroToSevenByDefault() {
        SectorGrants grants = SectorGrants.propertyDefault("PROP01");

        assertThat(grants.sectors()).containsExactly(0, 1, 2, 3, 4, 5, 6, 7);
        assertThat(HEX.formatHex(service.keyFor(grants, "A1B2C3D4", 6, KeySlot.B))).isEqualTo("523C8BD7609E");
        assertThat(grants.permits(7)).isTrue();
        assertThat(grants.permits(8)).isFalse();
    }

    @Test
    void shouldRefuseASectorThatIsNotGrantedNamingPartyAndSector() {
        SectorAccessDeniedException e = catchThrowableOfType(
                () -> service.keyFor("BUS02", Set.of(1, 2, 3), "A1B2C3D4", 6, KeySlot.A),
                SectorAccessDeniedException.class);

        assertThat(e).hasMessage("party BUS02 is denied sector 6: not granted (granted sectors: [1, 2, 3])");
        assertThat(e.partyCode()).isEqualTo("BUS02");
        assertThat(e.sector()).isEqualTo(6);
    }

    @Test
    void shouldNeverHandOutBusSectorKeysEvenIfAGrantListsThem() {
        for (int sector = 8; sector <= 11; sector++) {
            int s = sector;
            assertThatThrownBy(() -> service.keyFor("PROP01", Set.of(s), "A1B2C3D4", s, KeySlot.A))
                    .isInstanceOf(SectorAccessDeniedException.class)
                    .hasMessage("party PROP01 is denied sector " + s
                            + ": sectors 8–11 belong to the bus system; this system holds no keys for them");
        }
    }

    @Test
    void shouldRefuseToGrantBusSectors() {
        assertThatThrownBy(() -> new SectorGrants("PROP01", Set.of(6, 9)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("sector 9 cannot be granted to party PROP01: sectors 8–11 belong to the bus system");
    }

    @Test
    void shouldRefuseGrantsOutsideTheCardAndBlankParties() {
        assertThatThrownBy(() -> new SectorGrants("PROP01", Set.of(16)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("sectors of party PROP01 must be 0..15, found 16");
        assertThatThrownBy(() -> SectorGrants.propertyDefault(" "))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("partyCode must not be blank");
        assertThatThrownBy(() -> service.keyFor("PROP01", Set.of(6), "A1B2C3D4", 16, KeySlot.A))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("sector must be 0..15, was 16");
    }

    @Test
    void shouldValidateTheUidOfAGrantedSector() {
        assertThatThrownBy(() -> service.keyFor("PROP01", Set.of(6), "a1b2c3d4", 6, KeySlot.A))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("uid must be 8 upper-case hex digits");
    }

    @Test
    void shouldKeepGrantsSortedAndUnmodifiable() {
        SectorGrants grants = new SectorGrants("PROP01", Set.of(7, 0, 6));

        assertThat(grants.sectors()).containsExactly(0, 6, 7);
        assertThatThrownBy(() -> grants.sectors().add(9)).isInstanceOf(UnsupportedOperationException.class);
    }
}
