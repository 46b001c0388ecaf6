package medsim.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import medsim.geo.LandPolygon;
import medsim.geo.Projection;
import medsim.geo.SeaRaster;
import medsim.geo.SeaRouter;
import medsim.scenario.GeographySpec;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorldDiskCacheTest {
    // 2 nm cells keep each build to a few tens of milliseconds; the code path is the 1 nm one's.
    private static final double CELL_NM = 2.0;

    @TempDir
    Path tmp;
    private Path land;
    private Path cacheDir;
    private GeographySpec spec;

    @BeforeEach
    void copyTheShippedLandFile() throws IOException {
        land = tmp.resolve("land.geojson");
        Files.copy(shippedLandFile(), land);
        cacheDir = tmp.resolve("cache");
        spec = new GeographySpec(land, CELL_NM, 12.0, 24.0);
    }

    @Test
    void aWorldReadFromTheCacheEqualsTheBuiltOneArrayForArray() throws IOException {
        WorldDiskCache cache = WorldDiskCache.in(cacheDir);
        World first = cache.world(spec);
        Path file = cache.fileFor(spec);
        assertTrue(Files.isRegularFile(file), "the first world is kept");

        World fromFile = WorldDiskCache.decode(Files.readAllBytes(file), spec, key(spec), SeaRouter.FieldStore.NONE);
        assertNotNull(fromFile, "the kept file reads back");
        World built = World.build(spec);
        assertSameWorld(built, fromFile);
        assertSameWorld(built, first);
        assertSameWorld(built, cache.world(spec));
    }

    @Test
    void aCorruptedCacheFileIsRebuiltAndRewritten() throws IOException {
        WorldDiskCache cache = WorldDiskCache.in(cacheDir);
        cache.world(spec);
        Path file = cache.fileFor(spec);
        byte[] good = Files.readAllBytes(file);

        byte[] flipped = good.clone();
        flipped[good.length / 2] ^= 0x10; // one bit of a coast distance
        Files.write(file, flipped);
        assertNull(WorldDiskCache.decode(flipped, spec, key(spec), SeaRouter.FieldStore.NONE), "the checksum finds the flipped bit");
        assertSameWorld(World.build(spec), cache.world(spec));
        assertArrayEquals(good, Files.readAllBytes(file), "the corrupt file is replaced by a good one");

        Files.write(file, java.util.Arrays.copyOf(good, good.length - 1000)); // a file cut short
        assertSameWorld(World.build(spec), cache.world(spec));
        assertArrayEquals(good, Files.readAllBytes(file));

        // A file far larger than its geography could need is not read at all, but rebuilt.
        try (var raf = new java.io.RandomAccessFile(file.toFile(), "rw")) {
            raf.setLength(3L << 30); // 3 GB (sparse): reading it whole would fill the heap and fail
        }
        assertSameWorld(World.build(spec), cache.world(spec));
        assertArrayEquals(good, Files.readAllBytes(file), "replaced by a good file");
    }

    @Test
    void theKeyChangesWhenTheLandFileOrAGeographyFieldChanges() throws IOException {
        String text = Files.readString(land);
        byte[] before = key(spec);
        Files.writeString(land, text + " ");
        assertNotEquals(hex(before), hex(key(spec)), "one more byte in the land file");
        Files.writeString(land, text);
        assertEquals(hex(before), hex(key(spec)), "the same bytes give the same key");
        assertNotEquals(hex(before), hex(key(new GeographySpec(land, 1.0, 12.0, 24.0))));
        assertNotEquals(hex(before), hex(key(new GeographySpec(land, CELL_NM, 11.0, 24.0))));
        assertNotEquals(hex(before), hex(key(new GeographySpec(land, CELL_NM, 12.0, 23.0))));
    }

    @Test
    void aLandFileChangedSinceTheCacheWasWrittenIsReadAfresh() throws IOException {
        WorldDiskCache cache = WorldDiskCache.in(cacheDir);
        World before = cache.world(spec);
        // Move Malta's land to Tunisia: the same shapes, another owner.
        Files.writeString(land, Files.readString(land).replace("\"470\"", "\"788\""));
        World after = cache.world(spec);
        assertFalse(after.raster().states().contains("MLT"));
        assertTrue(before.raster().states().contains("MLT"));
        assertSameWorld(World.build(spec), after);
    }

    @Test
    void aFileUnderAnotherKeyIsNotRead() throws IOException {
        WorldDiskCache cache = WorldDiskCache.in(cacheDir);
        cache.world(spec);
        byte[] bytes = Files.readAllBytes(cache.fileFor(spec));
        GeographySpec other = new GeographySpec(land, CELL_NM, 12.0, 20.0);
        assertNull(WorldDiskCache.decode(bytes, other, key(other), SeaRouter.FieldStore.NONE));
        Files.write(cache.fileFor(other), bytes); // as if renamed by mistake
        assertEquals(20.0, cache.world(other).raster().contiguousZoneNm());
        assertSameWorld(World.build(other), cache.world(other));
    }

    @Test
    void anUnwritableCacheFolderStillGivesTheWorld() throws IOException {
        Path notAFolder = Files.writeString(tmp.resolve("file"), "x");
        World world = WorldDiskCache.in(notAFolder.resolve("cache")).world(spec);
        assertSameWorld(World.build(spec), world);
    }

    @Test
    void theEnvironmentNamesTheFolderOrTurnsTheCacheOff() {
        assertNull(WorldDiskCache.fromEnvironment(Map.of("MEDSIM_CACHE_DIR", "off"), "/home/u").dir());
        assertEquals(Path.of("/c/m"), WorldDiskCache.fromEnvironment(Map.of("MEDSIM_CACHE_DIR", "/c/m", "XDG_CACHE_HOME", "/x"), "/home/u").dir());
        assertEquals(Path.of("/x/medsim"), WorldDiskCache.fromEnvironment(Map.of("XDG_CACHE_HOME", "/x"), "/home/u").dir());
        assertEquals(Path.of("/h/.cache/medsim"), WorldDiskCache.fromEnvironment(Map.of("HOME", "/h"), "/home/u").dir(),
                "~ is $HOME, as in the shell, when it is set");
        assertEquals(Path.of("/home/u/.cache/medsim"), WorldDiskCache.fromEnvironment(Map.of("XDG_CACHE_HOME", "rel"), "/home/u").dir());
        assertEquals(Path.of("/home/u/.cache/medsim"), WorldDiskCache.fromEnvironment(Map.of(), "/home/u").dir());
    }

    @Test
    void aCacheThatIsOffWritesNothing() throws IOException {
        World world = WorldDiskCache.off().world(spec);
        assertSameWorld(World.build(spec), world);
        try (var files = Files.list(tmp)) {
            assertEquals(List.of(land), files.toList());
        }
    }

    @Test
    void onlyTheNewestWorldsAndTheirFieldsAreKept() throws IOException {
        WorldDiskCache cache = WorldDiskCache.in(cacheDir);
        GeographySpec oldest = new GeographySpec(land, 8.0, 12.0, 24.0);
        routeTwiceToCatania(cache.world(oldest));
        assertEquals(2, fileCount(), "the world and its one kept field");
        Files.setLastModifiedTime(cache.fileFor(oldest), java.nio.file.attribute.FileTime.fromMillis(0));
        for (int i = 1; i <= WorldDiskCache.KEEP; i++) cache.world(new GeographySpec(land, 8.0 + i, 12.0, 24.0));
        assertEquals(WorldDiskCache.KEEP, fileCount(), "the oldest world went, and its field with it");
        assertFalse(Files.exists(cache.fileFor(oldest)));
    }

    @Test
    void routesOnFieldsReadFromTheCacheEqualThoseOnComputedFields() throws IOException {
        WorldDiskCache cache = WorldDiskCache.in(cacheDir);
        List<List<double[]>> computed = routeTwiceToCatania(World.build(spec));
        routeTwiceToCatania(cache.world(spec)); // keeps the goal's field
        Path field;
        try (var files = Files.list(cacheDir)) {
            field = files.filter(f -> f.getFileName().toString().contains("-field-")).findFirst().orElseThrow();
        }
        byte[] good = Files.readAllBytes(field);
        java.nio.file.attribute.FileTime epoch = java.nio.file.attribute.FileTime.fromMillis(0);
        Files.setLastModifiedTime(field, epoch);
        assertRoutesEqual(computed, routeTwiceToCatania(cache.world(spec)));
        assertEquals(epoch, Files.getLastModifiedTime(field), "the field was read, not computed and written again");

        byte[] flipped = good.clone();
        flipped[good.length / 2] ^= 0x01; // the lowest bit of a distance
        Files.write(field, flipped);
        assertRoutesEqual(computed, routeTwiceToCatania(cache.world(spec)));
        assertArrayEquals(good, Files.readAllBytes(field), "a corrupt field is computed again and rewritten");
    }

    @Test
    void aFieldIsReadOnlyForItsKeyGoalAndSize() {
        byte[] key = new byte[32];
        double[] distances = {0.0, 1.0, Math.sqrt(2.0), Double.POSITIVE_INFINITY};
        byte[] steps = {10, 4, 1, 0};
        byte[] bytes = WorldDiskCache.encodeField(key, 2, new SeaRouter.FieldStore.Kept(distances, steps));
        SeaRouter.FieldStore.Kept read = WorldDiskCache.decodeField(bytes, key, 2, 4);
        assertArrayEquals(distances, read.distances());
        assertArrayEquals(steps, read.nextSteps());
        assertNull(WorldDiskCache.decodeField(bytes, key, 3, 4), "another goal");
        assertNull(WorldDiskCache.decodeField(bytes, key, 2, 5), "another raster size");
        byte[] otherKey = key.clone();
        otherKey[0] = 1;
        assertNull(WorldDiskCache.decodeField(bytes, otherKey, 2, 4), "another world");
        assertNull(WorldDiskCache.decodeField(java.util.Arrays.copyOf(bytes, bytes.length - 1), key, 2, 4), "cut short");
    }

    /** Two routes round Sicily to a point off Catania: the second asks for the goal again, so its field is kept whole. */
    private static List<List<double[]>> routeTwiceToCatania(World world) {
        Projection p = world.projection();
        double goalX = p.xNm(15.30);
        double goalY = p.yNm(37.45);
        return List.of(world.router().route(p.xNm(12.50), p.yNm(38.30), goalX, goalY),
                world.router().route(p.xNm(13.50), p.yNm(38.50), goalX, goalY));
    }

    private static void assertRoutesEqual(List<List<double[]>> expected, List<List<double[]>> actual) {
        assertEquals(expected.size(), actual.size());
        for (int r = 0; r < expected.size(); r++) {
            assertTrue(expected.get(r).size() > 2, "the route bends round the land");
            assertEquals(expected.get(r).size(), actual.get(r).size());
            for (int i = 0; i < expected.get(r).size(); i++) assertArrayEquals(expected.get(r).get(i), actual.get(r).get(i));
        }
    }

    private long fileCount() throws IOException {
        try (var files = Files.list(cacheDir)) {
            return files.count();
        }
    }

    private static byte[] key(GeographySpec s) throws IOException {
        return WorldDiskCache.key(s, Files.readString(s.landFile(), StandardCharsets.UTF_8));
    }

    private static String hex(byte[] b) {
        return java.util.HexFormat.of().formatHex(b);
    }

    /** Every array of the raster (through its bytes and through every query at every cell) and every land polygon. */
    static void assertSameWorld(World expected, World actual) {
        SeaRaster a = expected.raster();
        SeaRaster b = actual.raster();
        assertArrayEquals(cells(a), cells(b));
        assertEquals(a.states(), b.states());
        assertEquals(a.width(), b.width());
        assertEquals(a.height(), b.height());
        for (int y = 0; y < a.height(); y++) {
            for (int x = 0; x < a.width(); x++) {
                double xNm = a.cellCentreNm(x);
                double yNm = a.cellCentreNm(y);
                assertEquals(a.isLand(xNm, yNm), b.isLand(xNm, yNm));
                assertEquals(a.landStateAt(xNm, yNm), b.landStateAt(xNm, yNm));
                assertEquals(a.isOpenSea(xNm, yNm), b.isOpenSea(xNm, yNm));
                assertEquals(a.nearestCoastalState(xNm, yNm), b.nearestCoastalState(xNm, yNm));
                assertEquals(a.zoneAt(xNm, yNm), b.zoneAt(xNm, yNm));
                for (String state : a.states()) {
                    assertEquals(a.distanceToCoastNm(state, xNm, yNm), b.distanceToCoastNm(state, xNm, yNm));
                }
            }
        }
        assertEquals(expected.land().size(), actual.land().size());
        for (int i = 0; i < expected.land().size(); i++) {
            LandPolygon p = expected.land().get(i);
            LandPolygon q = actual.land().get(i);
            assertEquals(p.stateCode(), q.stateCode());
            assertEquals(p.name(), q.name());
            assertEquals(p.polygon().name(), q.polygon().name());
            assertEquals(p.polygon().ring(), q.polygon().ring());
        }
        assertEquals(expected.spec(), actual.spec());
    }

    private static byte[] cells(SeaRaster r) {
        ByteBuffer out = ByteBuffer.allocate(r.cellBytes());
        r.writeCells(out);
        assertFalse(out.hasRemaining());
        return out.array();
    }

    private static Path shippedLandFile() {
        for (Path candidate : List.of(Path.of("..", "scenarios", "geo", "central-med-land.geojson"),
                Path.of("scenarios", "geo", "central-med-land.geojson"))) {
            if (Files.isRegularFile(candidate)) return candidate;
        }
        throw new IllegalStateException("cannot find scenarios/geo/central-med-land.geojson");
    }
}
