package medsim.experiment;

/** What a sweep keeps of a finished run: its metrics, or the error that stopped it. */
public record RunRecord(int id, boolean ok, double[] metrics, String error) {}
