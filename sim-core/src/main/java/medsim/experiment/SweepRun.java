package medsim.experiment;

/** One run of a sweep: its id (its place in the plan), design point, replication and seed. */
public record SweepRun(int id, int point, int replication, long seed) {}
