package medsim.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading a user's YAML file: hostile or broken files are refused with one line at their position. */
class YamlInputTest {
    @TempDir
    Path dir;

    private InputException refused(String text) throws IOException {
        Path f = Files.writeString(dir.resolve("x.yaml"), text);
        return assertThrows(InputException.class, () -> YamlNode.parse(f));
    }

    private static void assertOneLineWithoutJavaNames(InputException e) {
        assertFalse(e.getMessage().contains("\n"), e.getMessage());
        assertFalse(e.getMessage().matches(".*\\b(java|org|medsim)\\.[a-z]+\\..*"), e.getMessage());
        assertFalse(e.getMessage().contains("Exception"), e.getMessage());
    }

    @Test
    void aKeyGivenTwiceIsAnErrorAtTheSecondNamingTheFirstLine() throws IOException {
        InputException e = refused("name: a\nperiod: {start: 2016-01-01}\nname: b\n");
        assertEquals(dir.resolve("x.yaml") + ":3:1: name given twice (first at line 1)", e.getMessage());
    }

    @Test
    void aKeyGivenTwiceIsFoundInNestedFlowAndListMappings() throws IOException {
        assertEquals(dir.resolve("x.yaml") + ":3:3: smuggling.planScale given twice (first at line 2)",
                refused("smuggling:\n  planScale: 2\n  planScale: 3\n").getMessage());
        assertEquals(dir.resolve("x.yaml") + ":1:22: places.a.lat given twice (first at line 1)",
                refused("places: {a: {lat: 1, lat: 2}}\n").getMessage());
        assertEquals(dir.resolve("x.yaml") + ":4:5: forces[1].id given twice (first at line 3)",
                refused("forces:\n  - id: a\n  - id: b\n    id: c\n").getMessage());
    }

    @Test
    void controlCharactersTheMessageQuotesAreEscapedSoItStaysOneLine() throws IOException {
        InputException e = refused("\"a\\nb\": 1\n\"a\\nb\": 2\n");
        assertEquals(dir.resolve("x.yaml") + ":2:1: a\\nb given twice (first at line 1)", e.getMessage());
        assertEquals("v\\u000B \\u2028 \\t \\r", InputException.printable("v\u000B \u2028 \t \r"));
        assertEquals("already one line: a\\nb", InputException.printable("already one line: a\\nb"), "escaping twice changes nothing");
    }

    @Test
    void aTagTheYamlLibraryRefusesIsAnErrorAtItsNode() throws IOException {
        // %20 decodes to a space, which a tag must not end in: the library throws an IllegalArgumentException.
        assertEquals(dir.resolve("x.yaml") + ":2:4: b has a tag that YAML does not allow (tag must not contain leading or trailing spaces)",
                refused("a: 1\nb: !!str%20 x\n").getMessage());
        assertEquals(dir.resolve("x.yaml") + ":1:1: has a tag that YAML does not allow (tag must not contain leading or trailing spaces)",
                refused("!!!!%11\na: 1\n").getMessage());
    }

    @Test
    void theSameKeyInSiblingMappingsIsNotADuplicate() {
        YamlNode root = YamlNode.parse("x.yaml", "a: {lat: 1}\nb: {lat: 2}\nc: [{lat: 3}, {lat: 4}]\n");
        assertEquals(2, root.asMap().get("b").asMap().get("lat").asInt());
    }

    @Test
    void twoThousandAndAHundredThousandNestedBracketsAreRefusedAtTheLevelTooDeep() throws IOException {
        for (int levels : new int[] {2_000, 100_000}) {
            InputException e = refused("x: " + "[".repeat(levels) + "]".repeat(levels) + "\n");
            // The root mapping is the first level, so the 64th bracket is the first one too deep.
            int column = "x: ".length() + CheckedEvents.MAX_DEPTH;
            assertEquals(dir.resolve("x.yaml") + ":1:" + column + ": nests mappings and lists deeper than 64 levels", e.getMessage());
        }
        InputException e = refused("x: " + "{a: ".repeat(5_000) + "1" + "}".repeat(5_000) + "\n");
        assertTrue(e.getMessage().endsWith("nests mappings and lists deeper than 64 levels"), e.getMessage());
    }

