package medsim.experiment;

/**
 * What a sweep keeps of a finished run: its metrics, or the error that stopped it. The error
 * is kept on one line (line breaks become spaces, {@code null} becomes empty), as the journal
 * stores it, so that a resumed or merged sweep writes the same runs.csv as an uninterrupted one.
 */
public record RunRecord(int id, boolean ok, double[] metrics, String error) {
    public RunRecord {
        error = error == null ? "" : error.replace("\r\n", " ").replace('\n', ' ').replace('\r', ' ');
    }
}
