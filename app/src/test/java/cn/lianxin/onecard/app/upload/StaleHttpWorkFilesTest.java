package cn.lianxin.onecard.app.upload;

import static org.assertj.core.api.Assertions.assertThat;

import cn.lianxin.onecard.integration.exchange.ExchangeProperties;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StaleHttpWorkFilesTest {

    @TempDir
    Path workDir;

    @Test
    void shouldDeleteThePartialBodiesAKilledProcessLeftAndNothingElse() throws Exception {
        Path http = Files.createDirectories(workDir.resolve("http"));
        Path partial = Files.write(http.resolve("upload-8123456.dat"), new byte[] {1, 2, 3});
        Path other = Files.write(http.resolve("README.txt"), new byte[] {4});
        ExchangeProperties properties = new ExchangeProperties();
        properties.setWorkDir(workDir);

        new StaleHttpWorkFiles(properties).afterPropertiesSet();

        assertThat(partial).doesNotExist();
        assertThat(other).exists();
    }

    @Test
    void shouldStartWhenNoUploadEverCameOverHttp() throws Exception {
        ExchangeProperties properties = new ExchangeProperties();
        properties.setWorkDir(workDir.resolve("never-created"));

        new StaleHttpWorkFiles(properties).afterPropertiesSet();

        assertThat(workDir.resolve("never-created")).doesNotExist();
    }
}
