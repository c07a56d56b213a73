package cn.lianxin.onecard.app.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.lianxin.onecard.integration.keys.MasterKeyStoreTool;
import cn.lianxin.onecard.integration.keys.MasterKeys;
import java.nio.file.Path;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KeysConfigurationTest {

    private static final String PASSWORD = "keystore-Password-2026";

    @TempDir
    Path dir;

    private String keystore(MasterKeys keys) {
        Path file = dir.resolve("master-keys-" + System.nanoTime() + ".p12");
        MasterKeyStoreTool.write(file, PASSWORD.toCharArray(), keys, false);
        return file.toString();
    }

    private static MasterKeys own(String tac) {
        HexFormat hex = HexFormat.of();
        return MasterKeys.of(hex.parseHex(tac), hex.parseHex("A1A2A3A4A5A6A7A8A9AAABACADAEAFB0"),
                hex.parseHex("B1B2B3B4B5B6B7B8B9BABBBCBDBEBFC0"), hex.parseHex("C1C2C3C4C5C6C7C8C9CACBCCCDCECFD0"));
    }

    @Test
    void shouldRefuseAProductionKeystoreHoldingThePublishedTestKeys() {
        String published = keystore(MasterKeys.testKeys());

        assertThatThrownBy(() -> KeysConfiguration.masterKeys(published, PASSWORD, true, false))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("holds the published test master keys")
                .hasMessageContaining("mk_tac, mk_upload, mk_wallet, mk_sector")
                .hasMessageContaining("bin/keystore");
    }

    @Test
    void shouldRefuseEvenOnePublishedKeyAmongOwnOnes() {
        String mixed = keystore(own("000102030405060708090A0B0C0D0E0F"));

        assertThatThrownBy(() -> KeysConfiguration.masterKeys(mixed, PASSWORD, true, false))
                .hasMessageContaining("(entries mk_tac)");
    }

    @Test
    void shouldTakeTheCentresOwnKeysAndTheTestKeysWhereAllowed() {
        assertThat(KeysConfiguration.masterKeys(keystore(own("D1D2D3D4D5D6D7D8D9DADBDCDDDEDFE0")), PASSWORD, true, false)
                .publishedTestKeyAliases()).isEmpty();
        assertThat(KeysConfiguration.masterKeys(keystore(MasterKeys.testKeys()), PASSWORD, true, true)
                .publishedTestKeyAliases()).hasSize(4);
        assertThat(KeysConfiguration.masterKeys("", "", false, false).publishedTestKeyAliases()).hasSize(4);
    }
}
