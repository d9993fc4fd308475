package org.referralatlas.study;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.referralatlas.model.Atlas;
import org.referralatlas.model.Muscle;
import org.referralatlas.model.PainRegion;
import org.referralatlas.model.ReferralZone;
import org.referralatlas.model.TriggerPoint;

/**
 * Builds decks from an atlas.
 *
 * <p>An area deck ({@link PainRegion#area()}: head, face, jaw, neck ...) holds every muscle with a
 * referral zone (essential or spillover) in a region of that area, and every region of that area some
 * muscle refers to. A muscle that refers to the head and the jaw is in both decks: students learn a
 * pattern from where it is felt, not from where the muscle lies.
 */
public final class Decks {
    private Decks() {
    }

    /** One deck per area, in the order areas first appear in the atlas's regions. */
    public static List<Deck> byArea(Atlas atlas) {
        Map<String, Set<String>> muscles = new LinkedHashMap<>();
        Map<String, Set<String>> regions = new LinkedHashMap<>();
        atlas.regions().forEach(r -> {
            muscles.computeIfAbsent(r.area(), a -> new LinkedHashSet<>());
            regions.computeIfAbsent(r.area(), a -> new LinkedHashSet<>());
        });
        for (Muscle m : atlas.muscles()) {
            for (String regionId : regionsOf(m)) {
                atlas.region(regionId).ifPresent(r -> muscles.get(r.area()).add(m.id()));
            }
        }
        // Regions in atlas order, and only those some muscle refers to (else no card can be asked).
        Set<String> referred = new LinkedHashSet<>();
        atlas.muscles().forEach(m -> referred.addAll(regionsOf(m)));
        atlas.regions().stream().filter(r -> referred.contains(r.id()))
                .forEach(r -> regions.get(r.area()).add(r.id()));
        List<Deck> decks = new ArrayList<>();
        muscles.forEach((area, ids) -> {
            if (!ids.isEmpty()) {
                List<String> ordered = atlas.muscles().stream().map(Muscle::id).filter(ids::contains).toList();
                decks.add(new Deck("area:" + area, capitalise(area), ordered, List.copyOf(regions.get(area)), false));
            }
        });
        return decks;
    }

    /** Every muscle and every referred-to region. */
    public static Deck all(Atlas atlas) {
        Set<String> referred = new LinkedHashSet<>();
        atlas.muscles().forEach(m -> referred.addAll(regionsOf(m)));
        return new Deck("all", "All muscles", atlas.muscles().stream().map(Muscle::id).toList(),
                atlas.regions().stream().map(PainRegion::id).filter(referred::contains).toList(), false);
    }

    /**
     * A user's deck: its muscles the atlas knows (unknown ids skipped), and the regions they refer
     * to, so that region questions stay about what the deck covers.
     */
    public static Deck of(Atlas atlas, UserDeck deck) {
        List<String> muscles = deck.muscles().stream().distinct().filter(id -> atlas.muscle(id).isPresent()).toList();
        Set<String> referred = new LinkedHashSet<>();
        muscles.forEach(id -> referred.addAll(regionsOf(atlas.muscle(id).orElseThrow())));
        List<String> regions = atlas.regions().stream().map(PainRegion::id).filter(referred::contains).toList();
        return new Deck("user:" + deck.id(), deck.name(), muscles, regions, true);
    }

    /** The built-in decks (all, then by area) followed by the user's. */
    public static List<Deck> available(Atlas atlas, List<UserDeck> userDecks) {
        List<Deck> decks = new ArrayList<>();
        decks.add(all(atlas));
        decks.addAll(byArea(atlas));
        userDecks.forEach(d -> decks.add(of(atlas, d)));
        return decks;
    }

    public static Optional<Deck> find(List<Deck> decks, String id) {
        return decks.stream().filter(d -> d.id().equals(id)).findFirst();
    }

    static Set<String> regionsOf(Muscle muscle) {
        Set<String> regions = new LinkedHashSet<>();
        for (TriggerPoint tp : muscle.triggerPoints()) {
            for (ReferralZone zone : tp.zones()) {
                regions.addAll(zone.regions());
            }
        }
        return regions;
    }

    private static String capitalise(String area) {
        return area.isEmpty() ? area : Character.toUpperCase(area.charAt(0)) + area.substring(1);
    }
}
