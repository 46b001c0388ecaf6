package medsim.actor;

/** Where a migrant boat's voyage stands. The last four end it. */
public enum BoatState {
    UNDERWAY, ADRIFT, SWAMPED, LANDED, EMPTIED, SUNK;

    public boolean atSea() {
        return this == UNDERWAY || this == ADRIFT || this == SWAMPED;
    }
}
