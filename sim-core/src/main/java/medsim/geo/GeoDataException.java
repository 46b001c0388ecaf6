package medsim.geo;

/** Geographic input data (a GeoJSON file, say) is unreadable or malformed; the message names the file and the fault. */
public final class GeoDataException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public GeoDataException(String message) {
        super(message);
    }

    public GeoDataException(String message, Throwable cause) {
        super(message, cause);
    }
}
