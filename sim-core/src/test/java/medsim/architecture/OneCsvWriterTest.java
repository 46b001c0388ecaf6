package medsim.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Every CSV file is written by {@code medsim.record.CsvWriter} (commons-csv's printer) in the
 * one dialect {@code medsim.record.Csv.FORMAT}, and read by commons-csv's parser: no other
 * class of sim-core or sim-gui writes (or splits on) a delimiter by hand. The check reads the
 * string and character literals of the main sources, outside comments.
 */
class OneCsvWriterTest {
    /** The one format and the one writer. */
    private static final Set<String> ALLOWED = Set.of("Csv.java", "CsvWriter.java");
    /** A class that writes files, where a literal like "a,b" is CSV written by hand. */
    private static final Pattern WRITES_FILES = Pattern.compile(
            "\\b(AtomicFiles\\.write|Files\\.(write\\w*|newBufferedWriter|newOutputStream)|FileWriter|FileOutputStream|CsvWriter)\\b");
    /** A comma between two fields, as in {@code "a,b"} or {@code ",status"}; not {@code "a, b"}, nor a format flag {@code "%,d"}. */
    private static final Pattern FIELDS = Pattern.compile("(?<!%),(?=\\S)|\\w,\\z");
    /** Another printer, or a dialect other than Csv.FORMAT. */
    private static final Pattern OTHER_CSV = Pattern.compile("new\\s+CSVPrinter\\b|CSVFormat\\s*\\.\\s*[A-Z]\\w*");

    @Test
    void noClassButCsvWriterWritesACsvDelimiter() throws IOException {
        List<Path> roots = new ArrayList<>(List.of(Path.of("src", "main", "java")));
        assertTrue(Files.isDirectory(roots.get(0)), "run from the sim-core module");
        Path gui = Path.of("..", "sim-gui", "src", "main", "java");
        if (Files.isDirectory(gui)) roots.add(gui);
        List<String> offenders = new ArrayList<>();
        for (Path root : roots) {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path f : (Iterable<Path>) files.filter(x -> x.toString().endsWith(".java"))::iterator) {
                    if (ALLOWED.contains(f.getFileName().toString())) continue;
                    for (String problem : handWrittenCsv(Files.readString(f))) offenders.add(f + ":" + problem);
                }
            }
        }
        assertEquals(List.of(), offenders, "write CSV with medsim.record.CsvWriter and read it with commons-csv's CSVParser in Csv.FORMAT");
    }

    @Test
    void theCheckCatchesCsvWrittenByHandAndPassesPlainText() {
        for (String bad : List.of("w.write(\",\" + Csv.num(v));", "out.write(',');", "sb.append(',').append(x);",
                "w.write(\"date,metric,value,unit\\n\"); AtomicFiles.write(f, c);", "String h = m + \"_mean,\" + m + \"_sd\"; Files.writeString(f, h);",
                "String.join(\",\", a, b)", "line.split(\",\")", "CSVFormat.DEFAULT.parse(r)", "new CSVPrinter(w, f)")) {
            assertEquals(1, handWrittenCsv(bad).size(), bad);
        }
        for (String fine : List.of("AtomicFiles.write(f, c); String.join(\", \", names);", "Files.writeString(f, \"has \" + n + \" values; the header has \" + m);",
                "// date,metric,value\nAtomicFiles.write(f, c);", "/* a,b */ Files.writeString(f, s);", "Files.writeString(f, String.format(\"%,d\", n));",
                "AtomicFiles.write(f, w -> w.write(\"  \\\"a\\\": 1,\\n\"));", "char q = '\"'; String s = \"a\\\"b\"; AtomicFiles.write(f, c);",
                "throw error(\"expected a,b\"); // in a class that writes no file")) {
            assertEquals(List.of(), handWrittenCsv(fine), fine);
        }
    }

    /** The problems of one source file, each as "line: what". */
    static List<String> handWrittenCsv(String source) {
        List<String> problems = new ArrayList<>();
        String code = withoutCommentsAndLiterals(source, null);
        List<Literal> literals = new ArrayList<>();
        withoutCommentsAndLiterals(source, literals);
        boolean writesFiles = WRITES_FILES.matcher(code).find();
        for (Literal l : literals) {
            if (l.text().equals(",")) {
                problems.add(l.line() + ": a comma written or split by hand");
            } else if (writesFiles && FIELDS.matcher(l.text()).find()) {
                problems.add(l.line() + ": CSV fields written by hand: \"" + l.text() + "\"");
            }
        }
        var m = OTHER_CSV.matcher(code);
        while (m.find()) problems.add(lineOf(code, m.start()) + ": " + m.group() + " (use CsvWriter and Csv.FORMAT)");
        return problems;
    }

    private record Literal(int line, String text) {}

    /**
     * The source with comments removed and literals emptied (line breaks kept, so positions
     * keep their line); each literal's unescaped text goes to {@code literals} if it is given.
     */
    private static String withoutCommentsAndLiterals(String s, List<Literal> literals) {
        StringBuilder code = new StringBuilder();
        int line = 1;
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            int end;
            if (s.startsWith("//", i)) {
                end = s.indexOf('\n', i);
                end = end < 0 ? s.length() : end;
            } else if (s.startsWith("/*", i)) {
                end = s.indexOf("*/", i + 2) + 2;
            } else if (s.startsWith("\"\"\"", i)) {
                end = s.indexOf("\"\"\"", i + 3) + 3;
                if (literals != null) literals.add(new Literal(line, unescape(s.substring(i + 3, end - 3))));
            } else if (c == '"' || c == '\'') {
                end = i + 1;
                while (s.charAt(end) != c) end += s.charAt(end) == '\\' ? 2 : 1;
                end++;
                if (literals != null) literals.add(new Literal(line, unescape(s.substring(i + 1, end - 1))));
            } else {
                code.append(c);
                if (c == '\n') line++;
                i++;
                continue;
            }
            for (int k = i; k < end; k++) {
                if (s.charAt(k) == '\n') {
                    code.append('\n');
                    line++;
                }
            }
            i = end;
        }
        return code.toString();
    }

    private static String unescape(String t) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c != '\\' || i + 1 == t.length()) {
                sb.append(c);
                continue;
            }
            char e = t.charAt(++i);
            sb.append(switch (e) {
                case 'n' -> '\n';
                case 't' -> '\t';
                case 'r' -> '\r';
                case 's' -> ' ';
                default -> e;
            });
        }
        return sb.toString();
    }

    private static int lineOf(String s, int index) {
        int line = 1;
        for (int i = 0; i < index; i++) if (s.charAt(i) == '\n') line++;
        return line;
    }
}
