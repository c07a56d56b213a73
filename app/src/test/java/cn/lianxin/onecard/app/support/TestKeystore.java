package cn.lianxin.onecard.app.support;

import cn.lianxin.onecard.integration.keys.MasterKeyStoreTool;
import cn.lianxin.onecard.integration.keys.MasterKeys;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Gives the production profile what it insists on: a password-protected master-key keystore. It
 * holds the published test master keys, written with the same tool operations use.
 */
public class TestKeystore implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    static final String PASSWORD = "it-keystore-Password-2026";

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        try {
            Path keystore = Files.createTempDirectory("onecard-it-keys").resolve("master-keys.p12");
            MasterKeyStoreTool.write(keystore, PASSWORD.toCharArray(), MasterKeys.testKeys(), true);
            keystore.toFile().deleteOnExit();
            context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("test-keystore", Map.of(
                    "onecard.keys.keystore", keystore.toString(),
                    "onecard.keys.keystore-password", PASSWORD)));
        } catch (Exception e) {
            throw new IllegalStateException("could not write the test keystore", e);
        }
    }
}
