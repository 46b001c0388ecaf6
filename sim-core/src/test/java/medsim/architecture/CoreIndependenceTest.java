package medsim.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

class CoreIndependenceTest {
    private static final Pattern GUI_IMPORT = Pattern.compile("^\\s*import\\s+(static\\s+)?(java\\.awt|javax\\.swing|sim\\.display|sim\\.portrayal)\\b.*", Pattern.MULTILINE);
    private static final Pattern NONDETERMINISM = Pattern.compile("Math\\.random\\(|new\\s+(java\\.util\\.)?Random\\(|ThreadLocalRandom|System\\.currentTimeMillis\\(");

    @Test
    void modelCodeNeverImportsGuiClasses() throws IOException {
        List<String> offenders = scan(GUI_IMPORT);
        assertEquals(List.of(), offenders, "sim-core must not know it is watched");
    }

    @Test
    void modelCodeDrawsRandomnessOnlyFromTheRunsGenerator() throws IOException {
        List<String> offenders = scan(NONDETERMINISM);
        assertEquals(List.of(), offenders, "use state.random, never another source of randomness or the clock");
    }

    private static List<String> scan(Pattern p) throws IOException {
        Path root = Path.of("src", "main", "java");
        assertTrue(Files.isDirectory(root), "run from the sim-core module");
        List<String> hits = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f : (Iterable<Path>) files.filter(x -> x.toString().endsWith(".java"))::iterator) {
                if (p.matcher(Files.readString(f)).find()) hits.add(f.toString());
            }
        }
        return hits;
    }
}
