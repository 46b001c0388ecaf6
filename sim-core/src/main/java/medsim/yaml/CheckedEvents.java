package medsim.yaml;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.snakeyaml.engine.v2.common.Anchor;
import org.snakeyaml.engine.v2.events.AliasEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.events.NodeEvent;
import org.snakeyaml.engine.v2.events.ScalarEvent;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.parser.Parser;

/**
 * The YAML parser's event stream, checked as the composer pulls it, so that a hostile file
 * is refused before the node tree is built:
 * <ul>
 *   <li>nesting deeper than {@link #MAX_DEPTH} mappings and lists (the composer recurses once
 *       per level: 2,000 nested brackets overflow its stack);</li>
 *   <li>a key given twice in one mapping (the library checks duplicates only when it builds
 *       Java objects, which the loaders do not do);</li>
 *   <li>a key that is not text;</li>
 *   <li>an alias inside the node it refers to (a cycle);</li>
 *   <li>aliases that stand for more than {@link #MAX_ALIASED_NODES} nodes in all (a "billion
 *       laughs" file is a few lines long, and the loaders walk the expanded tree). Nodes written
 *       out are bounded by the file's size cap instead ({@link InputFiles}).</li>
 * </ul>
 * Each refusal is an {@link InputException} at the offending event's line and column.
 */
final class CheckedEvents implements Parser {
    /** Mappings and lists nested deeper than this are refused. The shipped files nest 6 deep. */
    static final int MAX_DEPTH = 64;
    /** Nodes that the aliases of a document stand for, in all. */
    static final long MAX_ALIASED_NODES = 1_000_000;

    private final Parser events;
    private final String label;
    private final Deque<Frame> open = new ArrayDeque<>();
    private final Map<String, Long> anchorSizes = new HashMap<>();
    private final Map<String, String> anchorTexts = new HashMap<>();
    private final Set<String> openAnchors = new HashSet<>();
    /** The event the composer took last: the node it is building when it fails. */
    private Event last;
    /** Nodes read so far, each alias counted as the nodes it stands for: measures anchored nodes. */
    private long expanded;
    private long aliased;

    /** An open mapping or list. */
    private static final class Frame {
        final boolean mapping;
        final String segment;
        final String anchor;
        final long expandedAtStart;
        /** A mapping's keys so far, with the line of each; null for a list. */
        final Map<String, Integer> keyLines;
        boolean atKey = true;
        String key;
        int index;

        Frame(boolean mapping, String segment, String anchor, long expandedAtStart) {
            this.mapping = mapping;
            this.segment = segment;
            this.anchor = anchor;
            this.expandedAtStart = expandedAtStart;
            this.keyLines = mapping ? new HashMap<>() : null;
        }
    }

    CheckedEvents(Parser events, String label) {
        this.events = events;
        this.label = label;
    }

    @Override
    public boolean checkEvent(Event.ID id) {
        return events.checkEvent(id);
    }

    @Override
    public Event peekEvent() {
        return events.peekEvent();
    }

    @Override
    public boolean hasNext() {
        return events.hasNext();
    }

    @Override
    public Event next() {
        Event e = events.next();
        last = e;
        switch (e.getEventId()) {
            case Scalar -> scalar((ScalarEvent) e);
            case Alias -> alias((AliasEvent) e);
            case MappingStart, SequenceStart -> start((NodeEvent) e, e.getEventId() == Event.ID.MappingStart);
            case MappingEnd, SequenceEnd -> end();
            default -> { }
        }
        return e;
    }

    private void scalar(ScalarEvent e) {
        if (atKey()) key(e.getValue(), e);
        expanded++;
        e.getAnchor().ifPresent(a -> {
            anchorSizes.put(a.getValue(), 1L);
            anchorTexts.put(a.getValue(), e.getValue());
        });
        nodeDone();
    }

