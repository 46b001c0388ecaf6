package medsim.record;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;

import medsim.yaml.InputException;

/**
 * An exclusive lock on an output folder while a medsim command writes to it (run, sweep,
 * merge, validate, compare, calibrate, slurm), so that two commands started into one folder
 * neither mix their files nor remove each other's: a {@code run --force} cannot clear a folder
 * a sweep is writing, and two sweeps do not both run every run. It is an OS file lock on a
 * hidden file in the folder ({@link OutputFolder#LOCK}), released when the command ends or
 * its process dies.
 *
 * <p>The holder removes the file before it releases the lock, so that a folder holds no lock
 * file once its command has ended (a process killed with SIGKILL leaves one; it is not held,
 * and {@link OutputFolder#contents} does not count it). A command that locked a file which
 * was removed meanwhile (it opened it just before its holder ended) would hold a lock nobody
 * else sees; so a command that gets the lock checks that the folder's lock file is still the
 * one it locked (a token it wrote there reads back), and tries again if not.
 */
public final class FolderLock implements AutoCloseable {
    private final Path file;
    private final FileChannel channel;
    private final FileLock lock;

    private FolderLock(Path file, FileChannel channel, FileLock lock) {
        this.file = file;
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * Creates {@code dir} if need be and locks it.
     *
     * @throws InputException if {@code dir} exists and is not a folder, or another medsim command (in this process or another) holds it
     * @throws FileAccessException if the folder or its lock file cannot be created
     */
    public static FolderLock acquire(Path dir) {
        if (Files.exists(dir) && !Files.isDirectory(dir)) throw InputException.of(dir.toString(), "--out exists and is not a folder");
        AtomicFiles.createFolder(dir);
        Path file = dir.resolve(OutputFolder.LOCK);
        for (int attempt = 0; attempt < 100; attempt++) {
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
                throw InputException.of(dir.toString(), "is in use by another medsim command (a run, sweep, merge, validate, compare or calibrate writing to it); "
                        + "wait for it to end, or choose another --out");
            }
            FolderLock held = new FolderLock(file, channel, lock);
            if (held.stillLinked()) return held;
            held.release(); // its holder removed the file we locked: lock the folder's file as it is now
        }
        throw FileAccessException.writing(file, new IOException("its lock file keeps being replaced"));
    }

    /** Whether the folder's lock file is the file this holds: a token written to it reads back through its name. */
    private boolean stillLinked() {
        byte[] token = (ProcessHandle.current().pid() + " " + System.identityHashCode(this) + " " + System.nanoTime() + "\n").getBytes(StandardCharsets.US_ASCII);
        try {
            channel.truncate(0);
            channel.write(ByteBuffer.wrap(token), 0);
            return Arrays.equals(token, Files.readAllBytes(file));
        } catch (NoSuchFileException e) {
            return false;
        } catch (IOException e) {
            release();
            throw FileAccessException.writing(file, e);
        }
    }

    private void release() {
        try {
            lock.release();
        } catch (IOException ignored) {
            // closing the channel below releases it
        }
        closeQuietly(channel);
    }

    private static void closeQuietly(FileChannel channel) {
        try {
            channel.close();
        } catch (IOException ignored) {
            // the lock's failure is what gets reported
        }
    }

    /** Removes the lock file, then releases the lock (closing the file releases it too, should the release itself fail). */
    @Override
    public void close() {
        AtomicFiles.deleteQuietly(file);
        release();
    }
}
