package medsim.experiment;

import java.util.ArrayList;
import java.util.List;

import medsim.scenario.UnobservedParameters;
import medsim.yaml.FieldOverride;

/**
 * One Morris factor of a screening: a registry entry (or a few entries screened together, when
 * the scenario binds their fields: a boat stock's start at most its maximum), whose level in
 * [0, 1] sets every number of the scenario the entries cover ({@link UnobservedParameters#membersIn}).
 *
 * <p>Level 0.5 is the scenario as written; a lower level moves every field from its own value
 * toward its entry's prior min (reached at 0), a higher one toward the prior's max (reached at
 * 1), linearly on each side. So every field spans its whole prior, the fields move together in
 * the same direction, and between the ends they keep the order the scenario gives them (a
 * warship's endurance stays above a patrol boat's; a stock's start below its maximum, when
 * both ends of their priors are so ordered). A whole-number field is rounded to the nearest
 * whole number within the prior.
 *
 * @param name    the factor's name in every output: the entry's id, or the name given to entries screened together
 * @param entries the registry entries it stands for
 * @param fields  the numbers it sets, entry by entry, each in the scenario's order
 * @param file    the registry file, where errors about an entry point
 */
public record FactorGroup(String name, List<String> entries, List<Field> fields, String file) {

    /**
     * A number a factor sets, with its entry's prior and where the entry is written.
     *
     * @param member   the scenario's number
     * @param priorMin its entry's prior min
     * @param priorMax its entry's prior max
     * @param line     the entry's line in the registry (from 1)
     * @param column   the entry's column in it (from 1)
     */
    public record Field(UnobservedParameters.Member member, double priorMin, double priorMax, int line, int column) {}

    public FactorGroup {
        entries = List.copyOf(entries);
        fields = List.copyOf(fields);
    }

    /** The factor for one registry entry. */
    static FactorGroup of(UnobservedParameters.Entry e, List<UnobservedParameters.Member> members, String file) {
        return new FactorGroup(e.id(), List.of(e.id()), fields(e, members), file);
    }

    /** The fields of one entry's numbers. */
    static List<Field> fields(UnobservedParameters.Entry e, List<UnobservedParameters.Member> members) {
        return members.stream().map(m -> new Field(m, e.priorMin(), e.priorMax(), e.at().line(), e.at().column())).toList();
    }

    /** The scenario level the design's value of this factor stands for: the documented configuration. */
    public static final double DOCUMENTED = 0.5;

    /** The overrides that put every field at this level, each placed at its entry in the registry. */
    public List<FieldOverride> overrides(double level) {
        List<FieldOverride> out = new ArrayList<>();
        for (Field f : fields) {
            out.add(FieldOverride.of(f.member().path(), valueAt(level, f), file, f.line(), f.column()));
        }
        return out;
    }

    /**
     * A field's value at a level: its own value at 0.5, its prior's min at 0 and max at 1,
     * linear between; rounded within the prior for a whole-number field.
     */
    static double valueAt(double level, Field f) {
        double min = f.priorMin(), max = f.priorMax(), documented = f.member().value();
        double u = Math.max(0, Math.min(1, level));
        double v = u == DOCUMENTED ? documented
                : u < DOCUMENTED ? min + (documented - min) * (u / DOCUMENTED)
                : documented + (max - documented) * ((u - DOCUMENTED) / (1 - DOCUMENTED));
        v = Math.max(min, Math.min(max, v));
        if (!f.member().integer()) return v;
        return Math.max(Math.ceil(min), Math.min(Math.floor(max), Math.rint(v)));
    }
}
