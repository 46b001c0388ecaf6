package medsim.yaml;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.composer.Composer;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.ReaderException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.parser.ParserImpl;
import org.snakeyaml.engine.v2.scanner.StreamReader;
import org.snakeyaml.engine.v2.schema.CoreSchema;

/**
 * A YAML node with its dotted path and source position, so that every error
 * about a value can name the file, line, column and field it came from.
 * Reading a mapping through {@link YamlMap} also catches unknown fields.
 */
public final class YamlNode {
    /**
     * Property of a scalar set by a {@link FieldOverride} (a sweep's or calibration's number):
     * such a value may stand only where the loader reads a number.
     */
    static final String SET_FROM_OUTSIDE = "medsim.setFromOutside";

    private final Node node;
    private final String path;

    YamlNode(Node node, String path) {
        this.node = node;
        this.path = path;
    }

    /**
     * Parses a whole YAML file of at most {@link InputFiles#MAX_YAML_BYTES}; every fault (the
     * file missing, not a regular file, too large, not UTF-8, bad YAML, a key given twice,
     * nesting too deep, an alias bomb) is an {@link InputException} at the offending position.
     */
    public static YamlNode parse(Path file) {
        return parse(file, InputFiles.MAX_YAML_BYTES);
    }

    /** As {@link #parse(Path)}, for a file of at most {@code maxBytes} (a GeoJSON file, say). */
    public static YamlNode parse(Path file, long maxBytes) {
        return parse(file.toString(), InputFiles.readText(file, maxBytes));
    }

    /** Parses text labelled as coming from {@code label} (a file name), with the checks of {@link CheckedEvents}. */
    public static YamlNode parse(String label, String text) {
        // The YAML 1.2 core schema, so that ~ and null both mean "nothing" (deletes a key in a child scenario).
        // Duplicate keys are CheckedEvents' to find: the library's setting acts only when it constructs
        // Java objects. Aliases are bounded by the size they expand to (CheckedEvents), not by their number.
        LoadSettings settings = LoadSettings.builder().setLabel(label)
                .setMaxAliasesForCollections(Integer.MAX_VALUE).setCodePointLimit(Integer.MAX_VALUE)
                .setSchema(new CoreSchema()).build();
        CheckedEvents events = new CheckedEvents(new ParserImpl(settings, new StreamReader(settings, text)), label);
        try {
            Optional<Node> root = new Composer(settings, events).getSingleNode();
            if (root.isEmpty()) throw InputException.of(label, "is empty");
            return new YamlNode(root.get(), "");
        } catch (MarkedYamlEngineException e) {
            Mark mark = e.getProblemMark().orElse(e.getContextMark().orElse(null));
            String problem = "is not valid " + syntax(label) + (e.getProblem() == null ? "" : ": " + e.getProblem().trim());
            if (mark == null) throw InputException.of(label, problem);
            throw new InputException(label, mark.getLine() + 1, mark.getColumn() + 1, null, problem);
        } catch (ReaderException e) {
            throw forbiddenCharacter(label, text, e);
        } catch (YamlEngineException e) {
            throw InputException.of(label, "is not valid " + syntax(label) + ": " + firstLine(e.getMessage()));
        } catch (IllegalArgumentException e) {
            // The library's Tag refuses a tag that is empty or ends in a space (such as !!%20, "tag:yaml.org,2002: ")
            // with an IllegalArgumentException rather than one of its own.
            throw events.errorAtLast("has a tag that " + syntax(label) + " does not allow (" + libraryText(e.getMessage()) + ")");
        }
    }

