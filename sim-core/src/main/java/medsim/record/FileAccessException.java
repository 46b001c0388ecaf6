package medsim.record;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * A file or folder that medsim cannot write because of where it runs, not because of what it
 * was given: a full disk, a read-only folder, an output path that goes through a regular file.
 * Its message is the one line a user sees, with the path as given and the cause in words:
 * {@code cannot write runs/x/daily.csv: no space left on device}. The command line prints it
 * after {@code medsim: } and exits with 1; bad input is {@link medsim.yaml.InputException}
 * (exit 2) instead.
 */
public final class FileAccessException extends UncheckedIOException {
    private static final long serialVersionUID = 1L;

    private FileAccessException(String message, IOException cause) {
        super(message, cause);
    }

    /** {@code cannot write FILE: CAUSE}. */
    public static FileAccessException writing(Path file, IOException cause) {
        return new FileAccessException("cannot write " + file + ": " + cause(file, cause), cause);
    }

    /** {@code cannot create folder DIR: CAUSE}. */
    public static FileAccessException creatingFolder(Path dir, IOException cause) {
        String why = Files.exists(dir) && !Files.isDirectory(dir) ? "it is a file" : cause(dir, cause);
        return new FileAccessException("cannot create folder " + dir + ": " + why, cause);
    }

    /** {@code cannot read FOLDER: CAUSE}, for a folder whose entries cannot be listed. */
    public static FileAccessException listing(Path dir, IOException cause) {
        return new FileAccessException("cannot read folder " + dir + ": " + cause(dir, cause), cause);
    }

    /**
     * Why an I/O operation on {@code path} failed, in words and without Java class names:
     * "no space left on device", "permission denied", "runs is a file, not a folder".
     */
    public static String cause(Path path, IOException e) {
        Path file = blockingFile(path);
        if (file != null) return file + " is a file, not a folder";
        if (e instanceof AccessDeniedException) return "permission denied";
        if (e instanceof NoSuchFileException) return "no such file or folder";
        if (e instanceof NotDirectoryException) return "not a folder";
        if (e instanceof FileAlreadyExistsException) return "already exists";
        if (e instanceof DirectoryNotEmptyException) return "folder is not empty";
        if (e instanceof FileSystemException fse) return fse.getReason() != null ? sentence(fse.getReason()) : "file system error";
        return e.getMessage() != null && !e.getMessage().isBlank() ? sentence(e.getMessage()) : "input/output error";
    }

    /**
     * As {@link #cause(Path, IOException)}, for an exception that names its own file (a
     * {@link FileSystemException}) or none.
     */
    public static String cause(IOException e) {
        Path file = e instanceof FileSystemException fse && fse.getFile() != null ? Path.of(fse.getFile()) : null;
        return cause(file, e);
    }

    /** The nearest ancestor of {@code path} that exists and is not a folder: the reason nothing can be made under it. */
    private static Path blockingFile(Path path) {
        if (path == null) return null;
        for (Path p = path.getParent(); p != null; p = p.getParent()) {
            if (Files.exists(p)) return Files.isDirectory(p) ? null : p;
        }
        return null;
    }

    /** "No space left on device" as it reads after a colon: "no space left on device". */
    private static String sentence(String reason) {
        String r = reason.strip();
        if (r.length() > 1 && Character.isUpperCase(r.charAt(0)) && !Character.isUpperCase(r.charAt(1))) {
            r = r.substring(0, 1).toLowerCase(Locale.ROOT) + r.substring(1);
        }
        return r;
    }
}
