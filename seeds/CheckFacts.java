import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * Checks seeds/facts.yaml against the rules in seeds/README.md.
 *
 * <pre>
 * java -cp ~/.m2/repository/org/snakeyaml/snakeyaml-engine/3.2/snakeyaml-engine-3.2.jar \
 *      seeds/CheckFacts.java seeds/facts.yaml
 * </pre>
 *
 * Prints one line per problem and exits with status 1 if there is any.
 */
public final class CheckFacts {
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9._-]*");
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");
    private static final Pattern LAT_LON = Pattern.compile("-?\\d{1,2}\\.\\d+,-?\\d{1,3}\\.\\d+");
    private static final Pattern PERIOD = Pattern.compile(
            "n/a|\\d{4}(-\\d{2}(-\\d{2})?)?(-q[1-4])?(/\\d{4}(-\\d{2}(-\\d{2})?)?)?");
    private static final Set<String> PREFIXES = Set.of("arrivals", "deaths", "sophia", "unscr", "triton",
            "marenostrum", "maresicuro", "seaguardian", "lcg", "rescues", "boats", "place", "port", "distance",
            "weather", "detection", "context");
    private static final List<String> REQUIRED = List.of("id", "value", "unit", "period", "confidence", "source");
    private static final Set<String> ALLOWED = Set.of("id", "value", "unit", "period", "confidence", "source", "note");

    private CheckFacts() {
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args.length > 0 ? args[0] : "seeds/facts.yaml");
        Object root = new Load(LoadSettings.builder().setLabel(file.toString()).build())
                .loadFromString(Files.readString(file));
        List<String> problems = new ArrayList<>();
        if (!(root instanceof Map<?, ?> top) || !(top.get("facts") instanceof List<?> facts)) {
            System.out.println(file + ": top level must be a mapping with a 'facts' list");
            System.exit(1);
            return;
        }
        Set<String> ids = new LinkedHashSet<>();
        Map<String, Number> numbers = new HashMap<>();
        int n = 0;
        for (Object o : facts) {
            n++;
            if (!(o instanceof Map<?, ?> fact)) {
                problems.add("item " + n + ": not a mapping");
                continue;
            }
            String where = "item " + n + " (" + fact.get("id") + ")";
            for (String k : REQUIRED) {
                if (fact.get(k) == null || fact.get(k).toString().isBlank()) {
                    problems.add(where + ": missing " + k);
                }
            }
            for (Object k : fact.keySet()) {
                if (!ALLOWED.contains(String.valueOf(k))) {
                    problems.add(where + ": unknown field " + k);
                }
            }
            String id = String.valueOf(fact.get("id"));
            if (!ID.matcher(id).matches()) {
                problems.add(where + ": id must match " + ID.pattern());
            }
            if (!ids.add(id)) {
                problems.add(where + ": duplicate id");
            }
            if (!PREFIXES.contains(id.split("\\.")[0])) {
                problems.add(where + ": unknown id prefix (add it to README and to PREFIXES)");
            }
            Object conf = fact.get("confidence");
            if (!"H".equals(conf) && !"M".equals(conf) && !"L".equals(conf)) {
                problems.add(where + ": confidence must be H, M or L");
            }
            Object period = fact.get("period");
            if (!(period instanceof String p) || !PERIOD.matcher(p).matches()) {
                problems.add(where + ": period must be a quoted ISO date, month, year, interval a/b, or n/a");
            }
            Object value = fact.get("value");
            String unit = String.valueOf(fact.get("unit"));
            if (value instanceof Number num) {
                numbers.put(id, num);
            } else if (!(value instanceof String)) {
                problems.add(where + ": value must be a number or a string");
            }
            if ("date".equals(unit) && !(value instanceof String s && ISO_DATE.matcher(s).matches())) {
                problems.add(where + ": unit date needs a quoted ISO date (YYYY, YYYY-MM or YYYY-MM-DD)");
            }
            if ("degrees".equals(unit) && !(value instanceof String s && LAT_LON.matcher(s).matches())) {
                problems.add(where + ": unit degrees needs a \"lat,lon\" string");
            }
        }
        for (String id : ids) {
            if (id.endsWith(".low")) {
                String base = id.substring(0, id.length() - 4);
                Number lo = numbers.get(id);
                Number hi = numbers.get(base + ".high");
                if (lo == null || hi == null) {
                    problems.add(id + ": a .low needs a numeric .high partner and both must be numbers");
                } else if (lo.doubleValue() > hi.doubleValue()) {
                    problems.add(id + ": low is above high");
                }
            }
            if (id.endsWith(".high") && !ids.contains(id.substring(0, id.length() - 5) + ".low")) {
                problems.add(id + ": a .high needs a .low partner");
            }
        }
        long monthSum = 0;
        for (int m = 1; m <= 12; m++) {
            Number v = numbers.get(String.format("arrivals.italy.sea.2016-%02d", m));
            monthSum += v == null ? 0 : v.longValue();
        }
        Number year = numbers.get("arrivals.italy.sea.2016");
        if (year == null || monthSum != year.longValue()) {
            problems.add("arrivals.italy.sea.2016-01..12 add up to " + monthSum + ", not to arrivals.italy.sea.2016");
        }
        problems.forEach(System.out::println);
        System.out.println(file + ": " + n + " facts, " + problems.size() + " problem(s)");
        System.exit(problems.isEmpty() ? 0 : 1);
    }
}
