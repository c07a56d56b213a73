package cn.lianxin.onecard.app.platform;

import cn.lianxin.onecard.integration.keys.MasterKeys;
import cn.lianxin.onecard.integration.keys.KeySystem;
import java.nio.file.Path;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The SM4 key system of the centre. Production master keys come from a password-protected
 * PKCS#12 keystore ({@code ONECARD_KEYSTORE}, password in {@code ONECARD_KEYSTORE_PASSWORD});
 * the production profile refuses to start without one, and with one that holds a published test
 * key ({@code onecard.keys.allow-test-keys} lets the integration tests and benchmarks run the
 * production profile on them). {@code bin/keystore} makes a keystore. The embedded default uses the published
 * test master keys of interfaces.md §2. Keys never appear in logs, messages or the database.
 */
@Configuration
public class KeysConfiguration {

    private static final Logger log = LoggerFactory.getLogger(KeysConfiguration.class);

    @Bean
    KeySystem keySystem(@Value("${onecard.keys.keystore:}") String keystore,
                        @Value("${onecard.keys.keystore-password:}") String password,
                        @Value("${onecard.keys.require-keystore:false}") boolean required,
                        @Value("${onecard.keys.allow-test-keys:false}") boolean allowTestKeys) {
        return new KeySystem(masterKeys(keystore, password, required, allowTestKeys));
    }

    /**
     * The master keys: from the keystore when one is named; the published test keys otherwise,
     * unless {@code required} (the production profile). Where a keystore is required, one that
     * holds a published test key is refused too, unless {@code allowTestKeys} (integration tests
     * and benchmarks, which run the production profile on the test keys).
     */
    static MasterKeys masterKeys(String keystore, String password, boolean required, boolean allowTestKeys) {
        if (keystore.isBlank()) {
            if (required) {
                throw new IllegalStateException("ONECARD_KEYSTORE is not set: the production profile needs the master-key "
                        + "keystore (PKCS#12, see docs/formats-and-keys.md) and ONECARD_KEYSTORE_PASSWORD");
            }
            log.warn("Using the published TEST master keys of interfaces.md §2: never valid in production");
            return MasterKeys.testKeys();
        }
        MasterKeys keys = MasterKeys.fromKeyStore(Path.of(keystore), password.toCharArray());
        List<String> published = keys.publishedTestKeyAliases();
        if (!published.isEmpty()) {
            if (required && !allowTestKeys) {
                throw new IllegalStateException("ONECARD_KEYSTORE " + keystore + " holds the published test master keys of "
                        + "interfaces.md §2 (entries " + String.join(", ", published) + "): with them anyone computes every "
                        + "card's keys. Make a keystore of the centre's own master keys with bin/keystore");
            }
            log.warn("Master-key keystore {} holds the published TEST keys (entries {}): never valid in production",
                    keystore, published);
        }
        return keys;
    }
}
