package medsim.yaml;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;

/**
 * Reads a file a user gave (on the command line or named in another file) as UTF-8 text,
 * refusing what would hang or swamp the reader before reading a byte: a missing file, a
 * folder, a device or a pipe ({@code /dev/zero}, a FIFO), a kernel file ({@code /proc/kmsg},
 * which blocks; {@code /proc/self/environ}, which is no data), a file over the size cap. Every
 * refusal is an {@link InputException} naming the file; text that is not UTF-8 names the
 * line, column and byte offset where decoding failed.
 */
public final class InputFiles {
    /** Size cap of a YAML file (scenario, base scenario, facts, sweep, calibration): 4 MiB. */
    public static final long MAX_YAML_BYTES = 4L << 20;
    /**
     * Size cap of a land (GeoJSON) file: 16 MiB, 500 times the shipped one. Reading JSON through
     * the YAML library with positions takes about 1 s and 45 MB of heap per MiB.
     */
    public static final long MAX_LAND_BYTES = 16L << 20;
    /** Size cap of a sweep's CSV design matrix (read whole, then parsed): 16 MiB. */
    public static final long MAX_CSV_BYTES = 16L << 20;

    private InputFiles() {}

    /**
     * Why {@code file} cannot be read as an input of at most {@code maxBytes}, as a phrase that
     * follows the file's name ("does not exist", "is a folder", ...), or null if it can.
     */
    public static String unusable(Path file, long maxBytes) {
        if (!Files.exists(file)) {
            return Files.isSymbolicLink(file) ? "is a symbolic link that leads nowhere (its target is missing, or links loop)" : "does not exist";
        }
        if (Files.isDirectory(file)) return "is a folder, not a file";
        if (!Files.isRegularFile(file)) return "is not a regular file (a device, a pipe or a socket)";
        if (isKernelFile(file)) return "is a file of the kernel's (under /proc or /sys), not a file of data: such files can block or never end";
        try {
            long size = Files.size(file);
            if (size > maxBytes) return "is larger than the " + mib(maxBytes) + " allowed (" + String.format(Locale.ROOT, "%,d bytes", size) + ")";
        } catch (IOException e) {
            return "cannot be read: " + cause(e);
        }
        return null;
    }

    /**
     * The file systems of the kernel's own files ({@code /proc}, {@code /sys} and those mounted
     * beneath them), where a "regular file" of size 0 may block a reader ({@code /proc/kmsg})
     * or never end, and whose bytes are no input of medsim's.
     */
    private static final Set<String> KERNEL_FILE_SYSTEMS = Set.of(
            "proc", "sysfs", "debugfs", "tracefs", "securityfs", "configfs", "cgroup", "cgroup2", "bpf", "pstore", "efivarfs", "fusectl", "binfmt_misc");

    /**
     * Whether {@code file}, a regular file, is the kernel's: its real path (links followed) lies
     * under {@code /proc} or {@code /sys}, or on one of {@link #KERNEL_FILE_SYSTEMS} wherever it
     * is mounted.
     */
    static boolean isKernelFile(Path file) {
        try {
            Path real = file.toRealPath();
            if (real.startsWith("/proc") || real.startsWith("/sys")) return true;
            return KERNEL_FILE_SYSTEMS.contains(Files.getFileStore(real).type());
        } catch (IOException | SecurityException e) {
            return false; // what cannot be resolved is reported when it is read
        }
    }

    /** The file's text, decoded strictly as UTF-8 (a leading byte-order mark is dropped). */
    public static String readText(Path file, long maxBytes) {
        String label = file.toString();
        if (!Files.exists(file)) throw InputException.of(label, "no such file");
        String why = unusable(file, maxBytes);
        if (why != null) throw InputException.of(label, why);
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            // Bounded even if the file grew since it was measured.
            bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
        } catch (IOException e) {
            throw InputException.of(label, "cannot read: " + cause(e));
        }
        if (bytes.length > maxBytes) throw InputException.of(label, "is larger than the " + mib(maxBytes) + " allowed");
        return decodeUtf8(label, bytes);
    }

    /** Decodes UTF-8 strictly; a malformed byte is an error at its line, column and byte offset. */
    static String decodeUtf8(String label, byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult r = decoder.decode(in, out, true);
        if (!r.isError()) r = decoder.flush(out);
        if (r.isError()) {
            int offset = in.position();
            int line = 1;
            int lineStart = 0;
            for (int i = 0; i < offset; i++) {
                if (bytes[i] == '\n') {
                    line++;
                    lineStart = i + 1;
                }
            }
            // The column counts characters, as editors do: UTF-8 lead bytes, not continuation bytes.
            int column = 1;
            for (int i = lineStart; i < offset; i++) if ((bytes[i] & 0xC0) != 0x80) column++;
            throw new InputException(label, line, column, null, String.format(Locale.ROOT,
                    "is not UTF-8 text: byte 0x%02X at offset %d cannot be decoded (binary data, or another encoding such as Latin-1?)",
                    bytes[offset] & 0xFF, offset));
        }
        out.flip();
        String text = out.toString();
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    private static String cause(IOException e) {
        if (e instanceof AccessDeniedException) return "permission denied";
        return e.getMessage() == null ? "input/output error" : e.getMessage();
    }

    /** A cap, a whole number of MiB. */
    private static String mib(long bytes) {
        return (bytes >> 20) + " MiB";
    }
}
