package cn.lianxin.onecard.integration.upload;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes an answer so that whoever collects it never sees it half written: to a hidden
 * {@code .<name>.tmp} first, then renamed (atomically where the file system can). Writing the
 * same answer again replaces it with the same bytes.
 */
public final class AckOutbox {

    private AckOutbox() {
    }

    /** Writes {@code bytes} as {@code dir/name}; returns the file. */
    public static Path writeAtomically(Path dir, String name, byte[] bytes) {
        try {
            Files.createDirectories(dir);
            Path tmp = dir.resolve("." + name + ".tmp");
            Path target = dir.resolve(name);
            Files.write(tmp, bytes);
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write " + name + " to " + dir + ": " + e.getMessage(), e);
        }
    }
}
