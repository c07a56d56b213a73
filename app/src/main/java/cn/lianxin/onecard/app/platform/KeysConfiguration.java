package cn.lianxin.onecard.app.platform;

import cn.lianxin.onecard.integration.keys.MasterKeys;
import cn.lianxin.onecard.integration.keys.KeySystem;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The SM4 key system of the centre. Production master keys come from a password-protected
 * PKCS#12 keystore ({@code ONECARD_KEYSTORE}, password in {@code ONECARD_KEYSTORE_PASSWORD});
 * the production profile refuses to start without one. The embedded default uses the published
 * test master keys of interfaces.md §2. Keys never appear in logs, messages or the database.
 */
@Configuration
public class KeysConfiguration {

    private static final Logger log = LoggerFactory.getLogger(KeysConfiguration.class);

    @Bean
    KeySystem keySystem(@Value("${onecard.keys.keystore:}") String keystore,
                        @Value("${onecard.keys.keystore-password:}") String password,
                        @Value("${onecard.keys.require-keystore:false}") boolean required) {
        if (keystore.isBlank()) {
            if (required) {
                throw new IllegalStateException("ONECARD_KEYSTORE is not set: the production profile needs the master-key "
                        + "keystore (PKCS#12, see docs/formats-and-keys.md) and ONECARD_KEYSTORE_PASSWORD");
            }
            log.warn("Using the published TEST master keys of interfaces.md §2: never valid in production");
            return new KeySystem(MasterKeys.testKeys());
        }
        return new KeySystem(MasterKeys.fromKeyStore(Path.of(keystore), password.toCharArray()));
    }
}
