package medsim.scenario;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import medsim.detection.Sensor;

/**
 * A class of identical assets of one force: how many, when deployed, where based, where
 * they patrol, how they move, see and carry.
 *
 * <p>Detection: the asset searches with its {@code sensors}, whose detection rates against
 * each target, by sea state and light, are the scenario's detection table
 * ({@link medsim.detection.DetectionTable}); their rates add.
 *
 * <p>Behaviour limits: people are kept aboard at most {@code maxHoursWithPeopleAboard} hours
 * waiting for more rescues before the asset heads for a port; a pursuit of a smuggler craft
 * that has not closed in {@code maxPursuitHours} is given up; within {@code onSceneNm} of a
 * boat, craft or ship the asset is on scene (alongside). A ship with a {@code boardingCraft}
 * chases a smuggler craft with it rather than with the ship (null: the ship pursues). At a port it berths for
 * {@code berthingHours}, then lands its people at {@code transferPeoplePerHour}.
 * When its mandate lets it patrol nowhere in its area, it asks again after
 * max({@code patrolRetryMinHours}, {@code portHours}).
 *
 * <p>An aircraft flies sorties ({@code sortie}, null for a ship): {@code portHours} is then its
 * turn-around on the ground between them.
 */
public record AssetSpec(
        String id,
        AssetKind kind,
        int count,
        LocalDate from,
        LocalDate to,
        String basePlace,
        String patrolArea,
        double transitSpeedKnots,
        double patrolSpeedKnots,
        double enduranceHours,
        double portHours,
        double patrolRetryMinHours,
        int capacityPeople,
        double transferPeoplePerHour,
        double berthingHours,
        List<Sensor> sensors,
        double maxBeaufort,
        double disembarkLoadFraction,
        boolean disembarkAtNearest,
        double inspectionHours,
        double maxHoursWithPeopleAboard,
        double maxPursuitHours,
        double onSceneNm,
        BoardingCraft boardingCraft,
        SortieSpec sortie) {

    /** The ids of its assets: the class id for a class of one, else {@code id-1}, {@code id-2}... */
    public List<String> assetIds() {
        if (count == 1) return List.of(id);
        List<String> ids = new ArrayList<>(count);
        for (int i = 1; i <= count; i++) ids.add(id + "-" + i);
        return ids;
    }

    public AssetSpec {
        sensors = List.copyOf(sensors);
    }

    public boolean deployedOn(LocalDate date) {
        return !date.isBefore(from) && (to == null || !date.isAfter(to));
    }
}
