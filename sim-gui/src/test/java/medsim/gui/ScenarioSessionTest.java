package medsim.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import medsim.model.WorldCache;
import medsim.yaml.InputException;

/** The what-if choices beside an opened scenario: files that do not load are left out, whatever they hold; held-out scenarios are refused. */
class ScenarioSessionTest {
    @TempDir
    Path dir;

    @Test
    void hostileFilesBesideTheScenarioAreLeftOutOfTheWhatIfs() throws Exception {
        Path opened = Files.writeString(dir.resolve("opened.yaml"), "name: Opened\n");
        Files.writeString(dir.resolve("deep.yaml"), "extends: opened.yaml\nx: " + "[".repeat(2_000) + "]".repeat(2_000) + "\n");
        Files.writeString(dir.resolve("twice.yaml"), "extends: opened.yaml\nextends: opened.yaml\n");
        Files.write(dir.resolve("binary.yaml"), new byte[] {'e', ':', ' ', (byte) 0xff, 0, 0});
        Files.createDirectories(dir.resolve("folder.yaml"));
        // A named pipe would block a reader until something writes to it.
        try {
            assumeTrue(new ProcessBuilder("mkfifo", dir.resolve("pipe.yaml").toString()).start().waitFor() == 0, "mkfifo failed");
        } catch (IOException e) {
            assumeTrue(false, "no mkfifo here");
        }
        Files.createDirectories(dir.resolve("whatif"));
        Files.writeString(dir.resolve("whatif").resolve("good.yaml"), "extends: ../opened.yaml\nname: Good\n");
        List<String> names = ScenarioSession.variantsOf(opened, "Opened").stream().map(ScenarioSession.Variant::name).toList();
        assertEquals(List.of("none: Opened", "Good"), names);
    }

    @Test
    void aGoodWhatIfBesideTheScenarioIsOffered() throws IOException {
        Path opened = Files.writeString(dir.resolve("opened.yaml"), "name: Opened\n");
        Files.writeString(dir.resolve("more.yaml"), "extends: opened.yaml\nname: More\n");
        assertEquals(List.of("none: Opened", "More"),
                ScenarioSession.variantsOf(opened, "Opened").stream().map(ScenarioSession.Variant::name).toList());
    }

    @Test
    void theWhatIfsOf2016IncludeEveryShipped2016WhatIfAndNoHeldOut2017One() throws IOException {
        Path scenarios = Path.of("..", "scenarios");
        List<String> offered = ScenarioSession.variantsOf(scenarios.resolve("central-med-2016.yaml"), "Central Mediterranean 2016").stream()
                .map(v -> v.file().getFileName().toString()).toList();
        try (var files = Files.list(scenarios.resolve("whatif"))) {
            for (Path f : files.sorted().toList()) {
                String name = f.getFileName().toString();
                if (name.startsWith("2016-")) assertTrue(offered.contains(name), name + " offered: " + offered);
                if (name.startsWith("2017-")) assertTrue(!offered.contains(name), name + " held out, not offered: " + offered);
            }
        }
    }

    @Test
    void aHeldOutScenarioIsRefusedInOneLineUnlessItsForecastIsReleased() {
        Path s2017 = Path.of("..", "scenarios", "central-med-2017.yaml");
        InputException e = assertThrows(InputException.class, () -> new ScenarioSession(s2017, new WorldCache()));
        assertTrue(e.getMessage().contains("held out") && e.getMessage().contains("needs --forecast") && !e.getMessage().contains("\n"), e.getMessage());
        Path whatIf = Path.of("..", "scenarios", "whatif", "2017-no-lcg-training.yaml");
        assertThrows(InputException.class, () -> new ScenarioSession(whatIf, new WorldCache()));
    }
}
