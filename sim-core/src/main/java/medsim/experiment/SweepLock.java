package medsim.experiment;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import medsim.record.AtomicFiles;
import medsim.record.FileAccessException;
import medsim.record.OutputFolder;
import medsim.yaml.InputException;

/**
 * An exclusive lock on a sweep folder while a sweep writes to it, so that two sweeps started
 * into one folder do not both run every run. It is an OS file lock on a hidden file in the
 * folder ({@link OutputFolder#SWEEP_LOCK}), released when the sweep ends or its process dies;
 * the file itself stays (removing it would let a third sweep lock a new file while a second
 * holds the old one).
 */
public final class SweepLock implements AutoCloseable {
    private final FileChannel channel;
    private final FileLock lock;

    private SweepLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * Creates {@code dir} if need be and locks it.
     *
     * @throws InputException if another sweep (in this process or another) holds it
     */
    public static SweepLock acquire(Path dir) {
        AtomicFiles.createFolder(dir);
        Path file = dir.resolve(OutputFolder.SWEEP_LOCK);
        FileChannel channel;
        try {
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        } catch (IOException e) {
            throw FileAccessException.writing(file, e);
        }
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null;
        } catch (IOException e) {
            closeQuietly(channel);
            throw FileAccessException.writing(file, e);
        }
        if (lock == null) {
            closeQuietly(channel);
            throw InputException.of(dir.toString(), "is in use by another medsim sweep; wait for it to end, or choose another --out");
        }
        return new SweepLock(channel, lock);
    }

    private static void closeQuietly(FileChannel channel) {
        try {
            channel.close();
        } catch (IOException ignored) {
            // the lock's failure is what gets reported
        }
    }

    @Override
    public void close() throws IOException {
        try {
            lock.release();
        } finally {
            channel.close();
        }
    }
}
