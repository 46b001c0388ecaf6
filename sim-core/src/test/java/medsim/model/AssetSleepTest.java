package medsim.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import medsim.actor.Asset;
import medsim.event.SeaEvent;
import medsim.scenario.Scenario;
import medsim.scenario.ScenarioLoader;

/**
 * Assets with nothing in reach sleep through ticks in a run without a map and catch up when
 * they wake or are asked (MedSim#assetsMaySleep); the outputs must be those of a run that steps
 * every asset every tick, byte for byte. Six weeks of autumn 2016 from the shipped year: every
 * force at sea, rescues, interceptions, boats destroyed, inspections for arms.
 */
class AssetSleepTest {
    private static Scenario autumn2016;

    @BeforeAll
    static void load(@TempDir Path dir) throws IOException {
        Path shipped = Path.of("..", "scenarios", "central-med-2016.yaml").toAbsolutePath().normalize();
        Path file = dir.resolve("autumn-2016.yaml");
        Files.writeString(file, "extends: " + shipped + "\nperiod: {start: 2016-09-01, end: 2016-10-15}\n");
        autumn2016 = ScenarioLoader.load(file);
    }

    @Test
    void sleepingAssetsGiveTheSameEventsAndOutcomeAsAssetsSteppedEveryTick() {
        // Seed 2: its six weeks hold inspections for arms as well as interceptions (seed 1's no
        // longer do since Frontex's ships are the cited 6: the precondition below says so).
        TestRuns.Result everyTick = TestRuns.run(autumn2016, 2); // with a map: every asset steps every tick
        List<SeaEvent> events = new ArrayList<>();
        RunOutcome sleeping = TestRuns.run(autumn2016, 2, events::add); // headless: assets sleep
        RunOutcome expected = everyTick.outcome();
        assertTrue(events.stream().filter(e -> e.type() == medsim.event.EventType.INSPECTION).count() > 0
                && events.stream().filter(e -> e.type() == medsim.event.EventType.INTERCEPTION).count() > 0,
                "the weeks must hold inspections and interceptions");
        List<SeaEvent> expectedEvents = everyTick.events();
        for (int i = 0; i < Math.min(expectedEvents.size(), events.size()); i++) {
            int at = i;
            assertEquals(expectedEvents.get(i), events.get(i), () -> "event " + at + " of " + expectedEvents.size());
        }
        assertEquals(expectedEvents.size(), events.size(), "events");
        assertEquals(expected.summary(), sleeping.summary());
        for (int d = 0; d < sleeping.daily().days(); d++) {
            assertArrayEquals(expected.daily().flowDays().get(d), sleeping.daily().flowDays().get(d));
            assertArrayEquals(expected.daily().levelDays().get(d), sleeping.daily().levelDays().get(d));
        }
        assertEquals(expected.assets(), sleeping.assets());
        assertEquals(expected.search(), sleeping.search());
    }

    @Test
    void mostAssetTicksAreSleptThrough() {
        MedSim sim = TestRuns.started(autumn2016, 5).withoutMap();
        long assetTicks = 0, asleep = 0;
        for (long t = 0; t < sim.totalTicks(); t++) {
            sim.schedule.step(sim);
            for (Asset a : sim.assets()) {
                assetTicks++;
                if (a.wakeTick() > t + 1) asleep++;
            }
        }
        double share = (double) asleep / assetTicks;
        assertTrue(share > 0.5, "share of asset-ticks asleep: " + share);
    }
}
