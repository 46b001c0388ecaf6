package medsim.model;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

import medsim.actor.Asset;
import medsim.actor.AssetActivity;

/**
 * One asset's hours by activity over a run (assets.csv).
 *
 * @param asset the asset's id
 * @param force the id of its force
 * @param group the actor group its force's rescues count under
 * @param kind  its kind's key ({@code ship}, {@code aircraft}...)
 * @param hours hours spent in each activity, in the order of {@link AssetActivity}
 */
public record AssetHours(String asset, String force, String group, String kind, Map<AssetActivity, Double> hours) {
    public AssetHours {
        hours = Collections.unmodifiableMap(new EnumMap<>(hours));
    }

    /** The asset's hours so far. */
    static AssetHours of(Asset a) {
        Map<AssetActivity, Double> h = new EnumMap<>(AssetActivity.class);
        for (AssetActivity act : AssetActivity.values()) h.put(act, a.hours(act));
        return new AssetHours(a.id(), a.force().id(), a.force().group(), a.spec().kind().key(), h);
    }
}
