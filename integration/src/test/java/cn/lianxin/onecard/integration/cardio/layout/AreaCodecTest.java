package cn.lianxin.onecard.integration.cardio.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HexFormat;
import java.util.List;

import org.junit.jupiter.api.Test;

import cn.lianxin.onecard.integration.cardio.ValueBlock;
import cn.lianxin.onecard.integration.keys.KeySystem;
import cn.lianxin.onecard.integration.keys.MasterKeys;

/** The exact bytes of every area (the examples of docs/card-layout.md) and their round trips. */
class AreaCodecTest {

    private static final HexFormat HEX = HexFormat.of().withUpperCase();
    private static final String UID = "A1B2C3D4";
    private static final LocalDateTime NOV_5_0930 = LocalDateTime.of(2026, 11, 5, 9, 30, 0);

    private final KeySystem keys = new KeySystem(MasterKeys.testKeys());

    @Test
    void shouldEncodeTheIssuanceAreaWithItsMac() {
        Issuance issuance = new Issuance("3203000000000001", "3203", "32030000", 1, LocalDate.of(2026, 11, 5),
                LocalDate.of(2036, 11, 4), 2000, CardStatus.ACTIVE);

        List<byte[]> blocks = issuance.encode(UID, keys);

        assertThat(HEX.formatHex(blocks.get(0))).isEqualTo("3203000000000001" + "3203" + "32030000" + "01" + "01");
        assertThat(HEX.formatHex(blocks.get(1), 0, 12)).isEqualTo("20261105" + "20361104" + "000007D0");
        String mac = keys.walletMac(UID, HEX.parseHex(UID + HEX.formatHex(blocks.get(0)) + HEX.formatHex(blocks.get(1), 0, 12)));
        assertThat(HEX.formatHex(blocks.get(1), 12, 16)).isEqualTo(mac).isEqualTo("832AE92D");
        assertThat(blocks.get(2)).containsOnly(0);
        assertThat(Issuance.decode(UID, blocks.get(0), blocks.get(1), keys)).isEqualTo(issuance);
    }

    @Test
    void shouldRefuseAnIssuanceAreaCopiedToAnotherCardOrAltered() {
        List<byte[]> blocks = new Issuance("3203000000000001", "3203", "32030000", 1, LocalDate.of(2026, 11, 5),
                LocalDate.of(2036, 11, 4), 2000, CardStatus.ACTIVE).encode(UID, keys);

        assertThatThrownBy(() -> Issuance.decode("0F1E2D3C", blocks.get(0), blocks.get(1), keys))
                .isInstanceOf(CardLayoutException.class)
                .hasMessage("issuance (sector 1, block 5): MAC does not match card 0F1E2D3C");
        blocks.get(0)[15] = 0x04; // status changed to blacklisted without the centre's MAC
        assertThatThrownBy(() -> Issuance.decode(UID, blocks.get(0), blocks.get(1), keys))
                .isInstanceOf(CardLayoutException.class);
    }

    @Test
    void shouldEncodeTheWalletControlBlockAndMacExactlyAsDocumented() {
        WalletControl control = WalletControl.sign(UID, 15_600, 12, NOV_5_0930, "32030101", keys);

        // 2026-11-05 09:30:00 Asia/Shanghai = 1793842200 s since the epoch = 6AEBDC18
        assertThat(HEX.formatHex(control.encode())).isEqualTo("00000C" + "6AEBDC18" + "32030101" + "00" + "522B3FD1");
        assertThat(HEX.formatHex(control.macInput(UID, 15_600)))
                .isEqualTo("A1B2C3D4" + "00003CF0" + "00000C" + "6AEBDC18" + "32030101");
        assertThat(control.mac()).isEqualTo(keys.walletMac(UID, control.macInput(UID, 15_600)));
        assertThat(WalletControl.decode(control.encode())).isEqualTo(control);
    }

    @Test
    void shouldMatchTheControlMacOnlyForTheBalanceItWasMadeFor() {
        WalletControl control = WalletControl.sign(UID, 15_600, 12, NOV_5_0930, "32030101", keys);

        assertThat(control.matches(UID, 15_600, keys)).isTrue();
        assertThat(control.matches(UID, 15_601, keys)).isFalse();
        assertThat(control.matches("0F1E2D3C", 15_600, keys)).isFalse();
    }

