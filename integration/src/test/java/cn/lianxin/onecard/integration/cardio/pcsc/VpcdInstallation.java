package cn.lianxin.onecard.integration.cardio.pcsc;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Where Debian's {@code pcscd} and {@code vsmartcard-vpcd} are on this machine: the daemon's
 * binary, and from vpcd's reader.conf.d entry ({@code FRIENDLYNAME "Virtual PCD"},
 * {@code DEVICENAME /dev/null:0x8C7B}, {@code LIBPATH …/libifdvpcd.so}, {@code CHANNELID 0x8C7B})
 * the first virtual reader's PC/SC name and TCP port.
 *
 * <p>Anything missing fails the test (it does not skip it) with a message naming
 * {@code bin/test}, which installs both packages.
 *
 * @param pcscd the pcscd binary
 * @param readerName the first virtual reader, "Virtual PCD 00 00"
 * @param port vpcd's port for that reader, 35963
 */
record VpcdInstallation(Path pcscd, String readerName, int port) {

    static final Path READER_CONF_DIR = Path.of("/etc/reader.conf.d");
    static final List<Path> BINARY_DIRS = List.of(Path.of("/usr/sbin"), Path.of("/usr/local/sbin"), Path.of("/sbin"),
            Path.of("/usr/bin"));
    static final String HOW_TO_INSTALL = "run bin/test, which installs the Debian packages pcscd and vsmartcard-vpcd"
            + " when they are missing (by hand: apt-get install pcscd vsmartcard-vpcd)";

    /** This machine's installation. */
    static VpcdInstallation find() {
        return find(READER_CONF_DIR, BINARY_DIRS);
    }

    /** The installation with reader configurations in {@code readerConfDir} and pcscd in one of {@code binaryDirs}. */
    static VpcdInstallation find(Path readerConfDir, List<Path> binaryDirs) {
        Path pcscd = binaryDirs.stream().map(dir -> dir.resolve("pcscd")).filter(Files::isExecutable).findFirst()
                .orElse(null);
        if (pcscd == null) {
            fail("The PC/SC integration test needs pcscd, which is not installed (no pcscd in " + binaryDirs + "): "
                    + HOW_TO_INSTALL);
        }
        Map<String, String> vpcd = vpcdEntry(readerConfDir);
        if (vpcd == null) {
            fail("The PC/SC integration test needs vsmartcard-vpcd, which is not installed (no reader in "
                    + readerConfDir + " with LIBPATH …libifdvpcd.so): " + HOW_TO_INSTALL);
        }
        Path driver = Path.of(vpcd.get("LIBPATH"));
        if (!Files.isRegularFile(driver)) {
            fail("The PC/SC integration test needs vsmartcard-vpcd's driver " + driver + ", which is missing: "
                    + HOW_TO_INSTALL);
        }
        String device = vpcd.getOrDefault("DEVICENAME", "");
        if (!device.startsWith("/dev/null")) {
            fail("vpcd is configured to connect out to \"" + device + "\" (DEVICENAME in " + readerConfDir
                    + "); the test needs Debian's default, vpcd listening on a local port (DEVICENAME /dev/null:0x8C7B)");
        }
        String channel = vpcd.get("CHANNELID");
        int port;
        try {
            port = channel == null ? 0x8C7B : Integer.decode(channel);
        } catch (NumberFormatException e) {
            throw new IllegalStateException("vpcd's CHANNELID \"" + channel + "\" is not a port number", e);
        }
        String name = vpcd.getOrDefault("FRIENDLYNAME", "Virtual PCD");
        return new VpcdInstallation(pcscd, name + " 00 00", port);
    }

    /** The keys and values of the reader.conf.d file whose LIBPATH is vpcd's driver, or null. */
    private static Map<String, String> vpcdEntry(Path readerConfDir) {
        if (!Files.isDirectory(readerConfDir)) {
            return null;
        }
        List<Path> files;
        try (Stream<Path> listing = Files.list(readerConfDir)) {
            files = new ArrayList<>(listing.filter(Files::isRegularFile).sorted().toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (Path file : files) {
            Map<String, String> entry = parse(file);
            if (entry.getOrDefault("LIBPATH", "").contains("libifdvpcd")) {
                return entry;
            }
        }
        return null;
    }

    private static Map<String, String> parse(Path file) {
        Map<String, String> entry = new HashMap<>();
        List<String> lines;
        try {
            lines = Files.readAllLines(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (String raw : lines) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] parts = line.split("\\s+", 2);
            if (parts.length == 2) {
                entry.put(parts[0], parts[1].strip().replaceAll("^\"|\"$", ""));
            }
        }
        return entry;
    }
}
