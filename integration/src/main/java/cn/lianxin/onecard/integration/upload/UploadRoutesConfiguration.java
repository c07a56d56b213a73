package cn.lianxin.onecard.integration.upload;

import javax.sql.DataSource;
import org.apache.camel.processor.idempotent.jdbc.JdbcMessageIdRepository;
import org.apache.camel.spi.IdempotentRepository;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Beans the upload routes share. The pollers' idempotent state is Camel's
 * {@link JdbcMessageIdRepository} on the application database (table
 * {@code camel_messageprocessed}, created by Flyway): shared by every node, kept over restarts,
 * and written only when a file's exchange completes — a node killed in the middle of a file
 * leaves no entry, so the file is taken again, and the pipeline (sequence + SHA-256 in
 * {@code upload_batch}, one transaction per file) makes the second pass answer with the stored
 * ACK instead of storing anything twice.
 */
@Configuration(proxyBeanMethods = false)
public class UploadRoutesConfiguration {

    /** Processor name of the pollers' entries in {@code camel_messageprocessed}. */
    public static final String FILE_REPOSITORY_NAME = "upload-files";

    @Bean
    IdempotentRepository uploadFileRepository(DataSource dataSource) {
        JdbcMessageIdRepository repository = new JdbcMessageIdRepository(dataSource, FILE_REPOSITORY_NAME);
        repository.setCreateTableIfNotExists(false);
        return repository;
    }
}
