package cn.lianxin.onecard.integration.exchange;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * Keeps a file staff are to look at — {@code <directory>/<name>} and, beside it,
 * {@code <name>.reason} saying why — each written under a {@code .part-} name and renamed. Names
 * that are not plain file names are replaced, so a caller cannot write outside the directory.
 */
final class KeptFiles {

    private static final Pattern PLAIN_NAME = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_.-]{0,63}");

    private KeptFiles() {
    }

    /** Keeps {@code content} and {@code reason}; returns where the file now lies. */
    static Path keep(Path directory, String fileName, byte[] content, String reason) {
        String name = fileName != null && PLAIN_NAME.matcher(fileName).matches() && !fileName.contains("..") ? fileName
                : "unnamed-" + HexFormat.of().formatHex(Integer.toHexString(String.valueOf(fileName).hashCode())
                        .getBytes(StandardCharsets.US_ASCII));
        try {
            Files.createDirectories(directory);
            Path file = directory.resolve(name);
            write(file, content);
            write(directory.resolve(name + ".reason"), (reason.endsWith("\n") ? reason : reason + "\n")
                    .getBytes(StandardCharsets.UTF_8));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep " + name + " in " + directory + ": " + e.getMessage(), e);
        }
    }

    private static void write(Path file, byte[] bytes) throws IOException {
        Path part = file.resolveSibling(".part-" + file.getFileName());
        Files.write(part, bytes);
        Files.move(part, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