    /** A character YAML does not allow (a control character, say), at its line and column. */
    private static InputException forbiddenCharacter(String label, String text, ReaderException e) {
        // The reader counts code points from the start of the text.
        int offset = text.offsetByCodePoints(0, Math.min(e.getPosition(), text.codePointCount(0, text.length())));
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < offset; i++) {
            if (text.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new InputException(label, line, text.codePointCount(lineStart, offset) + 1, null, String.format(Locale.ROOT,
                "holds the character U+%04X, which %s does not allow (a binary file?)", e.getCodePoint(), syntax(label)));
    }

    /** What the file is written in, for messages: JSON is read as YAML, but its author wrote JSON. */
    private static String syntax(String label) {
        return label.endsWith("json") ? "JSON" : "YAML";
    }

    /** A library's sentence as a parenthesis: "Tag must not be empty." becomes "tag must not be empty". */
    private static String libraryText(String s) {
        String t = firstLine(s).strip();
        if (t.endsWith(".")) t = t.substring(0, t.length() - 1);
        return t.isEmpty() ? t : Character.toLowerCase(t.charAt(0)) + t.substring(1);
    }

    private static String firstLine(String s) {
        if (s == null) return "";
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    /** A node of a tree built elsewhere (fact resolution, overrides), at the given path. */
    public static YamlNode wrap(Node node, String path) {
        return new YamlNode(node, path);
    }

    public Node raw() { return node; }
    public String path() { return path; }

    /** The file this node was read from (after inheritance, the file that set it). */
    public String file() {
        return node.getStartMark().map(Mark::getName).orElse(null);
    }

    /** Where a node was read: file, line and column from 1 (0 where unknown). */
    public record Position(String file, int line, int column) {}

    /** Where this node was read (after inheritance, in the file that set it). */
    public Position position() {
        Optional<Mark> mark = node.getStartMark();
        return new Position(file(), mark.map(m -> m.getLine() + 1).orElse(0), mark.map(m -> m.getColumn() + 1).orElse(0));
    }

    /** An error located at this node. */
    public InputException error(String problem) {
        Optional<Mark> mark = node.getStartMark();
        return new InputException(file(),
                mark.map(m -> m.getLine() + 1).orElse(0),
                mark.map(m -> m.getColumn() + 1).orElse(0),
                path.isEmpty() ? null : path, problem);
    }

    public boolean isMap() { return node instanceof MappingNode; }
    public boolean isList() { return node instanceof SequenceNode; }
    public boolean isNull() { return node instanceof ScalarNode s && Tag.NULL.equals(s.getTag()); }
    /** A text value: quoted, or plain text that is not a number, a boolean or null. */
    public boolean isText() { return node instanceof ScalarNode s && Tag.STR.equals(s.getTag()); }

    public YamlMap asMap() {
        if (!(node instanceof MappingNode m)) throw error("must be a mapping (key: value lines), got " + describe());
        return new YamlMap(this, m);
    }

    public List<YamlNode> asList() {
        if (!(node instanceof SequenceNode s)) throw error("must be a list, got " + describe());
        List<YamlNode> items = new ArrayList<>(s.getValue().size());
        for (int i = 0; i < s.getValue().size(); i++) items.add(new YamlNode(s.getValue().get(i), path + "[" + i + "]"));
        return Collections.unmodifiableList(items);
    }

    public String asString() {
        if (!(node instanceof ScalarNode s) || isNull()) throw error("must be a text value, got " + describe());
        if (Boolean.TRUE.equals(node.getProperty(SET_FROM_OUTSIDE))) throw error("is text (a name, a file, a label), not a number a sweep or calibration can vary");
        String control = controlCharacter(s);
        if (control != null) throw error("holds " + control + " (text may hold line breaks and tabs only in a block, | or >)");
        return s.getValue();
    }

    /**
     * The first control character a text holds that it may not, described ("the control
     * character U+0000"), or null. Text is one line, except a block scalar ({@code |} or
     * {@code >}), which may hold line breaks and tabs. YAML refuses most control characters
     * written as such; these come from escapes in double quotes (a backslash and 0, n, e...) and would
     * reach names, CSV headers and the terminal.
     */
    static String controlCharacter(ScalarNode s) {
        boolean block = s.getScalarStyle() == ScalarStyle.LITERAL || s.getScalarStyle() == ScalarStyle.FOLDED;
        String v = s.getValue();
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            boolean control = Character.isISOControl(c) || c == '\u2028' || c == '\u2029';
            if (control && !(block && (c == '\n' || c == '\t'))) return String.format(Locale.ROOT, "the control character U+%04X", (int) c);
        }
        return null;
    }

    /**
     * A file path written as this text value, relative to the folder of the file that set it
     * (an absolute path stays as written). Text that is no path on this system (one holding a
     * NUL character) is an error at this node.
     */
    public Path asPath() {
        String text = asString();
        Path p;
        try {
            p = Path.of(text);
        } catch (InvalidPathException e) {
            throw error("is not a usable file path (" + e.getReason().toLowerCase(Locale.ROOT) + ")");
        }
        if (p.isAbsolute() || file() == null) return p;
        Path dir = Path.of(file()).toAbsolutePath().getParent();
        return (dir == null ? p : dir.resolve(p)).normalize();
    }

    public double asDouble() {
        String text = scalarText("a number");
        try {
            double v = Double.parseDouble(text.replace("_", ""));
            if (!Double.isFinite(v)) throw error("must be a finite number (got " + text + ")");
            return v;
        } catch (NumberFormatException e) {
            throw error("must be a number (got " + quote(text) + ")");
        }
    }

    public int asInt() {
        String text = scalarText("a whole number");
        try {
            return Integer.parseInt(text.replace("_", ""));
        } catch (NumberFormatException e) {
            throw error("must be a whole number (got " + quote(text) + ")");
        }
    }

    public long asLong() {
        String text = scalarText("a whole number");
        try {
            return Long.parseLong(text.replace("_", ""));
        } catch (NumberFormatException e) {
            throw error("must be a whole number (got " + quote(text) + ")");
        }
    }

    public boolean asBoolean() {
        String text = scalarText("true or false");
        return switch (text) {
            case "true" -> true;
            case "false" -> false;
            default -> throw error("must be true or false (got " + quote(text) + ")");
        };
    }

    public LocalDate asDate() {
        String text = scalarText("a date (YYYY-MM-DD)");
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw error("must be a date YYYY-MM-DD (got " + quote(text) + ")");
        }
    }

    private String scalarText(String what) {
        if (!(node instanceof ScalarNode s) || isNull()) throw error("must be " + what + ", got " + describe());
        return s.getValue();
    }

    private String describe() {
        if (node instanceof MappingNode) return "a mapping";
        if (node instanceof SequenceNode) return "a list";
        if (isNull()) return "nothing";
        return quote(((ScalarNode) node).getValue());
    }

    static String quote(String s) {
        return "\"" + s + "\"";
    }

    /** Ordered keys of a mapping node (file order). */
    static Set<String> keysOf(MappingNode m, YamlNode owner) {
        Set<String> keys = new LinkedHashSet<>();
        for (NodeTuple t : m.getValue()) {
            if (!(t.getKeyNode() instanceof ScalarNode k)) throw owner.error("has a key that is not text");
            String control = controlCharacter(k);
            if (control != null) throw new YamlNode(k, owner.path()).error("has a key holding " + control + ", which no name may hold");
            keys.add(k.getValue());
        }
        return keys;
    }
}
