package medsim.facts;

/**
 * One cited fact from seeds/facts.yaml: a value (a number, or text such as a date), its unit
 * and period, how far we trust it (H, M, L), and where it was read.
 */
public record Fact(String id, String value, boolean numeric, String unit, String period, String confidence, String source, String note) {

    /** The value as a number; only for numeric facts. */
    public double number() {
        if (!numeric) throw new IllegalStateException("fact " + id + " is not a number: " + value);
        return Double.parseDouble(value);
    }
}
