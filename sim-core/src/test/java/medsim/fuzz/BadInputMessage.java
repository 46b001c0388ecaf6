package medsim.fuzz;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import medsim.yaml.InputException;

/**
 * The house rule for what a user is told about bad input, as fuzz targets assert it: one line
 * (no line break or other control character a terminal would act on), naming the file first
 * where there is one, and no Java class name. A class name the input itself holds may be
 * echoed (a field called {@code java.lang.Exception} is named as written); one the message
 * adds on its own is Java's, not ours.
 */
public final class BadInputMessage {
    /**
     * Package-qualified names (java.nio..., org.snakeyaml...) and simple exception and error
     * class names. A package name must start a word that no dot precedes: in a field path such
     * as {@code forces.jdk.group} the segment {@code jdk} is the user's id, not Java's package.
     */
    private static final Pattern CLASS_NAME = Pattern.compile(
            "(?<![\\w.$])(?:java|javax|jdk|sun|com\\.sun|org|medsim|picocli)\\.[A-Za-z_$][\\w$.]*"
                    + "|\\b[A-Z]\\w*(?:Exception|Error)\\b");

    private BadInputMessage() {}

    /**
     * Asserts that {@code e} is reported as one line of the form {@code file:line:column: ...}
     * (or at least {@code file: ...}) with no class name that {@code input} does not hold.
     */
    public static void assertAtFile(InputException e, String input) {
        String message = e.getMessage();
        if (e.file() == null || e.file().isEmpty()) throw finding("names no file", message);
        String where = e.line() > 0 ? e.file() + ":" + e.line() + ":" : e.file() + ":";
        if (!message.startsWith(where)) throw finding("does not start with " + where, message);
        assertOneLine(message, input);
    }

    /** Asserts that {@code message} is one line and names no Java class that {@code input} does not hold. */
    public static void assertOneLine(String message, String input) {
        if (message == null || message.isBlank()) throw finding("is empty", String.valueOf(message));
        for (int i = 0; i < message.length(); i++) {
            char c = message.charAt(i);
            int type = Character.getType(c);
            if ((type == Character.CONTROL && c != '\t') || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR) {
                throw finding(String.format("holds the control character U+%04X at %d (not one line)", (int) c, i), message);
            }
        }
        Matcher m = CLASS_NAME.matcher(message);
        while (m.find()) {
            if (!input.contains(m.group())) throw finding("names the Java class " + m.group(), message);
        }
    }

    private static AssertionError finding(String what, String message) {
        return new AssertionError("the bad-input message " + what + ": " + message);
    }
}
