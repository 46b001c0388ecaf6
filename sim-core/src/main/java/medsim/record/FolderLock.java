package medsim.record;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import medsim.yaml.InputException;

/**
 * An exclusive lock on an output folder while a medsim command writes to it (run, sweep,
 * merge, validate, compare, calibrate, slurm), so that two commands started into one folder
 * neither mix their files nor remove each other's: a {@code run --force} cannot clear a folder
 * a sweep is writing, and two sweeps do not both run every run. It is an OS file lock on a
 * hidden file in the folder ({@link OutputFolder#LOCK}), released when the command ends or
 * its process dies; the file itself stays (removing it would let a third command lock a new
 * file while a second holds the old one).
 *
 * <p>The shards of one calibration write into one folder together ({@link #acquireShard}):
 * each holds the folder's lock shared, which keeps every other command out, and its own
 * shard's lock ({@link OutputFolder#shardLock}) exclusively, which keeps out a second copy of
 * the same shard.
 */
public final class FolderLock implements AutoCloseable {
    private final FileChannel channel;
    private final FileLock lock;
    private final FolderLock inner; // a shard's own lock, inside the folder's shared one; or null

    private FolderLock(FileChannel channel, FileLock lock, FolderLock inner) {
        this.channel = channel;
        this.lock = lock;
        this.inner = inner;
    }

    /**
     * Creates {@code dir} if need be and locks it.
     *
     * @throws InputException if {@code dir} exists and is not a folder, or another medsim command (in this process or another) holds it
     * @throws FileAccessException if the folder or its lock file cannot be created
     */
    public static FolderLock acquire(Path dir) {
        return lock(dir, OutputFolder.LOCK, false, "is in use by another medsim command (a run, sweep, merge, validate, compare, predict, calibrate or report writing to it); "
                + "wait for it to end, or choose another folder");
    }

    /**
     * Creates {@code dir} if need be and locks it for shard {@code shard} of a calibration:
     * the folder's lock shared with the other shards, and the shard's own exclusively.
     *
     * @throws InputException if {@code dir} exists and is not a folder, another command than a shard holds it, or another process runs the same shard into it
     * @throws FileAccessException if the folder or a lock file cannot be created
     */
    public static FolderLock acquireShard(Path dir, int shard) {
        FolderLock folder = lock(dir, OutputFolder.LOCK, true, "is in use by another medsim command than a shard of a calibration; "
                + "wait for it to end, or choose another folder");
        try {
            FolderLock own = lock(dir, OutputFolder.shardLock(shard), false, "is in use by another process running shard " + shard
                    + " of a calibration; wait for it to end");
            return new FolderLock(folder.channel, folder.lock, own);
        } catch (RuntimeException e) {
            folder.close();
            throw e;
        }
    }

    private static FolderLock lock(Path dir, String name, boolean shared, String inUse) {
        if (Files.exists(dir) && !Files.isDirectory(dir)) throw InputException.of(dir.toString(), "--out exists and is not a folder");
        AtomicFiles.createFolder(dir);
        Path file = dir.resolve(name);
        FileChannel channel;
        try {
            channel = shared ? FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE)
                    : FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        } catch (IOException e) {
            throw FileAccessException.writing(file, e);
        }
        FileLock lock;
        try {
            lock = channel.tryLock(0, Long.MAX_VALUE, shared);
        } catch (OverlappingFileLockException e) {
            lock = null;
        } catch (IOException e) {
            closeQuietly(channel);
            throw FileAccessException.writing(file, e);
        }
        if (lock == null) {
            closeQuietly(channel);
            throw InputException.of(dir.toString(), inUse);
        }
        return new FolderLock(channel, lock, null);
    }

    private static void closeQuietly(FileChannel channel) {
        try {
            channel.close();
        } catch (IOException ignored) {
            // the lock's failure is what gets reported
        }
    }

    /** Releases the lock; closing the file releases it too, should the release itself fail. */
    @Override
    public void close() {
        if (inner != null) inner.close();
        try {
            lock.release();
        } catch (IOException ignored) {
            // closing the channel below releases it
        }
        closeQuietly(channel);
    }
}
