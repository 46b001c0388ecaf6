package medsim.record;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes output files so that a reader never sees a half-written one: everything goes to
 * a hidden partial file beside the target, which is renamed over it once complete.
 */
public final class AtomicFiles {
    private AtomicFiles() {}

    /** Content producer that may throw I/O errors. */
    public interface Content {
        void writeTo(Writer w) throws IOException;
    }

    public static Path partialFor(Path target) {
        return target.resolveSibling("." + target.getFileName() + ".partial");
    }

    public static void write(Path target, Content content) {
        Path partial = partialFor(target);
        try {
            try (Writer w = Files.newBufferedWriter(partial, StandardCharsets.UTF_8)) {
                content.writeTo(w);
            }
            publish(partial, target);
        } catch (IOException e) {
            try {
                Files.deleteIfExists(partial);
            } catch (IOException ignored) {
                // the write already failed; report that
            }
            throw new UncheckedIOException("cannot write " + target + ": " + e.getMessage(), e);
        }
    }

    /** Renames a finished partial file over its target. */
    public static void publish(Path partial, Path target) throws IOException {
        try {
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
