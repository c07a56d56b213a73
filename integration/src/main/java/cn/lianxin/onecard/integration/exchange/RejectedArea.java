package cn.lianxin.onecard.integration.exchange;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HexFormat;
import java.util.regex.Pattern;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Keeps a refused incoming file where staff can look at it: {@code <exchange>/<community>/rejected/<name>}
 * and, beside it, {@code <name>.reason} saying why. Names that are not plain file names are
 * replaced, so a caller cannot write outside the area.
 */
@Component
public class RejectedArea {

    private static final Pattern PLAIN_NAME = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_.-]{0,63}");

    private final Path exchangeDirectory;

    public RejectedArea(@Value("${onecard.exchange.directory}") String exchangeDirectory) {
        this.exchangeDirectory = Path.of(exchangeDirectory);
    }

    /** Keeps {@code content} and {@code reason}; returns where the file now lies. */
    public Path keep(String communityId, String fileName, byte[] content, String reason) {
        String community = communityId != null && communityId.matches("[0-9]{8}") ? communityId : "unknown";
        String name = fileName != null && PLAIN_NAME.matcher(fileName).matches() && !fileName.contains("..") ? fileName
                : "unnamed-" + HexFormat.of().formatHex(Integer.toHexString(String.valueOf(fileName).hashCode())
                        .getBytes(StandardCharsets.US_ASCII));
        Path directory = exchangeDirectory.resolve(community).resolve("rejected");
        try {
            Files.createDirectories(directory);
            Path file = directory.resolve(name);
            write(file, content);
            write(directory.resolve(name + ".reason"), (reason + "\n").getBytes(StandardCharsets.UTF_8));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep the refused file " + name + " in " + directory, e);
        }
    }

    private static void write(Path file, byte[] bytes) throws IOException {
        Path part = file.resolveSibling(".part-" + file.getFileName());
        Files.write(part, bytes);
        Files.move(part, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
