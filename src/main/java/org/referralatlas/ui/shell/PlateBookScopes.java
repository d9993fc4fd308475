package org.referralatlas.ui.shell;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.referralatlas.export.PlateSelection;
import org.referralatlas.lesson.Lesson;
import org.referralatlas.model.Atlas;
import org.referralatlas.model.Muscle;
import org.referralatlas.model.Side;
import org.referralatlas.query.PainLookup;
import org.referralatlas.study.Deck;
import org.referralatlas.ui.Messages;

/**
 * What a plate book from the window can hold, given what is on screen: the selected muscle and its group,
 * the pain finder's regions (muscles in the lookup's ranking), the lesson's muscles in lesson order, the
 * study deck being practised (its muscles in deck order), or the whole atlas. Plain Java, so the choices are tested without JavaFX.
 */
final class PlateBookScopes {
    /** One choice: its label and its muscles, never empty. */
    record Scope(String id, String label, List<Muscle> muscles) {
        @Override
        public String toString() {
            return label;
        }
    }

    private PlateBookScopes() {
    }

    /** @param deck the study deck chosen in Study mode, or null */
    static List<Scope> of(Atlas atlas, Muscle selected, Collection<String> chosenRegions, Lesson lesson, Deck deck,
                          Side side) {
        List<Scope> scopes = new ArrayList<>();
        if (selected != null) {
            scopes.add(new Scope("selection", Messages.format("plates.scope.selection", selected.name()),
                    List.of(selected)));
            List<Muscle> group = selected.group() == null ? List.of() : PlateSelection.byGroup(atlas, selected.group());
            if (group.size() > 1) {
                scopes.add(new Scope("group", Messages.format("plates.scope.group", selected.group(), group.size()),
                        group));
            }
        }
        if (chosenRegions != null && !chosenRegions.isEmpty()) {
            List<Muscle> ranked = new PainLookup(atlas).lookUp(chosenRegions, side == Side.BOTH ? Side.RIGHT : side)
                    .candidates().stream().map(PainLookup.Candidate::muscle).toList();
            if (!ranked.isEmpty()) {
                String names = String.join(", ", chosenRegions.stream()
                        .map(id -> atlas.region(id).map(r -> r.name()).orElse(id)).toList());
                scopes.add(new Scope("region", Messages.format("plates.scope.region", names, ranked.size()), ranked));
            }
        }
        if (lesson != null && !lesson.steps().isEmpty()) {
            Set<String> ids = new LinkedHashSet<>();
            lesson.steps().forEach(s -> ids.add(s.muscle()));
            List<Muscle> muscles = PlateSelection.byIds(atlas, ids);
            if (!muscles.isEmpty()) {
                scopes.add(new Scope("lesson", Messages.format("plates.scope.lesson", muscles.size()), muscles));
            }
        }
        if (deck != null) {
            List<Muscle> muscles = PlateSelection.byIds(atlas, deck.muscles());
            if (!muscles.isEmpty()) {
                scopes.add(new Scope("deck", Messages.format("plates.scope.deck", deck.name(), muscles.size()),
                        muscles));
            }
        }
        scopes.add(new Scope("all", Messages.format("plates.scope.all", atlas.muscles().size()),
                PlateSelection.all(atlas)));
        return scopes;
    }
}
