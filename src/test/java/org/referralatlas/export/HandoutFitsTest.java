package org.referralatlas.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.referralatlas.data.AtlasLoader;
import org.referralatlas.model.Atlas;
import org.referralatlas.model.Muscle;
import org.referralatlas.model.Side;

/** Every muscle of the bundled atlas gets a handout whose content fits its one page. */
class HandoutFitsTest {
    private static final Atlas ATLAS = new AtlasLoader().loadBundled().atlas();

    static List<String> muscles() {
        return ATLAS.muscles().stream().map(Muscle::id).toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("muscles")
    void fitsOnOnePage(String muscle) throws IOException {
        HandoutContent content = new HandoutContents(ATLAS).forMuscle(muscle, Side.RIGHT,
                "Use the ball on the top of your shoulder for one minute, twice a day. See you in two weeks.");
        try (PDDocument doc = new HandoutBuilder(ATLAS).build(content)) {
            assertEquals(1, doc.getNumberOfPages());
            assertEquals("true", doc.getDocumentInformation().getCustomMetadataValue(HandoutBuilder.FITS_KEY),
                    muscle + ": the text runs past the footer");
        }
    }
}
