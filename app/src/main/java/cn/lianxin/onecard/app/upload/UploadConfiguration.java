package cn.lianxin.onecard.app.upload;

import cn.lianxin.onecard.integration.exchange.ExchangeProperties;
import cn.lianxin.onecard.integration.keys.KeySystem;
import cn.lianxin.onecard.integration.upload.ConsUploadPipeline;
import cn.lianxin.onecard.integration.upload.Quarantine;
import cn.lianxin.onecard.integration.upload.UploadStore;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;

/**
 * Wires the upload pipeline of {@code integration.upload} (its routes are scanned from there; the
 * error handling and {@code onecard.exchange.*} come with the exchange routes) to this app's
 * database ({@link JdbcUploadStore}) and terminal archive ({@link TerminalSftpServers}).
 */
@Configuration(proxyBeanMethods = false)
@ComponentScan(basePackageClasses = ConsUploadPipeline.class)
public class UploadConfiguration {

    @Bean
    Quarantine quarantine(ExchangeProperties properties) {
        return new Quarantine(properties.getQuarantineDir());
    }

    @Bean
    ConsUploadPipeline consUploadPipeline(KeySystem keys, UploadStore store, Quarantine quarantine,
            ExchangeProperties properties, Clock clock) {
        return new ConsUploadPipeline(keys, store, quarantine, properties.getCentreId(), clock);
    }
}