    @Test
    void shouldStoreTheBalanceAsAValueBlockWithAddress8() {
        assertThat(HEX.formatHex(WalletLayout.balanceBlock(15_600))).isEqualTo("F03C0000" + "0FC3FFFF" + "F03C0000" + "08F708F7");
        assertThat(ValueBlock.value(WalletLayout.balanceBlock(0))).isZero();
        assertThatThrownBy(() -> WalletLayout.balanceBlock(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> WalletLayout.balanceBlock(2_147_483_648L)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shouldEncodeATransactionRecordIn16Bytes() {
        TransactionRecord record = new TransactionRecord(TransactionType.PROPERTY_FEE, 15_600, 344, NOV_5_0930, "32030101");

        assertThat(HEX.formatHex(record.encode())).isEqualTo("01" + "003CF0" + "00000158" + "6AEBDC18" + "32030101");
        assertThat(TransactionRecord.decode(record.encode())).isEqualTo(record);
        assertThatThrownBy(() -> new TransactionRecord(TransactionType.RECHARGE, 16_777_216, 0, NOV_5_0930, "32030101"))
                .hasMessageContaining("1..16777215 fen");
    }

    @Test
    void shouldPlaceRecordsCyclicallyAndListThemNewestFirst() {
        assertThat(List.of(1, 2, 3, 4, 5, 6, 7, 13).stream().map(TransactionLog::blockFor))
                .containsExactly(16, 17, 18, 20, 21, 22, 16, 16);
        byte[][] slots = new byte[6][16];
        for (int counter = 1; counter <= 8; counter++) { // 8 transactions: slots 0 and 1 overwritten
            slots[(counter - 1) % 6] = new TransactionRecord(TransactionType.PARKING_FEE, counter, 1000 - counter,
                    NOV_5_0930.plusMinutes(counter), "32030101").encode();
        }

        List<TransactionLog.Entry> entries = TransactionLog.decode(List.of(slots), 8);

        assertThat(entries).extracting(TransactionLog.Entry::counter).containsExactly(8, 7, 6, 5, 4, 3);
        assertThat(entries.get(0).record().amountFen()).isEqualTo(8);
        assertThat(TransactionLog.decode(List.of(new byte[16], new byte[16], new byte[16], new byte[16], new byte[16],
                new byte[16]), 0)).isEmpty();
    }

    @Test
    void shouldEncodePublicInformationWithSaltedSm3Hashes() {
        PublicInformation info = PublicInformation.of(UID, HolderCategory.ADULT, "张三", "320301199001011234");

        List<byte[]> blocks = info.encode();

        assertThat(HEX.formatHex(blocks.get(0))).isEqualTo("01" + "00".repeat(15));
        assertThat(HEX.formatHex(blocks.get(1))).isEqualTo("25BD693DAA326DB3EBFA2F4C6856EF5F");
        assertThat(PublicInformation.decode(blocks.get(0), blocks.get(1), blocks.get(2))).isEqualTo(info);
        assertThat(info.nameMatches(UID, " 张三 ")).isTrue();
        assertThat(info.nameMatches(UID, "李四")).isFalse();
        assertThat(info.certificateMatches(UID, "320301199001011234")).isTrue();
        assertThat(PublicInformation.of("0F1E2D3C", HolderCategory.ADULT, "张三", "x").nameHash())
                .as("another card, another hash").isNotEqualTo(info.nameHash());
    }

    @Test
    void shouldEncodeUserDataWithTheCommunityMac() {
        UserData data = new UserData("32030101", "000000001234", LocalDate.of(2026, 11, 1), "32030101");

        List<byte[]> blocks = data.encode(UID, keys);

        assertThat(HEX.formatHex(blocks.get(0))).isEqualTo("32030101" + "000000001234" + "20261101" + "0000");
        assertThat(HEX.formatHex(blocks.get(1))).isEqualTo("32030101" + "0000000000000000" + "9BEA53C2");
        assertThat(HEX.formatHex(blocks.get(1), 12, 16)).isEqualTo(keys.uploadMac("32030101",
                HEX.parseHex(UID + HEX.formatHex(blocks.get(0)) + HEX.formatHex(blocks.get(1), 0, 12))));
        assertThat(UserData.decode(UID, blocks.get(0), blocks.get(1), keys)).isEqualTo(data);
        blocks.get(0)[9] ^= 0x01;
        assertThatThrownBy(() -> UserData.decode(UID, blocks.get(0), blocks.get(1), keys))
                .hasMessage("user data (sector 6, block 25): MAC does not match card A1B2C3D4");
    }

    @Test
    void shouldEncodeTheDoorLockAreaWithTheCommunityMac() {
        DoorLock lock = new DoorLock("32030101", "0007", LocalDate.of(2027, 12, 31));

        List<byte[]> blocks = lock.encode(UID, keys);

        assertThat(HEX.formatHex(blocks.get(0))).isEqualTo("32030101" + "0007" + "20271231" + "0000" + "32135F9C");
        assertThat(DoorLock.decode(UID, blocks.get(0), keys)).isEqualTo(lock);
        assertThat(lock.isValidOn(LocalDate.of(2027, 12, 31))).isTrue();
        assertThat(lock.isValidOn(LocalDate.of(2028, 1, 1))).isFalse();
        assertThatThrownBy(() -> DoorLock.decode("0F1E2D3C", blocks.get(0), keys)).isInstanceOf(CardLayoutException.class);
    }

    @Test
    void shouldRefuseBytesThatAreNotBcd() {
        byte[] block24 = new UserData("32030101", "000000001234", LocalDate.of(2026, 11, 1), "32030101")
                .encode(UID, keys).get(0);
        block24[4] = (byte) 0xA0;

        assertThatThrownBy(() -> UserData.decode(UID, block24, new byte[16], keys)).isInstanceOf(CardLayoutException.class);
        assertThatThrownBy(() -> new UserData("3203010X", "000000001234", LocalDate.of(2026, 11, 1), "32030101"))
                .hasMessage("communityId must be 8 digits, was \"3203010X\"");
    }
}
