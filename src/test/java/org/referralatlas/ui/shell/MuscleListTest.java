package org.referralatlas.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import javafx.scene.Scene;
import javafx.scene.control.ListView;
import javafx.scene.control.skin.VirtualFlow;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.referralatlas.data.AtlasLoader;
import org.referralatlas.model.Muscle;
import org.referralatlas.ui.FxThread;

/** The muscle list follows a selection made elsewhere without jumping when the row is in sight already. */
class MuscleListTest {
    @BeforeAll
    static void toolkit() {
        FxThread.start();
    }

    @Test
    void aRowInSightIsSelectedWhereItIsAndOneOutOfSightIsScrolledTo() {
        AtlasSession session = new AtlasSession(new AtlasLoader(), Runnable::run, Runnable::run);
        MainViewModel model = new MainViewModel(session, Clock.systemUTC());
        session.openBundled();
        FxThread.run(() -> {
            ListView<Muscle> list = MuscleList.create(model);
            new Scene(list, 300, 240);
            list.applyCss();
            list.layout();
            VirtualFlow<?> flow = (VirtualFlow<?>) list.lookup(".virtual-flow");
            assertEquals(0, flow.getFirstVisibleCell().getIndex());
            assertTrue(flow.getLastVisibleCell().getIndex() >= 3, "a few rows in sight");

            model.explore().selectMuscle(list.getItems().get(2).id());
            list.layout();
            assertEquals(2, list.getSelectionModel().getSelectedIndex());
            assertEquals(0, flow.getFirstVisibleCell().getIndex(), "a row in sight: the list stays still");

            int last = list.getItems().size() - 1;
            model.explore().selectMuscle(list.getItems().get(last).id());
            list.layout();
            assertEquals(last, list.getSelectionModel().getSelectedIndex());
            assertTrue(flow.getFirstVisibleCell().getIndex() <= last && last <= flow.getLastVisibleCell().getIndex(),
                    "a row out of sight is scrolled to");
        });
    }
}
