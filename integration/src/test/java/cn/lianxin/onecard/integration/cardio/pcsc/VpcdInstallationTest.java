package cn.lianxin.onecard.integration.cardio.pcsc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.AssertionFailedError;

/** How PcscStackIT finds pcscd and vpcd, and that a missing one fails (not skips) naming bin/test. */
class VpcdInstallationTest {

    @TempDir
    Path dir;

    @Test
    void shouldFailNamingBinTestWhenPcscdIsNotInstalled() throws IOException {
        Path sbin = Files.createDirectories(dir.resolve("sbin"));
        Path conf = Files.createDirectories(dir.resolve("reader.conf.d"));

        assertThatThrownBy(() -> VpcdInstallation.find(conf, List.of(sbin)))
                .isInstanceOf(AssertionFailedError.class)
                .hasMessageContaining("needs pcscd, which is not installed")
                .hasMessageContaining("run bin/test, which installs the Debian packages pcscd and vsmartcard-vpcd");
    }

    @Test
    void shouldFailNamingBinTestWhenVpcdIsNotInstalled() throws IOException {
        Path sbin = pcscdIn(dir.resolve("sbin"));
        Path conf = Files.createDirectories(dir.resolve("reader.conf.d"));
        Files.writeString(conf.resolve("libccidtwin"), "#FRIENDLYNAME \"GemPCTwin serial\"\n");

        assertThatThrownBy(() -> VpcdInstallation.find(conf, List.of(sbin)))
                .isInstanceOf(AssertionFailedError.class)
                .hasMessageContaining("needs vsmartcard-vpcd, which is not installed")
                .hasMessageContaining("bin/test");
    }

    @Test
    void shouldFailNamingBinTestWhenVpcdsDriverIsGone() throws IOException {
        Path sbin = pcscdIn(dir.resolve("sbin"));
        Path conf = Files.createDirectories(dir.resolve("reader.conf.d"));
        Files.writeString(conf.resolve("vpcd"), "LIBPATH " + dir.resolve("libifdvpcd.so") + "\n");

        assertThatThrownBy(() -> VpcdInstallation.find(conf, List.of(sbin)))
                .isInstanceOf(AssertionFailedError.class)
                .hasMessageContaining("libifdvpcd.so, which is missing")
                .hasMessageContaining("bin/test");
    }

    @Test
    void shouldReadTheReaderNameAndPortFromDebiansVpcdEntry() throws IOException {
        Path sbin = pcscdIn(dir.resolve("sbin"));
        Path driver = Files.createFile(dir.resolve("libifdvpcd.so"));
        Path conf = Files.createDirectories(dir.resolve("reader.conf.d"));
        Files.writeString(conf.resolve("vpcd"), "FRIENDLYNAME \"Virtual PCD\"\n"
                + "DEVICENAME   /dev/null:0x8C7B\n"
                + "LIBPATH      " + driver + "\n"
                + "CHANNELID    0x8C7B\n");

        VpcdInstallation found = VpcdInstallation.find(conf, List.of(sbin));

        assertThat(found.readerName()).isEqualTo("Virtual PCD 00 00");
        assertThat(found.port()).isEqualTo(35963);
        assertThat(found.pcscd()).isEqualTo(sbin.resolve("pcscd"));
    }

    @Test
    void shouldRefuseAVpcdThatConnectsOut() throws IOException {
        Path sbin = pcscdIn(dir.resolve("sbin"));
        Path driver = Files.createFile(dir.resolve("libifdvpcd.so"));
        Path conf = Files.createDirectories(dir.resolve("reader.conf.d"));
        Files.writeString(conf.resolve("vpcd"), "DEVICENAME phone.example:0x8C7B\nLIBPATH " + driver + "\n");

        assertThatThrownBy(() -> VpcdInstallation.find(conf, List.of(sbin)))
                .hasMessageContaining("configured to connect out to \"phone.example:0x8C7B\"");
    }

    private static Path pcscdIn(Path sbin) throws IOException {
        Files.createDirectories(sbin);
        Path pcscd = Files.createFile(sbin.resolve("pcscd"));
        assertThat(pcscd.toFile().setExecutable(true)).isTrue();
        return sbin;
    }
}
