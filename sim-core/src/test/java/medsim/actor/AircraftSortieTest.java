package medsim.actor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import medsim.geo.Projection;
import medsim.model.MedSim;
import medsim.model.RunOutcome;
import medsim.model.TestRuns;
import medsim.scenario.AssetKind;
import medsim.scenario.Scenario;
import medsim.search.SearchOutcome;

/**
 * One patrol aircraft flying two sorties a day (06:00 and 18:00 UTC) over a 30 x 50 nm box (small-aircraft.yaml), with
 * sweep widths that do not change with conditions (6 nm against a rubber dinghy, 10 against a
 * wooden boat, at its 150-knot search speed): stepped tick by tick and watched.
 */
class AircraftSortieTest {
    private static final double ENDURANCE = 6, RESERVE = 0.5, TRANSIT = 200, SEARCH = 150;

    private static Scenario scenario;
    private static RunOutcome outcome;
    private static Projection projection;
    private static double baseX, baseY, tickHours;
    /** Per sortie: take-off and landing tick. */
    private static final List<long[]> sorties = new ArrayList<>();
    private static final List<String> atBaseProblems = new ArrayList<>();
    private static double legSpacingNm = Double.NaN;
    private static boolean leftTheBox;

    @BeforeAll
    static void fly() {
        scenario = TestRuns.load("small-aircraft.yaml");
        MedSim sim = TestRuns.started(scenario, 11);
        projection = sim.world().projection();
        Asset aircraft = sim.assets().stream().filter(a -> a.spec().kind() == AssetKind.AIRCRAFT).findFirst().orElseThrow();
        baseX = sim.xOf(aircraft.base());
        baseY = sim.yOf(aircraft.base());
        tickHours = sim.clock().tickHours();
        long takeOff = -1;
        for (long t = 0; t < sim.totalTicks(); t++) {
            sim.schedule.step(sim);
            boolean atBase = aircraft.mode() == Asset.Mode.IN_PORT;
            if (!atBase && takeOff < 0) takeOff = t;
            if (atBase && takeOff >= 0) {
                sorties.add(new long[] {takeOff, t});
                takeOff = -1;
            }
            if (atBase && (aircraft.xNm() != baseX || aircraft.yNm() != baseY || sim.sea().exists(aircraft))) {
                atBaseProblems.add("tick " + t + ": at " + aircraft.xNm() + ", " + aircraft.yNm() + (sim.sea().exists(aircraft) ? ", on the map" : ""));
            }
            if (aircraft.mode() == Asset.Mode.PATROL) {
                double lat = projection.latDeg(aircraft.yNm()), lon = projection.lonDeg(aircraft.xNm());
                if (lat < 33.9 - 1e-9 || lat > 34.4 + 1e-9 || lon < 12.2 - 1e-9 || lon > 13.2 + 1e-9) leftTheBox = true;
                if (aircraft.searchPattern() != null) legSpacingNm = aircraft.searchPattern().trackSpacingNm();
            }
        }
        if (takeOff >= 0) sorties.add(new long[] {takeOff, -1});
        sim.finish();
        outcome = sim.outcome();
    }

    private static double boxAreaNm2() {
        double w = projection.xNm(13.2) - projection.xNm(12.2), h = projection.yNm(33.9) - projection.yNm(34.4);
        return w * h;
    }

    @Test
    void itFliesTwoSortiesADayAndIsAtBaseOnTheGroundBetweenThem() {
        assertEquals(2 * scenario.days(), sorties.size(), "two scheduled take-offs a day, each flown: " + sorties.size());
        for (int i = 0; i < sorties.size(); i++) assertEquals((6 + i * 12) / tickHours, sorties.get(i)[0], 1e-9, "take-off " + i + " on schedule");
        for (long[] s : sorties) assertTrue(s[1] > s[0], "every sortie lands");
        assertTrue(atBaseProblems.isEmpty(), () -> String.join("; ", atBaseProblems));
    }

    @Test
    void noSortieOutlastsTheEnduranceAndEachUsesItLessTheReserve() {
        for (long[] s : sorties) {
            double hours = (s[1] - s[0]) * tickHours;
            assertTrue(hours <= ENDURANCE - RESERVE + 1e-9, "flight of " + hours + " h, more than endurance less reserve");
            assertTrue(hours >= ENDURANCE - RESERVE - 3 * tickHours, "flight of " + hours + " h: it should stay on task until its fuel says go home");
        }
    }

    @Test
    void itSearchesInsideItsAreaAlongLegsOneSweepWidthApartForCoverageOne() {
        assertFalse(leftTheBox, "on its pattern it stays inside the box");
        assertEquals(6.0, legSpacingNm, 1e-6, "S = W / C with W = 6 nm against the planning target and C = 1");
    }

    @Test
    void eachDaysCoverageIsSweepWidthTimesTrackOverArea() {
        double area = boxAreaNm2();
        List<SearchOutcome.AreaDaySearch> rows = outcome.search().areaDays();
        assertEquals(2 * scenario.days(), rows.size(), "a row a day for each boat target: " + rows);
        // Nearest and farthest points of the box from Lampedusa (35.5 N, 12.61 E): due south to its north edge, and its far corner.
        double near = projection.yNm(34.4) - baseY;
        double far = Math.hypot(projection.xNm(13.2) - baseX, projection.yNm(33.9) - baseY);
        for (SearchOutcome.AreaDaySearch r : rows) {
            assertEquals("search-box", r.area());
            assertEquals("ngo", r.force());
            assertEquals(area, r.areaNm2(), 1e-6 * area);
            double w = r.target().equals("rubber-dinghy") ? 6 : 10;
            assertEquals(w * r.trackNm() / area, r.coverage(), 1e-9 * r.coverage(), r.toString());
            assertEquals("inverse-cube-parallel-sweep", r.podCurve());
            assertEquals(medsim.search.PodCurve.INVERSE_CUBE_PARALLEL_SWEEP.pod(r.coverage()), r.podExpected(), 1e-12);
            // The track flown on the pattern, two sorties: each less the flights out and home (and the reserve), at search speed.
            double most = 2 * SEARCH * (ENDURANCE - RESERVE - 2 * near / TRANSIT);
            double least = 2 * SEARCH * (ENDURANCE - RESERVE - 2 * far / TRANSIT - 4 * tickHours);
            assertTrue(r.trackNm() <= most && r.trackNm() >= least, r.trackNm() + " nm outside [" + least + ", " + most + "]");
            assertTrue(r.boatsDetected() <= r.boatsPresent(), r.toString());
        }
        int present = rows.stream().mapToInt(SearchOutcome.AreaDaySearch::boatsPresent).sum();
        assertTrue(present > 0, "boats crossed the box while it was searched");
    }

    @Test
    void sightingsBySensorAndTargetAddUpToTheRunsSightings() {
        Map<String, Double> summary = outcome.summary();
        long bySensor = outcome.search().sightings().stream().mapToLong(SearchOutcome.SightingCount::sightings).sum();
        assertEquals(summary.get("sightings"), (double) bySensor);
        assertTrue(bySensor > 0);
        assertTrue(outcome.search().sightings().stream().anyMatch(s -> s.sensor().equals("mpa-radar")), "the aircraft reported boats");
        assertNull(outcome.search().sightings().stream().filter(s -> s.sensor().equals("mpa-eo-ir")).findFirst().orElse(null),
                "a sensor the scenario fits on no asset is never credited");
    }
}