    @Test
    void nestingUpToTheLimitIsRead() {
        int levels = CheckedEvents.MAX_DEPTH - 1;
        YamlNode root = YamlNode.parse("x.yaml", "x: " + "[".repeat(levels) + "1" + "]".repeat(levels) + "\n");
        assertTrue(root.asMap().get("x").isList());
    }

    @Test
    void anAliasBombIsRefused() throws IOException {
        StringBuilder lol = new StringBuilder("a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (int i = 1; i < 10; i++) {
            lol.append('a').append(i).append(": &a").append(i).append(" [");
            for (int k = 0; k < 10; k++) lol.append(k == 0 ? "" : ", ").append("*a").append(i - 1);
            lol.append("]\n");
        }
        InputException e = refused(lol.toString());
        assertTrue(e.getMessage().matches(".*x\\.yaml:\\d+:\\d+: has aliases \\(\\*name\\) that stand for more than 1000000 values in all; write the values out"),
                e.getMessage());
    }

    @Test
    void aFewAliasesAreFine() {
        YamlNode root = YamlNode.parse("x.yaml", "base: &b {speedKnots: 8}\ncopy: *b\n");
        assertEquals(8, root.asMap().get("copy").asMap().get("speedKnots").asInt());
    }

    @Test
    void anAliasInsideItsOwnAnchorIsRefused() throws IOException {
        InputException e = refused("a: &x [1, *x]\n");
        assertEquals(dir.resolve("x.yaml") + ":1:11: a refers to &x from inside it (a cycle)", e.getMessage());
    }

    @Test
    void aKeyThatIsNotTextIsRefusedAtItsPosition() throws IOException {
        assertEquals(dir.resolve("x.yaml") + ":2:3: has a key that is not text", refused("a: 1\n? [b]\n: 2\n").getMessage());
    }

    @Test
    void bytesThatAreNotUtf8AreAnErrorAtTheirLineColumnAndOffset() throws IOException {
        Path f = Files.write(dir.resolve("latin1.yaml"), "name: a\nnote: caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));
        InputException e = assertThrows(InputException.class, () -> YamlNode.parse(f));
        assertEquals(f + ":2:10: is not UTF-8 text: byte 0xE9 at offset 17 cannot be decoded (binary data, or another encoding such as Latin-1?)",
                e.getMessage());
        Path binary = Files.write(dir.resolve("binary.yaml"), new byte[] {0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, (byte) 0x90, 0});
        e = assertThrows(InputException.class, () -> YamlNode.parse(binary));
        assertEquals(binary + ":1:9: is not UTF-8 text: byte 0x90 at offset 8 cannot be decoded (binary data, or another encoding such as Latin-1?)",
                e.getMessage());
    }

    @Test
    void aControlCharacterIsAnErrorAtItsPosition() throws IOException {
        InputException e = refused("name: ok\nnote: \"\u00e9\u0000\"\n");
        assertEquals(dir.resolve("x.yaml") + ":2:9: holds the character U+0000, which YAML does not allow (a binary file?)", e.getMessage());
    }

    @Test
    void aByteOrderMarkIsAllowed() throws IOException {
        Path f = Files.write(dir.resolve("bom.yaml"), "\uFEFFname: a\n".getBytes(StandardCharsets.UTF_8));
        assertEquals("a", YamlNode.parse(f).asMap().string("name"));
    }

    @Test
    void aFolderADeviceAndAFileOverTheCapAreRefusedBeforeReading() throws IOException {
        assertEquals(dir + ": is a folder, not a file", assertThrows(InputException.class, () -> YamlNode.parse(dir)).getMessage());
        Path big = dir.resolve("big.yaml");
        try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
            f.setLength(InputFiles.MAX_YAML_BYTES + 1); // sparse: nothing is written
        }
        assertEquals(big + ": is larger than the 4 MiB allowed (4,194,305 bytes)", assertThrows(InputException.class, () -> YamlNode.parse(big)).getMessage());
        Path zero = SpecialFiles.devZero();
        assertEquals("/dev/zero: is not a regular file (a device, a pipe or a socket)",
                assertThrows(InputException.class, () -> YamlNode.parse(zero)).getMessage());
    }

