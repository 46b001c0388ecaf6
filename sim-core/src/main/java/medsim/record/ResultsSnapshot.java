package medsim.record;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A command's result files in its output folder as they were before it replaced them, to put
 * back if it fails: a resumed calibration may refuse a journal line only when it replays it,
 * after it began to rewrite its results. Held in memory (medsim's results are small); a process
 * killed meanwhile leaves what it had written, as any interrupted command does.
 */
public final class ResultsSnapshot {
    private final Path dir;
    private final List<String> own;
    private final Map<Path, byte[]> files;

    private ResultsSnapshot(Path dir, List<String> own, Map<Path, byte[]> files) {
        this.dir = dir;
        this.own = List.copyOf(own);
        this.files = files;
    }

    /** The files named {@code own} that {@code dir} holds now (regular files, not links), with their bytes. */
    public static ResultsSnapshot of(Path dir, List<String> own) {
        Map<Path, byte[]> files = new TreeMap<>();
        for (String f : own) {
            Path p = dir.resolve(f);
            if (!Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) continue;
            try {
                files.put(p, Files.readAllBytes(p));
            } catch (IOException e) {
                throw FileAccessException.writing(p, e);
            }
        }
        return new ResultsSnapshot(dir, own, files);
    }

    /** Puts back the files it holds, and removes those of {@code own} written since that were not there. */
    public void restore() {
        try {
            for (String f : own) {
                Path p = dir.resolve(f);
                if (files.containsKey(p)) Files.write(p, files.get(p));
                else Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw FileAccessException.writing(dir, e);
        }
    }
}
