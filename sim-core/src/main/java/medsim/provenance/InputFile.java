package medsim.provenance;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import medsim.yaml.InputException;

/**
 * One file that decides a run, as it was read: its role ({@code sweep}, {@code design},
 * {@code scenario}, {@code extends}, {@code facts}, {@code land}), its absolute path and the
 * SHA-256 of its bytes (64 lower-case hex digits).
 */
public record InputFile(String role, Path path, String sha256) {

    /** Hashes the file now. A file that cannot be read is bad input, naming the file. */
    public static InputFile read(String role, Path file) {
        try {
            return new InputFile(role, file.toAbsolutePath().normalize(), sha256(Files.readAllBytes(file)));
        } catch (NoSuchFileException e) {
            throw InputException.of(file.toString(), "no such file");
        } catch (IOException e) {
            throw InputException.of(file.toString(), "cannot be read: " + e.getMessage());
        }
    }

    /** SHA-256 of some bytes, as 64 lower-case hex digits. */
    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    /** The path as a user would type it: relative to the current folder when it lies inside it. */
    public String displayPath() {
        Path here = Path.of("").toAbsolutePath().normalize();
        return path.startsWith(here) && !path.equals(here) ? here.relativize(path).toString() : path.toString();
    }
}
