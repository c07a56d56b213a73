package cn.lianxin.onecard.integration.keys;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyStore;
import java.security.UnrecoverableKeyException;
import java.util.HexFormat;
import java.util.List;

import javax.crypto.SecretKey;

/**
 * The four SM4 master keys of interfaces.md §2 — MK_TAC, MK_UPLOAD, MK_WALLET, MK_SECTOR —
 * from which {@link KeySystem} derives every working key.
 *
 * <p>Production keys live in a password-protected PKCS#12 keystore with four secret-key
 * entries {@value #ALIAS_TAC}, {@value #ALIAS_UPLOAD}, {@value #ALIAS_WALLET} and
 * {@value #ALIAS_SECTOR}; {@link MasterKeyStoreTool} writes one. Neither the JDK's PKCS12 nor
 * Bouncy Castle's PKCS12 or BCFKS key stores accept a secret key whose algorithm is named
 * {@code "SM4"}, but both PKCS12 implementations store and read back a key whose algorithm is
 * the SM4 object identifier {@value #SM4_OID}; that is how the entries are written, and the
 * loader accepts {@code "SM4"} or that OID.
 *
 * <p>The key bytes never leave this package: {@link #toString()} says
 * {@code MasterKeys[redacted]}, and no exception message carries them.
 */
public final class MasterKeys {

    /** Keystore alias of MK_TAC. */
    public static final String ALIAS_TAC = "mk_tac";
    /** Keystore alias of MK_UPLOAD. */
    public static final String ALIAS_UPLOAD = "mk_upload";
    /** Keystore alias of MK_WALLET. */
    public static final String ALIAS_WALLET = "mk_wallet";
    /** Keystore alias of MK_SECTOR. */
    public static final String ALIAS_SECTOR = "mk_sector";
    /** The four aliases, in the order MK_TAC, MK_UPLOAD, MK_WALLET, MK_SECTOR. */
    public static final List<String> ALIASES = List.of(ALIAS_TAC, ALIAS_UPLOAD, ALIAS_WALLET, ALIAS_SECTOR);
    /** Object identifier of SM4 (GM/T 0006), the algorithm name the keystore entries carry. */
    public static final String SM4_OID = "1.2.156.10197.1.104";
    /** Keystore type written and read. */
    public static final String KEYSTORE_TYPE = "PKCS12";

    private final byte[] tac;
    private final byte[] upload;
    private final byte[] wallet;
    private final byte[] sector;

    private MasterKeys(byte[] tac, byte[] upload, byte[] wallet, byte[] sector) {
        this.tac = copy16("MK_TAC", tac);
        this.upload = copy16("MK_UPLOAD", upload);
        this.wallet = copy16("MK_WALLET", wallet);
        this.sector = copy16("MK_SECTOR", sector);
    }

    /** Master keys from four 16-byte values (copied). */
    public static MasterKeys of(byte[] tac, byte[] upload, byte[] wallet, byte[] sector) {
        return new MasterKeys(tac, upload, wallet, sector);
    }

    /**
     * The published test-environment master keys of interfaces.md §2. Never valid in production.
     */
    public static MasterKeys testKeys() {
        HexFormat hex = HexFormat.of();
        return new MasterKeys(
                hex.parseHex("000102030405060708090A0B0C0D0E0F"),
                hex.parseHex("101112131415161718191A1B1C1D1E1F"),
                hex.parseHex("202122232425262728292A2B2C2D2E2F"),
                hex.parseHex("303132333435363738393A3B3C3D3E3F"));
    }

