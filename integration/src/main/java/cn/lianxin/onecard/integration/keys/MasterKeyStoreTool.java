package cn.lianxin.onecard.integration.keys;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.crypto.spec.SecretKeySpec;

/**
 * Command-line tool with which operations create the master-key keystore that
 * {@link MasterKeys#fromKeyStore} reads.
 *
 * <pre>
 * ONECARD_KEYSTORE_PASSWORD=… java -cp … cn.lianxin.onecard.integration.keys.MasterKeyStoreTool \
 *     master-keys.p12 [--force] [--test-keys | mk_tac=HEX mk_upload=HEX mk_wallet=HEX mk_sector=HEX]
 * </pre>
 *
 * Without keys on the command line it reads {@code alias=HEX} lines from standard input (blank
 * lines and lines starting with {@code #} are ignored) — prefer that: arguments are visible in
 * the process list. {@code --test-keys} writes the published test keys. The password comes from
 * the environment variable {@value #PASSWORD_ENV} and protects the store and every entry. The
 * file is written atomically (owner-only permissions where the file system has them), read
 * back to check it, and never overwritten without {@code --force}. Exit status: 0 written,
 * 2 bad usage or input, 1 could not write.
 */
public final class MasterKeyStoreTool {

    /** Environment variable holding the keystore password. */
    public static final String PASSWORD_ENV = "ONECARD_KEYSTORE_PASSWORD";
    /** Shortest password accepted. */
    public static final int MIN_PASSWORD_LENGTH = 8;

    private static final String USAGE = "usage: " + PASSWORD_ENV + "=… MasterKeyStoreTool <keystore.p12> [--force]"
            + " [--test-keys | mk_tac=HEX mk_upload=HEX mk_wallet=HEX mk_sector=HEX]"
            + " (without keys: alias=HEX lines on standard input)";

    private MasterKeyStoreTool() {
    }

    /** Entry point; see the class description. */
    public static void main(String[] args) {
        int status = run(args, System.in, System.out, System.err, System.getenv());
        if (status != 0) {
            System.exit(status);
        }
    }

