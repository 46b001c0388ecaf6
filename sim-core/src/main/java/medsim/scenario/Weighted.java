package medsim.scenario;

/** An id with a relative weight, e.g. a place of safety and its share of disembarkations. */
public record Weighted(String id, double weight) {}
