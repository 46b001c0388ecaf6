package medsim.yaml;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A field path as sweeps, calibrations and overrides write it: keys joined by dots, each key
 * optionally followed by list indexes from 0, e.g. {@code forces.ngo.assets.ship.count},
 * {@code informationLinks[0].delayMinutes}, {@code weather.meanWindSpeedMsByMonth[5]}. It
 * is read as a list of {@link Step}s: the last example is the keys {@code weather} and
 * {@code meanWindSpeedMsByMonth}, then the index 5.
 *
 * <p>A path whose brackets are malformed is refused: an index that is not a whole number
 * ({@code [x]}, {@code [1.5]}), a negative one, one with spaces or leading zeros ({@code [ 0 ]},
 * {@code [00]}: one spelling per entry), one beyond any list, brackets not after a key or not
 * closed. Keys without brackets are taken as written (a misspelt key is the scenario's to refuse).
 *
 * @param steps its keys and indexes, in order
 */
public record FieldPath(List<Step> steps) {

    /** One step down the tree: a mapping's key or a list's index. */
    public sealed interface Step permits Key, Index {}

    /** A mapping's key. */
    public record Key(String name) implements Step {}

    /** A list's entry, counted from 0. */
    public record Index(int index) implements Step {}

    public FieldPath {
        steps = List.copyOf(steps);
    }

    private static final Pattern SEGMENT = Pattern.compile("([^\\[\\]]+)((?:\\[[^\\[\\]]*\\])+)");
    private static final Pattern INDEX = Pattern.compile("\\[([^\\[\\]]*)\\]");
    private static final Pattern WHOLE = Pattern.compile("\\d+");
    private static final Pattern NEGATIVE = Pattern.compile("-\\s*\\d+");

    /**
     * Reads a path.
     *
     * @throws IllegalArgumentException naming what is wrong with its brackets (a sentence that
     *         follows the path in an error line)
     */
    public static FieldPath parse(String text) {
        List<Step> steps = new ArrayList<>();
        for (String segment : segments(text)) {
            if (segment.indexOf('[') < 0 && segment.indexOf(']') < 0) {
                steps.add(new Key(segment));
                continue;
            }
            Matcher m = SEGMENT.matcher(segment);
            if (!m.matches()) {
                throw new IllegalArgumentException("is not a field path: a list index goes in brackets right after a field's name, as in "
                        + "informationLinks[0].delayMinutes (got \"" + segment + "\")");
            }
            steps.add(new Key(m.group(1)));
            Matcher i = INDEX.matcher(m.group(2));
            while (i.find()) steps.add(new Index(index(i.group(1))));
        }
        return new FieldPath(steps);
    }

    /** The text between dots, a dot inside brackets ({@code [1.5]}) not counting, so that such an index is refused as one. */
    private static List<String> segments(String text) {
        List<String> out = new ArrayList<>();
        int depth = 0, start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '[') depth++;
            else if (c == ']') depth = Math.max(0, depth - 1);
            else if (c == '.' && depth == 0) {
                out.add(text.substring(start, i));
                start = i + 1;
            }
        }
        out.add(text.substring(start));
        return out;
    }

    private static int index(String digits) {
        String d = digits.strip();
        if (!d.equals(digits) || (d.length() > 1 && d.startsWith("0") && WHOLE.matcher(d).matches())) {
            // One spelling per entry: [0] and [00] (or [ 0 ]) would be two columns of one field in a sweep.
            throw new IllegalArgumentException("has the list index [" + digits + "]: write it as plain digits without spaces or leading zeros, as in "
                    + "informationLinks[0].delayMinutes");
        }
        if (NEGATIVE.matcher(d).matches()) {
            throw new IllegalArgumentException("has the list index [" + digits + "]: entries are counted from 0, and no index is negative");
        }
        if (!WHOLE.matcher(d).matches()) {
            throw new IllegalArgumentException("has the list index [" + digits + "], which is not a whole number: entries are counted from 0, as in "
                    + "informationLinks[0].delayMinutes");
        }
        // An index beyond any list is out of range when the tree is asked (no list has 10^9 entries);
        // such an index is quoted as written there, not as a clamped number.
        if (d.length() > 9) throw new IllegalArgumentException("has the list index [" + digits + "], beyond any list of the scenario");
        return Integer.parseInt(d);
    }

    /** The path of the first {@code n} steps, spelt as written (keys joined by dots, indexes in brackets). */
    public String prefix(int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            Step s = steps.get(i);
            if (s instanceof Key k) sb.append(i == 0 ? "" : ".").append(k.name());
            else sb.append('[').append(((Index) s).index()).append(']');
        }
        return sb.toString();
    }

    /** The path after the first {@code n} steps, as it follows {@link #prefix(int)} ({@code ".delayMinutes"}, {@code "[2]"}). */
    public String suffix(int n) {
        String all = prefix(steps.size());
        return all.substring(prefix(n).length());
    }

    /** Whether any step is a list index. */
    public boolean hasIndex() {
        return steps.stream().anyMatch(s -> s instanceof Index);
    }
}
