package medsim.provenance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import medsim.yaml.YamlNode;

class InputFilesTest {
    @TempDir
    Path dir;

    private RunInputs read(Path folder) {
        return new RunInputs(List.of(InputFile.read("scenario", folder.resolve("child.yaml")), InputFile.read("extends", folder.resolve("base.yaml"))));
    }

    private Path folder(String name, String base) throws IOException {
        Path f = Files.createDirectories(dir.resolve(name));
        Files.writeString(f.resolve("child.yaml"), "extends: base.yaml\n");
        Files.writeString(f.resolve("base.yaml"), base);
        return f;
    }

    @Test
    void theDigestCoversEveryFilesContentInOrderButNotWhereTheFilesLie() throws IOException {
        RunInputs a = read(folder("a", "x: 1\n"));
        assertEquals(a.digest(), read(folder("moved", "x: 1\n")).digest(), "the same files elsewhere");
        assertNotEquals(a.digest(), read(folder("edited", "x: 2\n")).digest());
        assertNotEquals(a.digest(), new RunInputs(List.of(a.files().get(1), a.files().get(0))).digest(), "another order");
        assertTrue(a.digest().matches("[0-9a-f]{64}"));
    }

    @Test
    void theChangesSinceEarlierFilesNameEachFile() throws IOException {
        Path f = folder("a", "x: 1\n");
        RunInputs before = read(f);
        assertEquals(List.of(), read(f).changesSince(before));
        Files.writeString(f.resolve("base.yaml"), "x: 2\n");
        assertEquals(List.of(f.resolve("base.yaml") + " changed"), read(f).changesSince(before));
        RunInputs other = new RunInputs(List.of(InputFile.read("scenario", f.resolve("child.yaml"))));
        assertEquals(List.of(f.resolve("base.yaml") + " is no longer read"), other.changesSince(before));
        assertEquals(List.of(f.resolve("base.yaml") + " is read now"), before.changesSince(other));
    }

    @Test
    void theJsonListReadsBackAsTheSameFiles() throws IOException {
        RunInputs a = read(folder("a", "x: 1\n"));
        assertEquals(a, RunInputs.fromJson(YamlNode.parse("t.json", "{\"inputs\": " + a.toJson() + "}").asMap().get("inputs")));
    }
}
