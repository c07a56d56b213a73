package cn.lianxin.onecard.integration.keys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyStore;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import javax.crypto.spec.SecretKeySpec;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MasterKeysTest {

    private static final HexFormat HEX = HexFormat.of().withUpperCase();
    private static final char[] PASSWORD = "correct horse battery".toCharArray();
    private static final String TAC = "8F1D2C3B4A59687766554433221100FF";
    private static final String UPLOAD = "00112233445566778899AABBCCDDEEFF";
    private static final String WALLET = "0F0E0D0C0B0A09080706050403020100";
    private static final String SECTOR = "F0E1D2C3B4A5968778695A4B3C2D1E0F";

    @TempDir
    Path dir;

    @Test
    void shouldReadBackTheKeysTheToolWrote() {
        Path store = dir.resolve("master-keys.p12");
        String stdin = "# production master keys\nmk_tac=" + TAC + "\nmk_upload=" + UPLOAD
                + "\n\nmk_wallet=" + WALLET.toLowerCase() + "\nmk_sector=" + SECTOR + "\n";

        int status = runTool(new String[] {store.toString()}, stdin, new ByteArrayOutputStream(), new ByteArrayOutputStream());
        MasterKeys loaded = MasterKeys.fromKeyStore(store, PASSWORD);

        assertThat(status).isZero();
        assertThat(HEX.formatHex(loaded.tac())).isEqualTo(TAC);
        assertThat(HEX.formatHex(loaded.upload())).isEqualTo(UPLOAD);
        assertThat(HEX.formatHex(loaded.wallet())).isEqualTo(WALLET);
        assertThat(HEX.formatHex(loaded.sector())).isEqualTo(SECTOR);
    }

    @Test
    void shouldGiveTheSpecVectorsFromAKeystoreOfTheTestKeys() {
        Path store = dir.resolve("test-keys.p12");
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        int status = runTool(new String[] {store.toString(), "--test-keys"}, "", out, new ByteArrayOutputStream());
        KeySystem keys = new KeySystem(MasterKeys.fromKeyStore(store, PASSWORD));

        assertThat(status).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("wrote master-key keystore " + store,
                "mk_tac, mk_upload, mk_wallet, mk_sector", "TEST keys");
        assertThat(HEX.formatHex(keys.tacKey("3203000000A1"))).isEqualTo("BC839F284A8A636067AE666C4CEF4516");
        assertThat(HEX.formatHex(keys.sectorKey("A1B2C3D4", 6, KeySlot.B))).isEqualTo("523C8BD7609E");
    }

    @Test
    void shouldStoreSm4KeysUnderTheirObjectIdentifierInAnOwnerOnlyPkcs12File() throws Exception {
        Path store = dir.resolve("master-keys.p12");
        MasterKeyStoreTool.write(store, PASSWORD, keys(), false);

        KeyStore pkcs12 = KeyStore.getInstance("PKCS12");
        try (var in = Files.newInputStream(store)) {
            pkcs12.load(in, PASSWORD);
        }

        assertThat(pkcs12.size()).isEqualTo(4);
        assertThat(pkcs12.getKey("mk_upload", PASSWORD).getAlgorithm()).isEqualTo("1.2.156.10197.1.104");
        assertThat(HEX.formatHex(pkcs12.getKey("mk_upload", PASSWORD).getEncoded())).isEqualTo(UPLOAD);
        if (store.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(store))).isEqualTo("rw-------");
        }
        assertThat(Files.list(dir)).containsExactly(store);
    }

    @Test
    void shouldNameTheFileAndEntriesButNoKeyWhenThePasswordIsWrong() {
        Path store = dir.resolve("master-keys.p12");
        MasterKeyStoreTool.write(store, PASSWORD, keys(), false);

        MasterKeyStoreException e = catchThrowableOfType(
                () -> MasterKeys.fromKeyStore(store, "wrong password".toCharArray()), MasterKeyStoreException.class);

        assertThat(e).hasMessage("cannot open master-key keystore " + store
                + " to read entries mk_tac, mk_upload, mk_wallet, mk_sector: wrong password or corrupted file");
        assertThat(e.keystore()).isEqualTo(store);
        assertThat(e.alias()).isEmpty();
        assertNoKeyMaterial(e);
    }

    @Test
    void shouldNameTheMissingAlias() throws Exception {
        Path store = dir.resolve("three-keys.p12");
        writeRawStore(store, Map.of("mk_tac", new SecretKeySpec(HEX.parseHex(TAC), "1.2.156.10197.1.104"),
                "mk_upload", new SecretKeySpec(HEX.parseHex(UPLOAD), "1.2.156.10197.1.104"),
                "mk_sector", new SecretKeySpec(HEX.parseHex(SECTOR), "1.2.156.10197.1.104")));

        MasterKeyStoreException e = catchThrowableOfType(
                () -> MasterKeys.fromKeyStore(store, PASSWORD), MasterKeyStoreException.class);

        assertThat(e).hasMessage("master-key keystore " + store + ", entry 'mk_wallet': no such entry");
        assertThat(e.alias()).contains("mk_wallet");
        assertNoKeyMaterial(e);
    }

    @Test
    void shouldRefuseAnEntryThatIsNotAnSm4Key() throws Exception {
        Path store = dir.resolve("aes.p12");
        writeRawStore(store, Map.of("mk_tac", new SecretKeySpec(HEX.parseHex(TAC), "AES"),
                "mk_upload", new SecretKeySpec(HEX.parseHex(UPLOAD), "1.2.156.10197.1.104"),
                "mk_wallet", new SecretKeySpec(HEX.parseHex(WALLET), "1.2.156.10197.1.104"),
                "mk_sector", new SecretKeySpec(HEX.parseHex(SECTOR), "1.2.156.10197.1.104")));

        assertThatThrownBy(() -> MasterKeys.fromKeyStore(store, PASSWORD))
                .isInstanceOf(MasterKeyStoreException.class)
                .hasMessage("master-key keystore " + store + ", entry 'mk_tac': is a AES key, expected SM4 (1.2.156.10197.1.104)");
    }

    @Test
    void shouldRefuseAnEntryOfTheWrongLength() throws Exception {
        Path store = dir.resolve("long.p12");
        writeRawStore(store, Map.of("mk_tac", new SecretKeySpec(HEX.parseHex(TAC), "1.2.156.10197.1.104"),
                "mk_upload", new SecretKeySpec(HEX.parseHex(UPLOAD + UPLOAD), "1.2.156.10197.1.104"),
                "mk_wallet", new SecretKeySpec(HEX.parseHex(WALLET), "1.2.156.10197.1.104"),
                "mk_sector", new SecretKeySpec(HEX.parseHex(SECTOR), "1.2.156.10197.1.104")));

        MasterKeyStoreException e = catchThrowableOfType(
                () -> MasterKeys.fromKeyStore(store, PASSWORD), MasterKeyStoreException.class);

        assertThat(e).hasMessage("master-key keystore " + store + ", entry 'mk_upload': holds a 32-byte key, expected 16 bytes");
        assertNoKeyMaterial(e);
    }

    @Test
    void shouldNameAMissingKeystoreFile() {
        Path store = dir.resolve("absent.p12");

        assertThatThrownBy(() -> MasterKeys.fromKeyStore(store, PASSWORD))
                .isInstanceOf(MasterKeyStoreException.class)
                .hasMessage("master-key keystore " + store
                        + " does not exist (expected entries mk_tac, mk_upload, mk_wallet, mk_sector)");
    }

    @Test
    void shouldNameAFileThatIsNoKeystore() throws Exception {
        Path store = dir.resolve("not-a-keystore.p12");
        Files.writeString(store, "just text");

        assertThatThrownBy(() -> MasterKeys.fromKeyStore(store, PASSWORD))
                .isInstanceOf(MasterKeyStoreException.class)
                .hasMessageStartingWith("cannot open master-key keystore " + store + " to read entries");
    }

    @Test
    void shouldRedactToStringAndCopyTheKeys() {
        byte[] tac = HEX.parseHex(TAC);
        MasterKeys keys = MasterKeys.of(tac, HEX.parseHex(UPLOAD), HEX.parseHex(WALLET), HEX.parseHex(SECTOR));
        tac[0] = 0;

        assertThat(keys).hasToString("MasterKeys[redacted]");
        assertThat(String.valueOf(keys)).doesNotContain(TAC, TAC.toLowerCase());
        assertThat(HEX.formatHex(keys.tac())).isEqualTo(TAC);
    }

    @Test
    void shouldRefuseMasterKeysOfTheWrongLength() {
        assertThatThrownBy(() -> MasterKeys.of(new byte[16], new byte[16], new byte[15], new byte[16]))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("MK_WALLET must be 16 bytes, was 15 bytes");
    }

    static MasterKeys keys() {
        return MasterKeys.of(HEX.parseHex(TAC), HEX.parseHex(UPLOAD), HEX.parseHex(WALLET), HEX.parseHex(SECTOR));
    }

    static int runTool(String[] args, String stdin, OutputStream out, OutputStream err) {
        return MasterKeyStoreTool.run(args, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.US_ASCII)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                Map.of(MasterKeyStoreTool.PASSWORD_ENV, new String(PASSWORD)));
    }

    /** Neither the message nor anything in the stack trace text shows one of the keys. */
    static void assertNoKeyMaterial(Throwable e) {
        StringWriter trace = new StringWriter();
        e.printStackTrace(new PrintWriter(trace));
        for (String key : List.of(TAC, UPLOAD, WALLET, SECTOR)) {
            assertThat(trace.toString()).doesNotContain(key).doesNotContain(key.toLowerCase());
        }
    }

    private static void writeRawStore(Path store, Map<String, SecretKeySpec> entries) throws Exception {
        KeyStore ks = KeyStore.getInstance("PKCS12");
        ks.load(null, null);
        for (Map.Entry<String, SecretKeySpec> entry : entries.entrySet()) {
            ks.setEntry(entry.getKey(), new KeyStore.SecretKeyEntry(entry.getValue()), new KeyStore.PasswordProtection(PASSWORD));
        }
        try (OutputStream out = Files.newOutputStream(store)) {
            ks.store(out, PASSWORD);
        }
    }
}