    /**
     * Loads the master keys from a password-protected PKCS#12 keystore (the same password
     * protects the store and its entries).
     *
     * @throws MasterKeyStoreException naming the file and, where the fault is one entry's, the
     *                                 alias: missing file, wrong password, missing alias, an
     *                                 entry that is not a 16-byte SM4 secret key
     */
    public static MasterKeys fromKeyStore(Path keystore, char[] password) {
        Args.requireNonNull("keystore", keystore);
        Args.requireNonNull("password", password);
        KeyStore store;
        try (InputStream in = Files.newInputStream(keystore)) {
            store = KeyStore.getInstance(KEYSTORE_TYPE);
            store.load(in, password);
        } catch (NoSuchFileException e) {
            throw new MasterKeyStoreException(keystore, null,
                    "master-key keystore " + keystore + " does not exist (expected entries "
                            + String.join(", ", ALIASES) + ")", e);
        } catch (IOException | GeneralSecurityException e) {
            String why = e.getCause() instanceof UnrecoverableKeyException
                    ? "wrong password or corrupted file" : "not a readable " + KEYSTORE_TYPE + " keystore";
            throw new MasterKeyStoreException(keystore, null,
                    "cannot open master-key keystore " + keystore + " to read entries "
                            + String.join(", ", ALIASES) + ": " + why, e);
        }
        return new MasterKeys(
                readKey(store, keystore, ALIAS_TAC, password),
                readKey(store, keystore, ALIAS_UPLOAD, password),
                readKey(store, keystore, ALIAS_WALLET, password),
                readKey(store, keystore, ALIAS_SECTOR, password));
    }

    private static byte[] readKey(KeyStore store, Path keystore, String alias, char[] password) {
        String where = "master-key keystore " + keystore + ", entry '" + alias + "': ";
        Key key;
        try {
            if (!store.containsAlias(alias)) {
                throw new MasterKeyStoreException(keystore, alias, where + "no such entry", null);
            }
            key = store.getKey(alias, password);
        } catch (UnrecoverableKeyException e) {
            throw new MasterKeyStoreException(keystore, alias,
                    where + "cannot be recovered with the given password", e);
        } catch (GeneralSecurityException e) {
            throw new MasterKeyStoreException(keystore, alias, where + "cannot be read", e);
        }
        if (!(key instanceof SecretKey)) {
            throw new MasterKeyStoreException(keystore, alias, where + "is not a secret key", null);
        }
        String algorithm = key.getAlgorithm();
        if (!isSm4(algorithm)) {
            throw new MasterKeyStoreException(keystore, alias,
                    where + "is a " + algorithm + " key, expected SM4 (" + SM4_OID + ")", null);
        }
        byte[] encoded = key.getEncoded();
        if (encoded == null || encoded.length != Sm4.BLOCK_BYTES) {
            throw new MasterKeyStoreException(keystore, alias, where + "holds a "
                    + (encoded == null ? "non-exportable" : encoded.length + "-byte")
                    + " key, expected 16 bytes", null);
        }
        return encoded;
    }

    private static boolean isSm4(String algorithm) {
        return "SM4".equalsIgnoreCase(algorithm) || SM4_OID.equals(algorithm)
                || ("OID." + SM4_OID).equalsIgnoreCase(algorithm);
    }

    private static byte[] copy16(String name, byte[] key) {
        Args.requireLength(name, key, Sm4.BLOCK_BYTES);
        return key.clone();
    }

    byte[] tac() {
        return tac;
    }

    byte[] upload() {
        return upload;
    }

    byte[] wallet() {
        return wallet;
    }

    byte[] sector() {
        return sector;
    }

    /**
     * The aliases of the entries that hold one of the published test keys of interfaces.md §2
     * (empty for a real set): a keystore with any of them gives anyone every card's keys.
     */
    public List<String> publishedTestKeyAliases() {
        MasterKeys published = testKeys();
        byte[][] mine = {tac, upload, wallet, sector};
        byte[][] theirs = {published.tac, published.upload, published.wallet, published.sector};
        List<String> aliases = new java.util.ArrayList<>();
        for (int i = 0; i < mine.length; i++) {
            for (byte[] test : theirs) {
                if (java.security.MessageDigest.isEqual(mine[i], test)) {
                    aliases.add(ALIASES.get(i));
                    break;
                }
            }
        }
        return List.copyOf(aliases);
    }

    @Override
    public String toString() {
        return "MasterKeys[redacted]";
    }
}
