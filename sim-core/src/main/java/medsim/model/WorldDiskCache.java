package medsim.model;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.CRC32;

import medsim.geo.GeoPoint;
import medsim.geo.GeoPolygon;
import medsim.geo.LandPolygon;
import medsim.geo.LandPolygons;
import medsim.geo.Projection;
import medsim.geo.SeaRaster;
import medsim.geo.SeaRouter;
import medsim.provenance.BuildInfo;
import medsim.scenario.GeographySpec;
import medsim.yaml.InputFiles;

/**
 * The built geography ({@link World}: land polygons and {@link SeaRaster}) kept on disk between
 * processes, so that a run or a SLURM array task reads in milliseconds what would take the
 * raster's distance transforms to build. One file per geography, {@code world-<key>.bin}, in
 * {@code $MEDSIM_CACHE_DIR}, else {@code $XDG_CACHE_HOME/medsim}, else {@code ~/.cache/medsim} ({@code ~}
 * is {@code $HOME}, else the account's home);
 * {@code MEDSIM_CACHE_DIR=off} turns it off (every world is then built).
 *
 * <p>Beside it, {@code world-<key>-field-<cell>.bin}: the distance field of each goal the
 * world's {@link medsim.geo.SeaRouter} keeps whole (the ports), with each cell's next step down
 * it, so later runs walk down the fields instead of computing them (each a search over every
 * open-sea cell).
 *
 * <p>The key is the SHA-256 of {@link #FORMAT_VERSION}, the running build's id
 * ({@link BuildInfo#id()}: any change of the code that builds the raster changes it), the
 * projection's box, the cell size, the zone widths and the land file's text, so a file is only
 * ever read for the inputs and code that wrote it. A file is written whole under a temporary
 * name and renamed into place (concurrent runs and array tasks may race; each rename is atomic,
 * and whichever wins holds the same bytes). On reading, the key in the file and a CRC-32 over
 * all of it are checked; a file that is missing, short, corrupt or of another layout is ignored
 * and the world (or field) computed instead (and the file rewritten). Failing to write is silent:
 * the run has its world either way. Only the newest {@link #KEEP} worlds and their fields are kept.
 */
public final class WorldDiskCache {
    /** The layout of the file and of what it holds; bump it when either changes. */
    static final int FORMAT_VERSION = 2;
    /** Worlds kept, with their fields: the newest by modification time (a read touches its file). */
    static final int KEEP = 6;
    /** The environment variable naming the cache folder, or {@code off}. */
    public static final String ENV = "MEDSIM_CACHE_DIR";