    /**
     * Writes {@code keys} to a new PKCS#12 keystore at {@code keystore}, each entry a secret key
     * with algorithm {@value MasterKeys#SM4_OID} protected by {@code password}.
     *
     * @param replace whether an existing file may be replaced
     * @throws MasterKeyStoreException naming the file if it exists (and may not be replaced) or
     *                                 cannot be written
     */
    public static void write(Path keystore, char[] password, MasterKeys keys, boolean replace) {
        Args.requireNonNull("keystore", keystore);
        Args.requireNonNull("password", password);
        Args.requireNonNull("keys", keys);
        if (!replace && Files.exists(keystore)) {
            throw new MasterKeyStoreException(keystore, null,
                    "master-key keystore " + keystore + " already exists (use --force to replace it)",
                    new FileAlreadyExistsException(keystore.toString()));
        }
        Path dir = keystore.toAbsolutePath().getParent();
        Path temp = null;
        try {
            KeyStore store = KeyStore.getInstance(MasterKeys.KEYSTORE_TYPE);
            store.load(null, null);
            KeyStore.PasswordProtection protection =
                    new KeyStore.PasswordProtection(password, "PBEWithHmacSHA256AndAES_256", null);
            byte[][] values = {keys.tac(), keys.upload(), keys.wallet(), keys.sector()};
            for (int i = 0; i < values.length; i++) {
                store.setEntry(MasterKeys.ALIASES.get(i),
                        new KeyStore.SecretKeyEntry(new SecretKeySpec(values[i], MasterKeys.SM4_OID)), protection);
            }
            temp = createPrivateTempFile(dir);
            try (OutputStream out = Files.newOutputStream(temp)) {
                store.store(out, password);
            }
            if (replace) {
                Files.move(temp, keystore, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } else {
                Files.move(temp, keystore, StandardCopyOption.ATOMIC_MOVE);
            }
            temp = null;
        } catch (IOException | GeneralSecurityException e) {
            throw new MasterKeyStoreException(keystore, null,
                    "cannot write master-key keystore " + keystore + ": " + e.getClass().getSimpleName(), e);
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // the temp file holds only the encrypted store; nothing more to do
                }
            }
        }
    }

    private static Path createPrivateTempFile(Path dir) throws IOException {
        if (dir.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            return Files.createTempFile(dir, ".master-keys", ".tmp",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        }
        return Files.createTempFile(dir, ".master-keys", ".tmp");
    }

    /** The tool's body, with its streams and environment passed in so that tests can drive it. */
    static int run(String[] args, InputStream stdin, PrintStream out, PrintStream err, Map<String, String> env) {
        Path keystore = null;
        boolean force = false;
        boolean testKeys = false;
        List<String> keyArgs = new ArrayList<>();
        for (String arg : args) {
            if ("--force".equals(arg)) {
                force = true;
            } else if ("--test-keys".equals(arg)) {
                testKeys = true;
            } else if (arg.startsWith("--")) {
                err.println("unknown option " + arg + "\n" + USAGE);
                return 2;
            } else if (arg.contains("=")) {
                keyArgs.add(arg);
            } else if (keystore == null) {
                keystore = Path.of(arg);
            } else {
                err.println("more than one keystore path given\n" + USAGE);
                return 2;
            }
        }
        if (keystore == null) {
            err.println(USAGE);
            return 2;
        }
        if (testKeys && !keyArgs.isEmpty()) {
            err.println("--test-keys and explicit keys exclude each other\n" + USAGE);
            return 2;
        }
        String password = env.get(PASSWORD_ENV);
        if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
            err.println("set " + PASSWORD_ENV + " to the keystore password (at least "
                    + MIN_PASSWORD_LENGTH + " characters)");
            return 2;
        }
        MasterKeys keys;
        try {
            keys = testKeys ? MasterKeys.testKeys()
                    : parseKeys(keyArgs.isEmpty() ? readLines(stdin) : keyArgs);
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            return 2;
        } catch (IOException e) {
            err.println("cannot read keys from standard input: " + e.getMessage());
            return 2;
        }
        char[] secret = password.toCharArray();
        try {
            write(keystore, secret, keys, force);
            MasterKeys.fromKeyStore(keystore, secret);
        } catch (MasterKeyStoreException e) {
            err.println(e.getMessage());
            return e.getCause() instanceof FileAlreadyExistsException ? 2 : 1;
        } finally {
            Arrays.fill(secret, '\0');
        }
        out.println("wrote master-key keystore " + keystore + " (" + MasterKeys.KEYSTORE_TYPE
                + ") with entries " + String.join(", ", MasterKeys.ALIASES)
                + (testKeys ? " holding the published TEST keys" : ""));
        return 0;
    }

    private static List<String> readLines(InputStream stdin) throws IOException {
        List<String> lines = new ArrayList<>();
        BufferedReader reader = new BufferedReader(new InputStreamReader(stdin, StandardCharsets.US_ASCII));
        String line;
        while ((line = reader.readLine()) != null) {
            String trimmed = line.strip();
            if (!trimmed.isEmpty() && !trimmed.startsWith("#")) {
                lines.add(trimmed);
            }
        }
        return lines;
    }

    /** Parses {@code alias=HEX} assignments; messages name the alias, never echo the value. */
    static MasterKeys parseKeys(List<String> assignments) {
        Map<String, byte[]> keys = new LinkedHashMap<>();
        for (String assignment : assignments) {
            int eq = assignment.indexOf('=');
            if (eq < 0) {
                throw new IllegalArgumentException("expected alias=HEX, got a line without '='");
            }
            String alias = assignment.substring(0, eq).strip();
            String value = assignment.substring(eq + 1).strip();
            if (!MasterKeys.ALIASES.contains(alias)) {
                throw new IllegalArgumentException("unknown alias '" + alias + "', expected one of "
                        + String.join(", ", MasterKeys.ALIASES));
            }
            if (keys.containsKey(alias)) {
                throw new IllegalArgumentException(alias + " given twice");
            }
            if (value.length() != 2 * Sm4.BLOCK_BYTES || !isHex(value)) {
                throw new IllegalArgumentException(alias + ": expected " + 2 * Sm4.BLOCK_BYTES
                        + " hex digits (16 bytes), got " + value.length() + " characters"
                        + (isHex(value) ? "" : " including non-hex ones"));
            }
            keys.put(alias, HexFormat.of().parseHex(value));
        }
        for (String alias : MasterKeys.ALIASES) {
            if (!keys.containsKey(alias)) {
                throw new IllegalArgumentException(alias + " missing: all of "
                        + String.join(", ", MasterKeys.ALIASES) + " are required");
            }
        }
        return MasterKeys.of(keys.get(MasterKeys.ALIAS_TAC), keys.get(MasterKeys.ALIAS_UPLOAD),
                keys.get(MasterKeys.ALIAS_WALLET), keys.get(MasterKeys.ALIAS_SECTOR));
    }

    private static boolean isHex(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (!((c >= '0' && c <= '9') || (c >= 'A' && c <= 'F') || (c >= 'a' && c <= 'f'))) {
                return false;
            }
        }
        return true;
    }
}
