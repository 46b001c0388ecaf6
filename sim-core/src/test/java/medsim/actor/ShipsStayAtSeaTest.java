package medsim.actor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import medsim.event.EventType;
import medsim.geo.SeaRaster;
import medsim.model.MedSim;
import medsim.model.ScenarioRun;
import medsim.model.WorldCache;
import medsim.scenario.AssetKind;
import medsim.scenario.Scenario;
import medsim.scenario.ScenarioLoader;

/**
 * A ship sent to a boat with land between them (north of Sicily, the boat south of it) sails
 * the sea route around the land, not across it. The benchmark year with ten times the
 * departures sends ships from far away: before the fix, ships spent thousands of ticks of
 * a year on Sicily; in these weeks of it, hundreds.
 */
class ShipsStayAtSeaTest {
    @Test
    void noShipAtSeaIsEverOnLandWhenTheMrccsReachFarForShips(@TempDir Path dir) throws IOException {
        Path x10 = Path.of("..", "scenarios", "bench", "central-med-2016-x10.yaml").toAbsolutePath().normalize();
        Path file = dir.resolve("weeks.yaml");
        Files.writeString(file, "extends: " + x10 + "\nperiod: {start: 2016-04-25, end: 2016-05-20}\n");
        Scenario scenario = ScenarioLoader.load(file);
        List<String> onLand = new ArrayList<>();
        long[] rescues = new long[1];
        MedSim sim = ScenarioRun.start(scenario, new WorldCache().get(scenario.geography()), 1,
                e -> { if (e.type() == EventType.RESCUE) rescues[0]++; });
        SeaRaster raster = sim.world().raster();
        for (long t = 0; t < sim.totalTicks(); t++) {
            sim.schedule.step(sim); // with a map: every asset is stepped, so every position is current
            for (Asset a : sim.assets()) {
                if (a.spec().kind() == AssetKind.SHIP && a.mode() != Asset.Mode.IN_PORT && raster.isLand(a.xNm(), a.yNm())) {
                    onLand.add(a.id() + " " + a.mode() + " at tick " + t);
                }
            }
        }
        assertTrue(rescues[0] > 500, "the weeks must be busy: " + rescues[0] + " rescues");
        assertEquals(List.of(), onLand.subList(0, Math.min(10, onLand.size())), onLand.size() + " ship-ticks on land");
    }
}