    @Test
    void aNamedPipeIsRefusedWithoutWaitingForAWriter() throws Exception {
        Path fifo = SpecialFiles.fifo(dir.resolve("pipe.yaml"));
        assertEquals(fifo + ": is not a regular file (a device, a pipe or a socket)",
                assertThrows(InputException.class, () -> YamlNode.parse(fifo)).getMessage());
    }

    /**
     * The kernel's files read as regular files of size 0, but {@code /proc/kmsg} blocks its
     * reader and {@code /proc/self/environ} holds the environment, no input: both are refused
     * without a byte read, also through a link, as is anything under /sys.
     */
    @Test
    void kernelFilesUnderProcAndSysAreRefusedWithoutReadingAlsoThroughALink() throws IOException {
        String why = ": is a file of the kernel's (under /proc or /sys), not a file of data: such files can block or never end";
        List<Path> kernel = new ArrayList<>();
        for (String f : List.of("/proc/kmsg", "/proc/self/environ", "/proc/self/status", "/sys/kernel/mm/transparent_hugepage/enabled")) {
            if (Files.isRegularFile(Path.of(f))) kernel.add(Path.of(f));
        }
        assumeTrue(!kernel.isEmpty(), "no /proc here");
        kernel.add(Files.createSymbolicLink(dir.resolve("link.yaml"), kernel.get(0)));
        for (Path f : kernel) {
            InputException e = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> assertThrows(InputException.class, () -> YamlNode.parse(f)), f.toString());
            assertEquals(f + why, e.getMessage());
        }
        assertNull(InputFiles.unusable(Files.writeString(dir.resolve("plain.yaml"), "a: 1\n"), InputFiles.MAX_YAML_BYTES), "an ordinary file is not the kernel's");
    }

    /** Escapes in double quotes give control characters YAML refuses written raw: in a name or a key they would reach CSV headers and the terminal. */
    @Test
    void controlCharactersFromEscapesAreRefusedInTextAndKeysButLineBreaksAreAllowedInABlock() throws IOException {
        assertEquals(dir.resolve("x.yaml") + ":1:7: name holds the control character U+0000 (text may hold line breaks and tabs only in a block, | or >)",
                assertThrows(InputException.class, () -> YamlNode.parse(Files.writeString(dir.resolve("x.yaml"), "name: \"a\\0b\"\n")).asMap().string("name")).getMessage());
        for (String escape : List.of("\\n", "\\t", "\\e", "\\x7f", "\\u0085", "\\u2028")) {
            Path f = Files.writeString(dir.resolve("x.yaml"), "group: \"eu" + escape + "nav\"\n");
            InputException e = assertThrows(InputException.class, () -> YamlNode.parse(f).asMap().string("group"), escape);
            assertTrue(e.getMessage().startsWith(f + ":1:8: group holds the control character U+"), e.getMessage());
        }
        Path key = Files.writeString(dir.resolve("x.yaml"), "places:\n  \"zu\\nwara\": {lat: 1}\n");
        assertEquals(key + ":2:3: places has a key holding the control character U+000A, which no name may hold",
                assertThrows(InputException.class, () -> YamlNode.parse(key).asMap().get("places").asMap()).getMessage());
        Path block = Files.writeString(dir.resolve("x.yaml"), "description: |\n  two\n  \tlines\n");
        assertEquals("two\n\tlines\n", YamlNode.parse(block).asMap().string("description"));
    }

    @Test
    void everyRefusalIsOneLineWithoutJavaNames() throws IOException {
        for (String text : new String[] {"a: 1\na: 2\n", "x: " + "[".repeat(3000), "a: &x [*x]\n", "a: *nothing\n", "a: [1\n", "--- 1\n--- 2\n", "\t- x"}) {
            assertOneLineWithoutJavaNames(refused(text));
        }
    }
}
