package org.referralatlas.ui.bodymap;

import java.util.List;
import javafx.event.Event;
import javafx.event.EventType;
import org.referralatlas.model.Side;

/** Fired by {@link BodyMapView} when a click lands on pain regions (or on none). */
public final class RegionPickEvent extends Event {
    public static final EventType<RegionPickEvent> REGIONS_PICKED =
            new EventType<>(Event.ANY, "REGIONS_PICKED");

    private final List<String> regionIds;
    private final Side side;

    public RegionPickEvent(List<String> regionIds, Side side) {
        super(REGIONS_PICKED);
        this.regionIds = List.copyOf(regionIds);
        this.side = side;
    }

    /** Ids of the regions under the pointer, in atlas order; empty when the click hit none. */
    public List<String> regionIds() {
        return regionIds;
    }

    /** The patient's side the click was on. */
    public Side side() {
        return side;
    }
}
