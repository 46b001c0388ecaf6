package medsim.scenario;

/**
 * The boat a ship launches to board a smuggler craft (a rigid-hull inflatable carrying its
 * boarding team; an embarked helicopter that stops the craft for the team is described the
 * same way). It is launched {@code launchMinutes} after the craft is sighted, runs at
 * {@code speedKnots} on a straight course to where it meets the craft, and turns back once it
 * has run {@code rangeNm} without closing. A ship without one pursues with the ship.
 */
public record BoardingCraft(double speedKnots, double rangeNm, double launchMinutes) {
    public double launchHours() { return launchMinutes / 60.0; }
}
