package medsim.facts;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;

import medsim.format.Numbers;
import medsim.yaml.YamlMap;
import medsim.yaml.YamlNode;

/**
 * Replaces fact references in a scenario tree by the facts' values, so that a number taken
 * from a source is written once, in seeds/facts.yaml, and cited by id wherever it is used:
 * <pre>
 *   count: {fact: sophia.assets.2016-06.ships}
 *   people: {fact: arrivals.italy.sea.2016-01, times: 1.1}
 *   observed: {fact: sophia.results.2016-06-20.boats-neutralised, minus: {fact: sophia.results.2016-01.boats-neutralised}}
 *   observed: {fact: deaths.central-med.2016.band.low, plus: {fact: deaths.central-med.2016.band.high}, times: 0.5}
 * </pre>
 * The value is (fact + plus - minus) x times / over; each operand is a number or another
 * reference. The value keeps the
 * reference's position, so errors still point at the line that cited the fact.
 */
public final class FactResolver {
    private final FactBook book;

    public FactResolver(FactBook book) {
        this.book = book;
    }

    public YamlNode resolve(YamlNode root) {
        return YamlNode.wrap(resolve(root.raw(), root.path()), root.path());
    }

    private Node resolve(Node node, String path) {
        if (node instanceof MappingNode m) {
            if (isReference(m)) return value(YamlNode.wrap(m, path));
            List<NodeTuple> out = new ArrayList<>(m.getValue().size());
            for (NodeTuple t : m.getValue()) {
                String key = t.getKeyNode() instanceof ScalarNode k ? k.getValue() : "?";
                out.add(new NodeTuple(t.getKeyNode(), resolve(t.getValueNode(), path.isEmpty() ? key : path + "." + key)));
            }
            return new MappingNode(m.getTag(), true, out, m.getFlowStyle(), m.getStartMark(), m.getEndMark());
        }
        if (node instanceof SequenceNode s) {
            List<Node> out = new ArrayList<>(s.getValue().size());
            for (int i = 0; i < s.getValue().size(); i++) out.add(resolve(s.getValue().get(i), path + "[" + i + "]"));
            return new SequenceNode(s.getTag(), true, out, s.getFlowStyle(), s.getStartMark(), s.getEndMark());
        }
        return node;
    }

    private static boolean isReference(MappingNode m) {
        for (NodeTuple t : m.getValue()) {
            if (t.getKeyNode() instanceof ScalarNode k && k.getValue().equals("fact")) return true;
        }
        return false;
    }

    private ScalarNode value(YamlNode ref) {
        YamlMap m = ref.asMap();
        YamlNode idNode = m.get("fact");
        String id = idNode.asString();
        Fact fact = book.find(id).orElseThrow(() -> idNode.error("cites a fact that is not in " + book.file() + ": \"" + id + "\""));
        Optional<YamlNode> plus = m.opt("plus");
        Optional<YamlNode> minus = m.opt("minus");
        Optional<YamlNode> times = m.opt("times");
        Optional<YamlNode> over = m.opt("over");
        m.finish();
        if (plus.isEmpty() && minus.isEmpty() && times.isEmpty() && over.isEmpty()) return cite(scalar(fact.value(), fact.numeric(), ref), id, fact.confidence());
        if (!fact.numeric()) throw idNode.error("cites fact \"" + id + "\", which is not a number (" + fact.value() + "), with arithmetic");
        double v = fact.number();
        StringBuilder cited = new StringBuilder(id);
        String[] grade = {fact.confidence()};
        if (plus.isPresent()) v += operand(plus.get(), cited, grade, " + ");
        if (minus.isPresent()) v -= operand(minus.get(), cited, grade, " - ");
        if (plus.isPresent() || minus.isPresent()) cited.insert(0, '(').append(')');
        if (times.isPresent()) v *= operand(times.get(), cited, grade, " x ");
        if (over.isPresent()) {
            double d = operand(over.get(), cited, grade, " / ");
            if (d == 0) throw over.get().error("divides by zero");
            v /= d;
        }
        return cite(scalar(Numbers.format(v), true, ref), cited.toString(), grade[0]);
    }

    private double operand(YamlNode n, StringBuilder cited, String[] grade, String op) {
        if (n.raw() instanceof MappingNode m && isReference(m)) {
            ScalarNode v = value(n);
            cited.append(op).append(citedFacts(v));
            grade[0] = lower(grade[0], confidence(v));
            return YamlNode.wrap(v, n.path()).asDouble();
        }
        double v = n.asDouble();
        cited.append(op).append(((ScalarNode) n.raw()).getValue()); // as written (a swept number is a number, not text)
        return v;
    }

    private static final String CITED = "medsim.facts";
    private static final String CONFIDENCE = "medsim.facts.confidence";
    private static final String GRADES = "LMH"; // lowest first

    private static ScalarNode cite(ScalarNode n, String facts, String confidence) {
        n.setProperty(CITED, facts);
        n.setProperty(CONFIDENCE, confidence);
        return n;
    }

    private static String lower(String a, String b) {
        return GRADES.indexOf(a) <= GRADES.indexOf(b) ? a : b;
    }

    /**
     * The lowest confidence grade (H, M or L, as in the facts file) among the facts a resolved
     * value was computed from, or null if it was written directly: a figure is only as sure as
     * the least sure fact in it.
     */
    public static String confidence(YamlNode n) {
        return confidence(n.raw());
    }

    private static String confidence(Node n) {
        Object p = n.getProperty(CONFIDENCE);
        return p == null ? null : p.toString();
    }

    /** The fact ids (with their arithmetic) a resolved value came from, or null if it was written directly. */
    public static String citedFacts(YamlNode n) {
        return citedFacts(n.raw());
    }

    private static String citedFacts(Node n) {
        Object p = n.getProperty(CITED);
        return p == null ? null : p.toString();
    }

    private static ScalarNode scalar(String value, boolean numeric, YamlNode at) {
        Tag tag = numeric ? (value.matches("-?\\d+") ? Tag.INT : Tag.FLOAT) : Tag.STR;
        return new ScalarNode(tag, true, value, ScalarStyle.PLAIN, at.raw().getStartMark(), at.raw().getEndMark());
    }
}
