package medsim.fuzz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The repository's layout rebuilt in a temporary folder out of symbolic links, with real
 * folders only on the way to the one file a fuzz target writes its input to. A fuzzed file
 * there finds what the shipped file in that folder would find ({@code extends: ../central-med-2016.yaml},
 * the base scenario, the facts, the land), and nothing the loader does can write into the
 * repository through it. {@link #assertNothingWritten()} checks that the input file is the
 * only one the target wrote: in the workspace, and in the folder the tests run in.
 */
public final class FuzzWorkspace {
    /** The repository root: the tests run in the module's folder. */
    public static final Path REPOSITORY = Path.of("..").toAbsolutePath().normalize();

    private final Path root;
    private final Path input;
    private final TreeMap<String, Long> before;
    /** Taken at the first input, once the fuzzer has made its own folders there (.cifuzz-corpus). */
    private List<String> workingFolderBefore;

    private FuzzWorkspace(Path root, Path input) {
        this.root = root;
        this.input = input;
        this.before = snapshot(root);
    }

    /**
     * Lays the workspace out in {@code tempDir}: the input file is {@code inputFile}, a path
     * relative to the repository root ({@code scenarios/whatif/fuzz-input.yaml}, say), and every
     * other entry on its way links to the repository's.
     */
    public static FuzzWorkspace create(Path tempDir, String inputFile) {
        Path relative = Path.of(inputFile);
        try {
            Path real = tempDir;
            Path repo = REPOSITORY;
            for (int i = 0; i < relative.getNameCount(); i++) {
                String next = relative.getName(i).toString();
                try (Stream<Path> entries = Files.list(repo)) {
                    for (Path e : (Iterable<Path>) entries::iterator) {
                        String name = e.getFileName().toString();
                        if (!name.equals(next)) Files.createSymbolicLink(real.resolve(name), e);
                    }
                }
                if (i == relative.getNameCount() - 1) break;
                real = Files.createDirectory(real.resolve(next));
                repo = repo.resolve(next);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new FuzzWorkspace(tempDir, tempDir.resolve(relative));
    }

    /** Writes {@code data} to the input file, replacing the last input; returns the file. */
    public Path write(byte[] data) {
        if (workingFolderBefore == null) workingFolderBefore = listing(Path.of("").toAbsolutePath());
        try {
            return Files.write(input, data);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Path input() { return input; }

    /** Fails if a file or folder appeared, went or changed size in the workspace (beside the input) or in the working folder. */
    public void assertNothingWritten() {
        TreeMap<String, Long> now = snapshot(root);
        if (!now.equals(before)) throw new AssertionError("the fuzz target changed its workspace: before " + before + ", after " + now);
        List<String> workingFolder = listing(Path.of("").toAbsolutePath());
        if (!workingFolder.equals(workingFolderBefore)) {
            throw new AssertionError("the fuzz target wrote into the working folder: before " + workingFolderBefore + ", after " + workingFolder);
        }
    }

    /** Every path in the workspace (links not followed) with its size, the input file left out. */
    private TreeMap<String, Long> snapshot(Path dir) {
        TreeMap<String, Long> files = new TreeMap<>();
        try {
            Files.walkFileTree(dir, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (!file.equals(input)) files.put(dir.relativize(file).toString(), attrs.isSymbolicLink() ? -1 : attrs.size());
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) {
                    files.put(dir.relativize(d) + "/", 0L);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    /** The names in a folder, but for the files by which a JVM asks another to attach an agent (Jazzer's JVMs do so). */
    private static List<String> listing(Path dir) {
        try (Stream<Path> entries = Files.list(dir)) {
            List<String> names = new ArrayList<>();
            entries.map(p -> p.getFileName().toString()).filter(n -> !n.startsWith(".attach_pid")).sorted().forEach(names::add);
            return names;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
