package cn.lianxin.onecard.integration.keys;

import java.nio.file.Path;
import java.util.Optional;

/**
 * The master-key keystore could not be read or written: missing file, wrong password, missing
 * or unusable entry. The message names the keystore file and, when one entry is at fault, its
 * alias; it never contains key bytes.
 */
public final class MasterKeyStoreException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient Path keystore;
    private final String alias;

    MasterKeyStoreException(Path keystore, String alias, String message, Throwable cause) {
        super(message, cause);
        this.keystore = keystore;
        this.alias = alias;
    }

    /** The keystore file concerned. */
    public Path keystore() {
        return keystore;
    }

    /** The entry at fault, or empty when the whole store is (missing, wrong password). */
    public Optional<String> alias() {
        return Optional.ofNullable(alias);
    }
}
