package org.referralatlas.export;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.referralatlas.data.AtlasLoader;
import org.referralatlas.model.Atlas;
import org.referralatlas.model.Muscle;
import org.referralatlas.model.RedFlag;
import org.referralatlas.model.Side;

/** A muscle's handout warns for every region of its pattern, not only for the first few flags found. */
class HandoutFlagsTest {
    @Test
    void everyRegionOfThePatternThatHasARedFlagIsCovered() {
        Atlas atlas = new AtlasLoader().loadBundled().atlas();
        HandoutContents contents = new HandoutContents(atlas);
        for (Muscle m : atlas.muscles()) {
            Set<String> pattern = m.triggerPoints().stream().flatMap(tp -> tp.zones().stream())
                    .flatMap(z -> z.regions().stream()).collect(Collectors.toSet());
            Set<String> titles = contents.forMuscle(m.id(), Side.RIGHT, null).redFlags().stream()
                    .map(HandoutContent.Flag::title).collect(Collectors.toSet());
            List<RedFlag> shown = atlas.redFlags().stream().filter(f -> titles.contains(f.title())).toList();
            for (String region : pattern) {
                boolean hasFlag = atlas.redFlags().stream().anyMatch(f -> f.regions().contains(region));
                boolean covered = shown.stream().anyMatch(f -> f.regions().contains(region));
                assertTrue(!hasFlag || covered, m.id() + ": no red flag shown for " + region);
            }
        }
    }
}
