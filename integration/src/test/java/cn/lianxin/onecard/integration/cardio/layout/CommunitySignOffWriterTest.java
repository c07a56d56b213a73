package cn.lianxin.onecard.integration.cardio.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.lianxin.onecard.integration.cardio.CardCommandException;
import cn.lianxin.onecard.integration.cardio.CardReaderAdapter;
import cn.lianxin.onecard.integration.cardio.sim.SimulatedReader;
import cn.lianxin.onecard.integration.cardio.sim.VirtualMifareClassic1k;
import cn.lianxin.onecard.integration.keys.KeySystem;
import cn.lianxin.onecard.integration.keys.MasterKeys;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Signing a card off in a community writes sectors 6 and 7 and reads them back. */
class CommunitySignOffWriterTest {

    private final KeySystem keys = new KeySystem(MasterKeys.testKeys());
    private final SimulatedReader reader = new SimulatedReader("Community issuance desk");
    private final CardReaderAdapter adapter = new CardReaderAdapter(reader);
    private final CommunitySignOffWriter writer = new CommunitySignOffWriter(keys);

    private final UserData userData = new UserData("32030101", "000000001234", LocalDate.of(2026, 11, 24), "32030101");
    private final DoorLock doorLock = new DoorLock("32030101", "0007", LocalDate.of(2027, 11, 30));

    private final VirtualMifareClassic1k card = VirtualMifareClassic1k.factoryFresh("A1B2C3D4");

    @BeforeEach
    void issuedCardWithoutSignOff() {
        reader.putCard(card);
        CardPersonalisation unsigned = new CardPersonalisation(
                new Issuance("3203000000000001", "3203", "32030000", 1, LocalDate.of(2026, 11, 5),
                        LocalDate.of(2036, 11, 4), 2000, CardStatus.ACTIVE),
                new Holder(HolderCategory.ADULT, "张三", "11010519491231002X"),
                LocalDateTime.of(2026, 11, 5, 9, 0, 0), "32039101", null, null);
        new CardInitialiser(keys).initialise(adapter, unsigned);
    }

    @Test
    void shouldWriteUserDataAndDoorLockThatReadBack() {
        writer.write(adapter, userData, doorLock);

        CommunitySignOffWriter.Signed signed = writer.read(adapter);
        assertThat(signed.userData()).isEqualTo(userData);
        assertThat(signed.doorLock()).isEqualTo(doorLock);
        assertThat(signed.doorLock().isValidOn(LocalDate.of(2027, 11, 30))).isTrue();
    }

    @Test
    void shouldCompleteASignOffTornHalfWayWhenRunAgain() {
        reader.tearAfter(3);
        assertThatThrownBy(() -> writer.write(adapter, userData, doorLock)).isInstanceOf(CardCommandException.class);

        assertThat(reader.isCardPresent()).isFalse();
        reader.putCard(card);
        writer.write(adapter, userData, doorLock);

        assertThat(writer.read(adapter).userData().householdId()).isEqualTo("000000001234");
    }

    @Test
    void shouldRefuseACardWhoseUserDataMacDoesNotMatch() {
        writer.write(adapter, userData, doorLock);
        byte[] block24 = card.rawBlock(24);
        block24[15] ^= 0x01;
        card.overwriteRaw(24, block24);

        assertThatThrownBy(() -> writer.read(adapter)).isInstanceOf(CardLayoutException.class)
                .hasMessageContaining("MAC does not match card A1B2C3D4");
    }
}
