package medsim.record;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes output files so that a reader never sees a half-written one: everything goes to
 * a hidden partial file beside the target ({@code .NAME.partial}), which is renamed over it
 * once complete.
 *
 * <p>A partial file never outlives its write: a write that fails deletes it (a full disk
 * stays no fuller than before), and so does the JVM when it shuts down on Ctrl-C or SIGTERM
 * ({@link java.io.File#deleteOnExit}, the JDK's shutdown hook for files). Only a kill that no
 * process survives (SIGKILL, a power cut) can leave one behind; {@link #isPartial} tells them
 * from results, so that such a leftover never makes an output folder count as used.
 *
 * <p>Every I/O failure is a {@link FileAccessException} that names the target, not the
 * partial file.
 */
public final class AtomicFiles {
    private AtomicFiles() {}

    /** Text content producer that may throw I/O errors. */
    public interface Content {
        void writeTo(Writer w) throws IOException;
    }

    /** Binary content producer that may throw I/O errors. */
    public interface Bytes {
        void writeTo(OutputStream out) throws IOException;
    }

    public static Path partialFor(Path target) {
        return target.resolveSibling("." + target.getFileName() + ".partial");
    }

    /** Whether a file is one of medsim's partial files: a write in progress, or the leftover of a killed one. */
    public static boolean isPartial(Path file) {
        String name = file.getFileName().toString();
        return name.startsWith(".") && name.endsWith(".partial") && name.length() > ".partial".length() + 1;
    }

    /** Writes a UTF-8 text file atomically. */
    public static void write(Path target, Content content) {
        writeBytes(target, out -> {
            Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            content.writeTo(w);
            w.flush();
        });
    }

    /** Writes a binary file atomically. */
    public static void writeBytes(Path target, Bytes content) {
        Path partial = partialFor(target);
        try {
            try (OutputStream out = Files.newOutputStream(deletedOnExit(partial))) {
                content.writeTo(out);
            }
            publish(partial, target);
        } catch (IOException e) {
            deleteQuietly(partial);
            throw FileAccessException.writing(target, e);
        } catch (RuntimeException | Error e) {
            deleteQuietly(partial);
            throw e;
        }
    }

    /**
     * Opens the partial file of {@code target} for a file written over a whole run (events.csv):
     * {@link Partial#publish} gives it its real name; {@link Partial#close} before that deletes it.
     */
    public static Partial openPartial(Path target) {
        Path partial = partialFor(target);
        try {
            return new Partial(target, partial, Files.newOutputStream(deletedOnExit(partial)));
        } catch (IOException e) {
            deleteQuietly(partial);
            throw FileAccessException.writing(target, e);
        }
    }

    /** A text file being written to its partial file, for as long as a run goes. */
    public static final class Partial implements Closeable {
        private final Path target;
        private final Path partial;
        private final OutputStream stream;
        private final BufferedWriter writer;
        private boolean published;

        private Partial(Path target, Path partial, OutputStream stream) {
            this.target = target;
            this.partial = partial;
            this.stream = stream;
            this.writer = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8));
        }

        /** Where the text goes; its I/O errors are the caller's to report, as {@link FileAccessException#writing} of the target. */
        public Writer writer() { return writer; }

        /** Flushes and closes the file and gives it its real name. */
        public void publish() {
            try {
                writer.flush();
                stream.close();
                AtomicFiles.publish(partial, target);
                published = true;
            } catch (IOException e) {
                throw FileAccessException.writing(target, e);
            }
        }

        /**
         * Closes the file and, unless it was published, deletes it. The file itself is closed
         * even when the writer cannot flush (a full disk), which Java's writers do not do: its
         * descriptor would keep the deleted file's space in use until the process ends.
         */
        @Override
        public void close() {
            try {
                stream.close();
            } catch (IOException ignored) {
                // the write that failed was reported; this is clean-up
            }
            if (!published) deleteQuietly(partial);
        }
    }

    /** Marks a partial file for deletion if the JVM exits (Ctrl-C, SIGTERM) before it is published. */
    private static Path deletedOnExit(Path partial) {
        partial.toFile().deleteOnExit();
        return partial;
    }

    /** Renames a finished partial file over its target. */
    static void publish(Path partial, Path target) throws IOException {
        try {
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Deletes a file whose write has failed; the failure, not this, is what gets reported. */
    public static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // the write already failed; report that
        }
    }

    /** Creates an output folder and its parents. */
    public static void createFolder(Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw FileAccessException.creatingFolder(dir, e);
        }
    }

    /** What a folder holds besides medsim's partial files; empty if the folder does not exist. */
    public static List<Path> contents(Path dir) {
        List<Path> out = new ArrayList<>();
        if (!Files.isDirectory(dir)) return out;
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
            for (Path p : entries) if (!isPartial(p)) out.add(p);
        } catch (IOException e) {
            throw FileAccessException.listing(dir, e);
        }
        out.sort(null);
        return out;
    }

    /** Deletes the partial files that killed runs left in a folder. */
    public static void deleteLeftovers(Path dir) {
        if (!Files.isDirectory(dir)) return;
        List<Path> leftovers = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir, p -> isPartial(p) && Files.isRegularFile(p))) {
            for (Path p : entries) leftovers.add(p);
        } catch (IOException e) {
            throw FileAccessException.listing(dir, e);
        }
        for (Path p : leftovers) {
            try {
                Files.deleteIfExists(p);
            } catch (IOException e) {
                throw FileAccessException.writing(p, e);
            }
        }
    }
}
