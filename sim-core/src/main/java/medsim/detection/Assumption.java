package medsim.detection;

/**
 * A value of the detection table that no source gives: the value used, the prior range an
 * analyst should sweep or calibrate over ({@code low} to {@code high}), and why. {@code path}
 * names the field in the detection file ({@code cells[3].sweepWidthNm}).
 */
public record Assumption(String path, double value, double low, double high, String rationale) {}
