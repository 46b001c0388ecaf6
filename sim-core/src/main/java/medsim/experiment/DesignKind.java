package medsim.experiment;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The experimental designs a sweep can use. */
public enum DesignKind {
    FULL_FACTORIAL, LATIN_HYPERCUBE, SOBOL, SALTELLI, MORRIS, CSV;

    public String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static DesignKind parse(String key) {
        for (DesignKind d : values()) if (d.key().equals(key)) return d;
        return null;
    }

    public static String known() {
        return Arrays.stream(values()).map(DesignKind::key).collect(Collectors.joining(", "));
    }
}
