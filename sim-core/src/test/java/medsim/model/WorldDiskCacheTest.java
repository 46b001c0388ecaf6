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
import medsim.geo.SeaRaster;
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

        World fromFile = WorldDiskCache.decode(Files.readAllBytes(file), spec, key(spec));
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
        assertNull(WorldDiskCache.decode(flipped, spec, key(spec)), "the checksum finds the flipped bit");
        assertSameWorld(World.build(spec), cache.world(spec));
        assertArrayEquals(good, Files.readAllBytes(file), "the corrupt file is replaced by a good one");

        Files.write(file, java.util.Arrays.copyOf(good, good.length - 1000)); // a file cut short
        assertSameWorld(World.build(spec), cache.world(spec));
        assertArrayEquals(good, Files.readAllBytes(file));
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
        assertNull(WorldDiskCache.decode(bytes, other, key(other)));
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
    void onlyTheNewestFilesAreKept() throws IOException {
        WorldDiskCache cache = WorldDiskCache.in(cacheDir);
        for (int i = 0; i <= WorldDiskCache.KEEP; i++) cache.world(new GeographySpec(land, 8.0 + i, 12.0, 24.0));
        try (var files = Files.list(cacheDir)) {
            assertEquals(WorldDiskCache.KEEP, files.count());
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
