package org.referralatlas.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CancellationException;
import org.junit.jupiter.api.Test;
import org.referralatlas.data.AtlasLoader;
import org.referralatlas.model.Atlas;
import org.referralatlas.ui.shell.AtlasSession;

/** The atlas loaded before the toolkit starts is the bundled atlas, published like any other load. */
class EarlyStartTest {

    @Test
    void theEarlyLoadIsTheBundledAtlasAndTheSessionPublishesIt() {
        EarlyStart early = EarlyStart.begin(List.of("--measure-startup"), EarlyStartTest.class);
        AtlasSession session = new AtlasSession(new AtlasLoader(), Runnable::run, Runnable::run);
        session.openBundled(early.bundledAtlas());
        Atlas atlas = session.getAtlas();
        assertNotNull(atlas);
        assertEquals(AtlasSession.BUNDLED, session.sourceProperty().get());
        Atlas direct = new AtlasLoader().loadBundled().atlas();
        assertEquals(direct.muscles().size(), atlas.muscles().size());
        assertEquals(direct.views().size(), atlas.views().size());
        assertTrue(session.lastFailureProperty().get() == null);
    }

    @Test
    void anotherAtlasAskedForIsNotLoadedEarly() {
        EarlyStart early = EarlyStart.begin(List.of("--atlas", "somewhere"), EarlyStartTest.class);
        assertThrows(CancellationException.class, () -> early.bundledAtlas().get());
    }
}
