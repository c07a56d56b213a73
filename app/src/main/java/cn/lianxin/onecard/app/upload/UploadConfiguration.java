package cn.lianxin.onecard.app.upload;

import cn.lianxin.onecard.integration.exchange.ExchangeProperties;
import cn.lianxin.onecard.integration.keys.KeySystem;
import cn.lianxin.onecard.integration.upload.ConsUploadPipeline;
import cn.lianxin.onecard.integration.upload.Quarantine;
import cn.lianxin.onecard.integration.upload.UploadStore;
import java.time.Clock;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.beans.factory.annotation.Qualifier;
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
            ExchangeProperties properties, Clock clock, @Qualifier("uploadReadingThreads") ExecutorService uploadReadingThreads) {
        return new ConsUploadPipeline(keys, store, quarantine, properties.getCentreId(), clock, uploadReadingThreads);
    }

    /**
     * Threads reading uploads while their transactions store what is read: two per upload being
     * read (the lines, the file MAC), gone a minute after it ends. Daemon threads, so they never
     * hold the application up.
     */
    @Bean(destroyMethod = "shutdownNow")
    ExecutorService uploadReadingThreads() {
        AtomicInteger count = new AtomicInteger();
        return Executors.newCachedThreadPool(task -> {
            Thread thread = new Thread(task, "upload-reading-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }
}
