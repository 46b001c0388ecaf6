package medsim.provenance;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Enumeration;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import medsim.format.Json;

/**
 * Which medsim build is running.
 *
 * <p>{@code id} decides whether two runs came from the same code: the SHA-256 (64 hex digits)
 * over the model's own class files (package {@code medsim}, less the GUI's {@code medsim.gui})
 * in name order, each as its name and bytes, and {@code medsim/version.properties}, which
 * holds the version and the versions of the libraries the model uses. It is computed once per
 * process from wherever the classes were loaded, {@code target/classes} or either executable
 * jar, and all three give the same id for the same code, so editing and recompiling any class
 * between a kill and a resume changes it, whatever git says.
 *
 * <p>{@code gitCommit} and {@code gitDirty} are for humans: the commit the build was made from
 * and whether the work tree had changes then, written by the build ({@code medsim/git.properties});
 * null when the build was made outside a git clone or without git.
 */
public record BuildInfo(String id, String version, String gitCommit, Boolean gitDirty) {
    private static final String PACKAGE = "medsim/";
    private static final String GUI_PACKAGE = "medsim/gui/";
    private static final String VERSION_FILE = "medsim/version.properties";
    private static final String GIT_FILE = "medsim/git.properties";

    /** The running build; computed on first use. */
    public static BuildInfo current() {
        return Current.INFO;
    }

    /** "0.1.0 build 1a2b3c4d5e6f (commit 68df57edb10b, with uncommitted changes)": for --version and messages. */
    public String describe() {
        StringBuilder sb = new StringBuilder(version).append(" build ").append(shortId());
        if (gitCommit != null) {
            sb.append(" (commit ").append(gitCommit, 0, Math.min(12, gitCommit.length()));
            if (Boolean.TRUE.equals(gitDirty)) sb.append(", with uncommitted changes");
            sb.append(')');
        }
        return sb.toString();
    }

    /** The first 12 hex digits of the id, as git abbreviates commits. */
    public String shortId() {
        return id.substring(0, Math.min(12, id.length()));
    }

    private static final class Current {
        static final BuildInfo INFO = load();
    }

    private static BuildInfo load() {
        Properties version = properties(VERSION_FILE);
        Properties git = properties(GIT_FILE);
        String commit = git.getProperty("git.commit", "");
        String dirty = git.getProperty("git.dirty", "");
        return new BuildInfo(classesDigest(), version.getProperty("version", "unknown"),
                commit.isEmpty() ? null : commit, dirty.isEmpty() ? null : Boolean.valueOf(dirty));
    }

    private static Properties properties(String resource) {
        Properties p = new Properties();
        try (InputStream in = BuildInfo.class.getClassLoader().getResourceAsStream(resource)) {
            if (in != null) p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource + ": " + e.getMessage(), e);
        }
        return p;
    }

    /** The digest of the classes this class was loaded with; "unknown" when their place cannot be read as a path. */
    private static String classesDigest() {
        CodeSource source = BuildInfo.class.getProtectionDomain().getCodeSource();
        if (source == null) return "unknown";
        try {
            return classesDigest(Path.of(source.getLocation().toURI()));
        } catch (URISyntaxException | IllegalArgumentException | FileSystemNotFoundException e) {
            return "unknown";
        }
    }

    /** The digest of the class files and version file in a class folder or a jar (see the class comment). */
    static String classesDigest(Path location) {
        TreeMap<String, byte[]> files = new TreeMap<>();
        try {
            if (Files.isDirectory(location)) {
                try (Stream<Path> walk = Files.walk(location.resolve(PACKAGE))) {
                    for (Path p : walk.filter(Files::isRegularFile).toList()) {
                        String name = location.relativize(p).toString().replace('\\', '/');
                        if (counts(name)) files.put(name, Files.readAllBytes(p));
                    }
                }
            } else {
                try (ZipFile jar = new ZipFile(location.toFile())) {
                    for (Enumeration<? extends ZipEntry> e = jar.entries(); e.hasMoreElements(); ) {
                        ZipEntry entry = e.nextElement();
                        if (entry.isDirectory() || !counts(entry.getName())) continue;
                        try (InputStream in = jar.getInputStream(entry)) {
                            files.put(entry.getName(), in.readAllBytes());
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read medsim's own classes at " + location + ": " + e.getMessage(), e);
        }
        return digest(files);
    }

    private static boolean counts(String name) {
        return name.startsWith(PACKAGE) && !name.startsWith(GUI_PACKAGE) && (name.endsWith(".class") || name.equals(VERSION_FILE));
    }

    private static String digest(TreeMap<String, byte[]> files) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            for (var e : files.entrySet()) {
                md.update(e.getKey().getBytes(StandardCharsets.UTF_8));
                md.update((byte) 0);
                md.update(Long.toString(e.getValue().length).getBytes(StandardCharsets.UTF_8));
                md.update((byte) 0);
                md.update(e.getValue());
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    /** The fields run.json and sweep.json record, as JSON values: build_id, medsim_version, git_commit, git_dirty. */
    public Map<String, String> json() {
        Map<String, String> out = new LinkedHashMap<>();
        out.put("build_id", Json.string(id));
        out.put("medsim_version", Json.string(version));
        out.put("git_commit", gitCommit == null ? "null" : Json.string(gitCommit));
        out.put("git_dirty", gitDirty == null ? "null" : gitDirty.toString());
        return out;
    }
}