    private static final byte[] MAGIC = "medsim-world\n".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] FIELD_MAGIC = "medsim-field\n".getBytes(StandardCharsets.US_ASCII);
    private static final Pattern WORLD_FILE = Pattern.compile("world-([0-9a-f]{64})\\.bin");
    private static final Pattern FIELD_FILE = Pattern.compile("world-([0-9a-f]{64})-field-[0-9]+\\.bin");
    private static final int KEY_BYTES = 32;
    private static final int CRC_BYTES = 4;
    private static final String PREFIX = "world-";
    private static final String SUFFIX = ".bin";
    /** A temporary file this old is one a killed process left. */
    private static final Duration STALE_TEMP = Duration.ofHours(1);

    private final Path dir; // null: off

    private WorldDiskCache(Path dir) {
        this.dir = dir;
    }

    /** A cache in {@code dir} (made when first written). */
    public static WorldDiskCache in(Path dir) {
        return new WorldDiskCache(dir.toAbsolutePath().normalize());
    }

    /** No cache: every world is built. */
    public static WorldDiskCache off() {
        return new WorldDiskCache(null);
    }

    /** The cache the environment names (see the class comment). */
    public static WorldDiskCache fromEnvironment() {
        return fromEnvironment(System.getenv(), System.getProperty("user.home"));
    }

    /** As {@link #fromEnvironment()}, from these variables and the account's home ({@code user.home}). */
    static WorldDiskCache fromEnvironment(Map<String, String> env, String userHome) {
        try {
            return named(env, userHome);
        } catch (InvalidPathException e) {
            return off(); // a folder name the file system cannot take (no locale for its characters): no cache
        }
    }

    private static WorldDiskCache named(Map<String, String> env, String userHome) {
        String named = env.getOrDefault(ENV, "").trim();
        if (named.equalsIgnoreCase("off")) return off();
        if (!named.isEmpty()) return in(Path.of(named));
        String xdg = env.getOrDefault("XDG_CACHE_HOME", "").trim();
        // The XDG base directory specification: a relative path is invalid and to be ignored.
        if (!xdg.isEmpty() && Path.of(xdg).isAbsolute()) return in(Path.of(xdg, "medsim"));
        // ~ is $HOME (which a user, a container or a batch system may set), else the account's home.
        String home = env.getOrDefault("HOME", "").trim();
        if (home.isEmpty()) home = userHome == null ? "" : userHome;
        if (home.isEmpty()) return off();
        return in(Path.of(home, ".cache", "medsim"));
    }

    /** The folder, or null if the cache is off. */
    public Path dir() {
        return dir;
    }

    /**
     * The world of {@code spec}: read from the cache if it holds it, otherwise built (and kept).
     * Equal, array for array, to {@link World#build}.
     *
     * @throws medsim.yaml.InputException if the land file is unreadable or not land polygons, as {@link World#build}
     */
    public World world(GeographySpec spec) {
        if (dir == null) return World.build(spec);
        String label = spec.landFile().toString();
        String landText = InputFiles.readText(spec.landFile(), InputFiles.MAX_LAND_BYTES);
        byte[] key = key(spec, landText);
        Path file = fileFor(key);
        World cached = read(file, spec, key);
        if (cached != null) return cached;
        World built = World.of(spec, LandPolygons.load(label, landText), new Fields(key));
        if (writeWhole(file, encode(built, key))) {
            try {
                prune();
            } catch (IOException | RuntimeException e) {
                // Pruned by the next write.
            }
        }
        return built;
    }

    /** Where the world of {@code spec} is kept (whether or not it is there yet), or null if the cache is off. */
    Path fileFor(GeographySpec spec) {
        if (dir == null) return null;
        return fileFor(key(spec, InputFiles.readText(spec.landFile(), InputFiles.MAX_LAND_BYTES)));
    }

    private Path fileFor(byte[] key) {
        return dir.resolve(PREFIX + HexFormat.of().formatHex(key) + SUFFIX);
    }

    static byte[] key(GeographySpec spec, String landText) {
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
        Projection p = spec.projection();
        ByteBuffer numbers = ByteBuffer.allocate(4 + 7 * 8).putInt(FORMAT_VERSION)
                .putDouble(p.westLonDeg()).putDouble(p.eastLonDeg()).putDouble(p.southLatDeg()).putDouble(p.northLatDeg())
                .putDouble(spec.cellNm()).putDouble(spec.territorialSeaNm()).putDouble(spec.contiguousZoneNm());
        sha.update(numbers.array());
        sha.update(BuildInfo.current().id().getBytes(StandardCharsets.US_ASCII));
        sha.update(landText.getBytes(StandardCharsets.UTF_8));
        return sha.digest();
    }

    /** The world in {@code file}, or null if there is none or it is not wholly right for this key. */
    private World read(Path file, GeographySpec spec, byte[] key) {
        byte[] bytes = readAll(file, maxWorldBytes(spec));
        World world = bytes == null ? null : decode(bytes, spec, key, new Fields(key));
        if (world != null) {
            try {
                Files.setLastModifiedTime(file, FileTime.from(Instant.now())); // recently used: kept by the pruning
            } catch (IOException | RuntimeException e) {
                // A read-only cache is still a cache.
            }
        }
        return world;
    }

    /** The world the bytes hold (its router keeping fields in {@code fields}), or null if they are not a whole, intact file of this layout and key. */
    static World decode(byte[] bytes, GeographySpec spec, byte[] key, SeaRouter.FieldStore fields) {
        ByteBuffer body = checkedBody(bytes, MAGIC, key);
        if (body == null) return null;
        try {
            SeaRaster raster = SeaRaster.readCells(body, spec.projection(), spec.cellNm(), spec.territorialSeaNm(), spec.contiguousZoneNm());
            List<LandPolygon> land = readLand(body);
            if (body.hasRemaining()) return null;
            return new World(spec, land, raster, fields);
        } catch (RuntimeException e) { // BufferUnderflowException, IllegalArgumentException: not what was written
            return null;
        }
    }

    /** The whole file for {@code world}: header, raster, land, CRC-32. */
    static byte[] encode(World world, byte[] key) {
        SeaRaster raster = world.raster();
        ByteBuffer out = header(MAGIC, key, raster.cellBytes() + landBytes(world.land()));
        raster.writeCells(out);
        writeLand(out, world.land());
        return sealed(out);
    }

    /** A buffer for a file of {@code bodyBytes} after the header, the header written. */
    private static ByteBuffer header(byte[] magic, byte[] key, int bodyBytes) {
        return ByteBuffer.allocate(magic.length + 4 + KEY_BYTES + bodyBytes + CRC_BYTES).put(magic).putInt(FORMAT_VERSION).put(key);
    }

    /** The buffer's bytes with the CRC-32 of all before it appended. */
    private static byte[] sealed(ByteBuffer out) {
        CRC32 crc = new CRC32();
        crc.update(out.array(), 0, out.position());
        out.putInt((int) crc.getValue());
        if (out.hasRemaining()) throw new IllegalStateException("cache file size miscounted");
        return out.array();
    }

    /** The body of a file written by {@link #sealed}, if its CRC-32, magic, layout version and key are right; else null. */
    private static ByteBuffer checkedBody(byte[] bytes, byte[] magic, byte[] key) {
        int headerBytes = magic.length + 4 + KEY_BYTES;
        if (bytes.length < headerBytes + CRC_BYTES) return null;
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CRC32 crc = new CRC32();
        crc.update(bytes, 0, bytes.length - CRC_BYTES);
        if ((int) crc.getValue() != in.getInt(bytes.length - CRC_BYTES)) return null;
        byte[] storedMagic = new byte[magic.length];
        in.get(storedMagic);
        int version = in.getInt();
        byte[] storedKey = new byte[KEY_BYTES];
        in.get(storedKey);
        if (!Arrays.equals(storedMagic, magic) || version != FORMAT_VERSION || !Arrays.equals(storedKey, key)) return null;
        return in.slice(headerBytes, bytes.length - CRC_BYTES - headerBytes);
    }

    /** The file's bytes, or null if it is not there or cannot be read. */
    /**
     * The most bytes a world file of this geography can hold: under 64 a cell, and the land
     * polygons in under four times the land file's limit. A larger file is not read (it would
     * only fill the heap before failing its checks).
     */
    private static long maxWorldBytes(GeographySpec spec) {
        return 64 * SeaRaster.cellCount(spec.projection(), spec.cellNm()) + 4 * InputFiles.MAX_LAND_BYTES + 4096;
    }

    /** The file's bytes, or null if it is not a regular file, is larger than {@code maxBytes} or cannot be read. */
    private static byte[] readAll(Path file, long maxBytes) {
        try {
            return Files.isRegularFile(file) && Files.size(file) <= maxBytes ? Files.readAllBytes(file) : null;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** Writes {@code bytes} under a temporary name and renames it to {@code file}; false, silently, if that failed. */
    private boolean writeWhole(Path file, byte[] bytes) {
        Path temp = null;
        try {
            Files.createDirectories(dir);
            temp = Files.createTempFile(dir, PREFIX, ".tmp");
            // A process may exit while another of its threads writes (medsim run reads the world
            // beside the scenario, and exits at once if the scenario is refused): no part of a file.
            temp.toFile().deleteOnExit();
            Files.write(temp, bytes);
            Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            temp = null;
            return true;
        } catch (IOException | RuntimeException e) {
            return false; // the run has what it would have kept; a later one will compute it again
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException e) {
                    // Left for a later prune.
                }
            }
        }
    }

    /**
     * Deletes all but the newest {@link #KEEP} worlds, the fields of worlds no longer kept, and
     * temporary files a killed process left.
     */
    private void prune() throws IOException {
        List<Path> worlds = new ArrayList<>();
        List<Path> fields = new ArrayList<>();
        Instant staleBefore = Instant.now().minus(STALE_TEMP);
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, PREFIX + "*")) {
            for (Path f : files) {
                String name = f.getFileName().toString();
                if (WORLD_FILE.matcher(name).matches()) {
                    worlds.add(f);
                } else if (FIELD_FILE.matcher(name).matches()) {
                    fields.add(f);
                } else if (name.endsWith(".tmp") && modified(f).isBefore(staleBefore)) {
                    Files.deleteIfExists(f);
                }
            }
        }
        worlds.sort(Comparator.comparing(WorldDiskCache::modified).reversed().thenComparing(Comparator.naturalOrder()));
        Set<String> keptKeys = new HashSet<>();
        for (int i = 0; i < worlds.size(); i++) {
            Matcher m = WORLD_FILE.matcher(worlds.get(i).getFileName().toString());
            if (!m.matches()) continue;
            if (i < KEEP) keptKeys.add(m.group(1));
            else Files.deleteIfExists(worlds.get(i));
        }
        for (Path f : fields) {
            Matcher m = FIELD_FILE.matcher(f.getFileName().toString());
            if (m.matches() && !keptKeys.contains(m.group(1))) Files.deleteIfExists(f);
        }
    }

    /** The kept distance fields of one world's router: {@code world-<key>-field-<cell>.bin}, goal cell and values after the header. */
    private final class Fields implements SeaRouter.FieldStore {
        private final byte[] key;
        private final String prefix;

        Fields(byte[] key) {
            this.key = key.clone();
            this.prefix = PREFIX + HexFormat.of().formatHex(key) + "-field-";
        }

        @Override
        public SeaRouter.FieldStore.Kept find(int goalCell, int cells) {
            byte[] bytes = readAll(file(goalCell), 9L * cells + 4096); // the distances, the steps and a header
            return bytes == null ? null : decodeField(bytes, key, goalCell, cells);
        }

        @Override
        public void keep(int goalCell, SeaRouter.FieldStore.Kept field) {
            writeWhole(file(goalCell), encodeField(key, goalCell, field));
        }

        private Path file(int goalCell) {
            return dir.resolve(prefix + goalCell + SUFFIX);
        }
    }

    /** A field file: the goal cell, the number of cells, the distances, then the next steps (a byte a cell). */
    static byte[] encodeField(byte[] key, int goalCell, SeaRouter.FieldStore.Kept field) {
        double[] distances = field.distances();
        ByteBuffer out = header(FIELD_MAGIC, key, 4 + 4 + 9 * distances.length);
        out.putInt(goalCell).putInt(distances.length);
        out.asDoubleBuffer().put(distances);
        out.position(out.position() + 8 * distances.length);
        out.put(field.nextSteps());
        return sealed(out);
    }

    /** The field the bytes hold, or null if they are not a whole, intact field file of this key, goal and size. */
    static SeaRouter.FieldStore.Kept decodeField(byte[] bytes, byte[] key, int goalCell, int cells) {
        ByteBuffer body = checkedBody(bytes, FIELD_MAGIC, key);
        if (body == null || body.remaining() != 4 + 4 + 9L * cells || body.getInt() != goalCell || body.getInt() != cells) return null;
        double[] distances = new double[cells];
        body.asDoubleBuffer().get(distances);
        body.position(body.position() + 8 * cells);
        byte[] steps = new byte[cells];
        body.get(steps);
        return new SeaRouter.FieldStore.Kept(distances, steps);
    }

    private static Instant modified(Path f) {
        try {
            return Files.getLastModifiedTime(f).toInstant();
        } catch (IOException e) {
            return Instant.MIN; // gone or unreadable: first to go
        }
    }

    private static int landBytes(List<LandPolygon> land) {
        int bytes = 4;
        for (LandPolygon p : land) {
            bytes += stringBytes(p.stateCode()) + stringBytes(p.name()) + stringBytes(p.polygon().name())
                    + 4 + 16 * p.polygon().ring().size();
        }
        return bytes;
    }

    private static void writeLand(ByteBuffer out, List<LandPolygon> land) {
        out.putInt(land.size());
        for (LandPolygon p : land) {
            putString(out, p.stateCode());
            putString(out, p.name());
            putString(out, p.polygon().name());
            List<GeoPoint> ring = p.polygon().ring();
            out.putInt(ring.size());
            for (GeoPoint g : ring) out.putDouble(g.latDeg()).putDouble(g.lonDeg());
        }
    }

    private static List<LandPolygon> readLand(ByteBuffer in) {
        int count = in.getInt();
        if (count < 0 || count > in.remaining()) throw new IllegalArgumentException("land polygon count " + count);
        List<LandPolygon> land = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String state = getString(in);
            String name = getString(in);
            String polygonName = getString(in);
            int points = in.getInt();
            if (points < 0 || points > in.remaining() / 16) throw new IllegalArgumentException("ring of " + points + " points");
            List<GeoPoint> ring = new ArrayList<>(points);
            for (int k = 0; k < points; k++) ring.add(new GeoPoint(in.getDouble(), in.getDouble()));
            land.add(new LandPolygon(state, name, new GeoPolygon(polygonName, ring)));
        }
        return List.copyOf(land);
    }

    private static int stringBytes(String s) {
        return 4 + s.getBytes(StandardCharsets.UTF_8).length;
    }

    private static void putString(ByteBuffer out, String s) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        out.putInt(b.length).put(b);
    }

    private static String getString(ByteBuffer in) {
        int length = in.getInt();
        if (length < 0 || length > in.remaining()) throw new IllegalArgumentException("string of " + length + " bytes");
        byte[] b = new byte[length];
        in.get(b);
        return new String(b, StandardCharsets.UTF_8);
    }
}
