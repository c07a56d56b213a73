package cn.lianxin.onecard.integration.keys;

import static cn.lianxin.onecard.integration.keys.MasterKeysTest.runTool;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MasterKeyStoreToolTest {

    private static final String SECRET_HEX = "8F1D2C3B4A59687766554433221100FF";

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void shouldAcceptKeysAsArguments() {
        Path store = dir.resolve("args.p12");

        int status = runTool(new String[] {store.toString(), "mk_tac=" + SECRET_HEX,
                "mk_upload=" + SECRET_HEX, "mk_wallet=" + SECRET_HEX, "mk_sector=" + SECRET_HEX}, "", out, err);

        assertThat(status).isZero();
        assertThat(HexFormat.of().withUpperCase().formatHex(
                MasterKeys.fromKeyStore(store, "correct horse battery".toCharArray()).sector())).isEqualTo(SECRET_HEX);
        assertThat(out.toString(StandardCharsets.UTF_8)).doesNotContain(SECRET_HEX);
    }

    @Test
    void shouldRefuseToRunWithoutThePasswordVariable() {
        Path store = dir.resolve("nopw.p12");

        int status = MasterKeyStoreTool.run(new String[] {store.toString(), "--test-keys"},
                new ByteArrayInputStream(new byte[0]), new PrintStream(out), new PrintStream(err, true, StandardCharsets.UTF_8),
                Map.of());

        assertThat(status).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8))
                .contains("set ONECARD_KEYSTORE_PASSWORD to the keystore password (at least 8 characters)");
        assertThat(store).doesNotExist();
    }

    @Test
    void shouldNotOverwriteAnExistingKeystoreWithoutForce() throws Exception {
        Path store = dir.resolve("existing.p12");
        Files.writeString(store, "precious");

        int status = runTool(new String[] {store.toString(), "--test-keys"}, "", out, err);

        assertThat(status).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains(store + " already exists (use --force to replace it)");
        assertThat(Files.readString(store)).isEqualTo("precious");
    }

    @Test
    void shouldReplaceAnExistingKeystoreWithForce() throws Exception {
        Path store = dir.resolve("existing.p12");
        Files.writeString(store, "old");

        int status = runTool(new String[] {"--force", store.toString(), "--test-keys"}, "", out, err);

        assertThat(status).isZero();
        assertThat(MasterKeys.fromKeyStore(store, "correct horse battery".toCharArray()).tac())
                .isEqualTo(HexFormat.of().parseHex("000102030405060708090A0B0C0D0E0F"));
    }

    @Test
    void shouldNameTheAliasOfAMalformedKeyWithoutEchoingIt() {
        Path store = dir.resolve("bad.p12");
        String badHex = SECRET_HEX.substring(0, 30) + "ZZ";

        int status = runTool(new String[] {store.toString()},
                "mk_tac=" + SECRET_HEX + "\nmk_upload=" + badHex + "\n", out, err);

        assertThat(status).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8))
                .contains("mk_upload: expected 32 hex digits (16 bytes), got 32 characters including non-hex ones")
                .doesNotContain(badHex).doesNotContain(SECRET_HEX);
        assertThat(store).doesNotExist();
    }

    @Test
    void shouldRequireAllFourKeys() {
        Path store = dir.resolve("three.p12");

        int status = runTool(new String[] {store.toString()},
                "mk_tac=" + SECRET_HEX + "\nmk_upload=" + SECRET_HEX + "\nmk_sector=" + SECRET_HEX + "\n", out, err);

        assertThat(status).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8))
                .contains("mk_wallet missing: all of mk_tac, mk_upload, mk_wallet, mk_sector are required");
    }

    @Test
    void shouldRefuseUnknownAndRepeatedAliases() {
        assertThat(runTool(new String[] {dir.resolve("x.p12").toString(), "mk_door=" + SECRET_HEX}, "", out, err))
                .isEqualTo(2);
        assertThat(runTool(new String[] {dir.resolve("y.p12").toString(), "mk_tac=" + SECRET_HEX,
                "mk_tac=" + SECRET_HEX}, "", out, err)).isEqualTo(2);

        assertThat(err.toString(StandardCharsets.UTF_8))
                .contains("unknown alias 'mk_door', expected one of mk_tac, mk_upload, mk_wallet, mk_sector")
                .contains("mk_tac given twice");
    }

    @Test
    void shouldPrintUsageWithoutAKeystorePath() {
        assertThat(runTool(new String[0], "", out, err)).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("usage: ONECARD_KEYSTORE_PASSWORD=");
    }
}
