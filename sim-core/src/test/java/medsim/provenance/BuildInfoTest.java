package medsim.provenance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BuildInfoTest {
    @TempDir
    Path dir;

    private static final Map<String, String> CLASSES = new TreeMap<>(Map.of(
            "medsim/model/MedSim.class", "model code",
            "medsim/cli/RunCommand.class", "cli code",
            "medsim/version.properties", "version=0.1.0\n"));

    private Path classFolder(String name, Map<String, String> files) throws IOException {
        Path root = dir.resolve(name);
        for (Map.Entry<String, String> f : files.entrySet()) {
            Path p = root.resolve(f.getKey());
            Files.createDirectories(p.getParent());
            Files.writeString(p, f.getValue());
        }
        return root;
    }

    private Path jar(String name, Map<String, String> files) throws IOException {
        Path jar = dir.resolve(name);
        try (OutputStream out = Files.newOutputStream(jar); ZipOutputStream zip = new ZipOutputStream(out)) {
            // Another order than the folder's, and a library's classes beside ours, as in the shaded jars.
            zip.putNextEntry(new ZipEntry("org/apache/Lib.class"));
            zip.write("library".getBytes());
            for (String n : new TreeMap<>(files).descendingKeySet()) {
                zip.putNextEntry(new ZipEntry(n));
                zip.write(files.get(n).getBytes());
            }
        }
        return jar;
    }

    @Test
    void theClassFolderAndAJarOfTheSameClassesHaveOneBuildId() throws IOException {
        assertEquals(BuildInfo.classesDigest(classFolder("classes", CLASSES)), BuildInfo.classesDigest(jar("medsim.jar", CLASSES)));
    }

    @Test
    void editingAnyClassChangesTheBuildIdButTheGuiClassesAndGitInfoDoNot() throws IOException {
        String id = BuildInfo.classesDigest(classFolder("a", CLASSES));
        Map<String, String> edited = new TreeMap<>(CLASSES);
        edited.put("medsim/model/MedSim.class", "model code, edited");
        assertNotEquals(id, BuildInfo.classesDigest(classFolder("b", edited)));
        Map<String, String> newVersion = new TreeMap<>(CLASSES);
        newVersion.put("medsim/version.properties", "version=0.2.0\n");
        assertNotEquals(id, BuildInfo.classesDigest(classFolder("c", newVersion)));
        Map<String, String> withGui = new TreeMap<>(CLASSES);
        withGui.put("medsim/gui/MedSimWithUI.class", "gui code");
        withGui.put("medsim/git.properties", "git.commit=abc\ngit.dirty=true\n");
        assertEquals(id, BuildInfo.classesDigest(jar("medsim-gui.jar", withGui)), "the GUI jar carries the same model");
    }

    @Test
    void theRunningBuildHasAnIdOfItsClassesAndSaysItsVersionAndCommitWhenKnown() {
        BuildInfo b = BuildInfo.current();
        assertTrue(b.id().matches("[0-9a-f]{64}"), b.id());
        assertEquals(b, BuildInfo.current(), "computed once");
        assertTrue(b.version().matches("\\d+\\.\\d+\\.\\d+.*"), b.version());
        assertTrue(b.gitCommit() == null || b.gitCommit().matches("[0-9a-f]{40}"), b.gitCommit());
        assertTrue(b.describe().startsWith(b.version() + " build " + b.id().substring(0, 12)), b.describe());
        assertEquals("null", new BuildInfo(b.id(), "0.1.0", null, null).json().get("git_commit"), "a build outside git says so");
    }
}
