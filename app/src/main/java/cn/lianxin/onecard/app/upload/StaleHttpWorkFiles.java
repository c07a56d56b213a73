package cn.lianxin.onecard.app.upload;

import cn.lianxin.onecard.integration.exchange.ExchangeProperties;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.stereotype.Component;

/**
 * The HTTP channel streams each upload to a work file in {@code <work-dir>/http} and deletes it
 * when the request ends. A file still there at start is the partial body of a request the
 * previous process died in (kill -9, power loss): nobody will ever read it, so it is deleted.
 * This runs while the context starts, before the web server takes its first request, so no
 * upload of this process can be caught by it.
 */
@Component
class StaleHttpWorkFiles implements InitializingBean {

    private static final Logger log = LoggerFactory.getLogger(StaleHttpWorkFiles.class);

    private final Path dir;

    StaleHttpWorkFiles(ExchangeProperties properties) {
        this.dir = properties.getWorkDir().resolve("http");
    }

    @Override
    public void afterPropertiesSet() throws IOException {
        if (!Files.isDirectory(dir)) {
            return;
        }
        int deleted = 0;
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, UploadController.WORK_FILE_GLOB)) {
            for (Path file : files) {
                if (Files.isRegularFile(file) && Files.deleteIfExists(file)) {
                    deleted++;
                }
            }
        }
        if (deleted > 0) {
            log.info("Deleted {} partial HTTP upload(s) left in {} by a process that ended during the upload", deleted, dir);
        }
    }
}