    private void alias(AliasEvent e) {
        String anchor = e.getAlias().getValue();
        if (openAnchors.contains(anchor)) throw error(e, "refers to &" + anchor + " from inside it (a cycle)");
        if (atKey()) {
            String text = anchorTexts.get(anchor);
            if (text == null && anchorSizes.containsKey(anchor)) throw error(e, "has a key that is not text");
            if (text != null) key(text, e);
        }
        // An undefined alias is the composer's error, with its own message.
        long nodes = anchorSizes.getOrDefault(anchor, 1L);
        expanded += nodes;
        aliased += nodes;
        if (aliased > MAX_ALIASED_NODES) {
            throw new InputException(label, line(e), column(e), null,
                    "has aliases (*name) that stand for more than " + MAX_ALIASED_NODES + " values in all; write the values out");
        }
        nodeDone();
    }

    private void start(NodeEvent e, boolean mapping) {
        if (atKey()) throw error(e, "has a key that is not text");
        if (open.size() >= MAX_DEPTH) {
            throw new InputException(label, line(e), column(e), null,
                    "nests mappings and lists deeper than " + MAX_DEPTH + " levels");
        }
        Frame parent = open.peekLast();
        String segment = parent == null ? "" : parent.mapping ? parent.key : "[" + parent.index + "]";
        String anchor = e.getAnchor().map(Anchor::getValue).orElse(null);
        if (anchor != null) openAnchors.add(anchor);
        open.addLast(new Frame(mapping, segment, anchor, expanded));
        expanded++;
    }

    private void end() {
        Frame f = open.removeLast();
        if (f.anchor != null) {
            openAnchors.remove(f.anchor);
            anchorSizes.put(f.anchor, expanded - f.expandedAtStart);
            anchorTexts.remove(f.anchor);
        }
        nodeDone();
    }

    private boolean atKey() {
        Frame f = open.peekLast();
        return f != null && f.mapping && f.atKey;
    }

    /** Records a key of the innermost mapping; the same key twice is an error at the second. */
    private void key(String text, Event e) {
        Frame f = open.getLast();
        Integer first = f.keyLines.putIfAbsent(text, line(e));
        if (first != null) {
            throw new InputException(label, line(e), column(e), path(text), "given twice (first at line " + first + ")");
        }
        f.key = text;
    }

    /** A whole node (a scalar, an alias, a closed collection) has been read in the innermost collection. */
    private void nodeDone() {
        Frame f = open.peekLast();
        if (f == null) return;
        if (f.mapping) f.atKey = !f.atKey;
        else f.index++;
    }

    /** The dotted path of the innermost collection, as YamlNode names fields ("" at the top). */
    private String containerPath() {
        StringBuilder sb = new StringBuilder();
        for (Frame f : open) {
            if (f.segment.isEmpty()) continue;
            if (sb.length() > 0 && !f.segment.startsWith("[")) sb.append('.');
            sb.append(f.segment);
        }
        return sb.toString();
    }

    /** The dotted path of {@code key} in the innermost mapping. */
    private String path(String key) {
        String container = containerPath();
        return container.isEmpty() ? key : container + "." + key;
    }

    /** An error at the event the composer took last, for a fault the library finds while composing it. */
    InputException errorAtLast(String problem) {
        if (last == null) return InputException.of(label, problem);
        Frame f = open.peekLast();
        // A scalar the composer took as a mapping's value: the mapping now waits for a key, but the error is the value's.
        if (last instanceof ScalarEvent && f != null && f.mapping && f.atKey && f.key != null) {
            return new InputException(label, line(last), column(last), path(f.key), problem);
        }
        return error(last, problem);
    }

    /** An error at event {@code e}, naming the field it is the value of, if any. */
    private InputException error(Event e, String problem) {
        Frame f = open.peekLast();
        String field = f == null ? "" : f.mapping && !f.atKey ? path(f.key) : containerPath();
        return new InputException(label, line(e), column(e), field.isEmpty() ? null : field, problem);
    }

    private static int line(Event e) {
        return e.getStartMark().map(Mark::getLine).orElse(-1) + 1;
    }

    private static int column(Event e) {
        return e.getStartMark().map(Mark::getColumn).orElse(-1) + 1;
    }
}
