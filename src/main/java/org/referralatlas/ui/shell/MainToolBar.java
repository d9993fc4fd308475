package org.referralatlas.ui.shell;

import javafx.beans.value.ChangeListener;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import org.controlsfx.control.SegmentedButton;
import org.referralatlas.model.Atlas;
import org.referralatlas.model.Layer;
import org.referralatlas.model.Side;
import org.referralatlas.ui.Messages;
import org.referralatlas.ui.explore.ExploreViewModel;

/** View, layer, side and mode switches and the patient view. Shortcuts are shown in the tooltips. */
final class MainToolBar extends ToolBar {
    private final SegmentedButton views = new SegmentedButton();

    MainToolBar(MainViewModel model, ActionCatalog actions) {
        ExploreViewModel explore = model.explore();
        views.setId("view-switch");
        model.session().atlasProperty().addListener((o, old, a) -> fillViews(a, explore, actions));
        fillViews(model.session().getAtlas(), explore, actions);
        explore.viewIdProperty().addListener((o, old, id) -> views.getButtons().forEach(b ->
                b.setSelected(b.getUserData().equals(id))));

        ToggleButton deep = new ToggleButton(Messages.get("toolbar.layer.deep"));
        deep.setId("layer-deep");
        deep.setTooltip(tip(Messages.plain("menu.view.toggleLayer"), actions.shortcutOf("menu.view.toggleLayer")));
        deep.setSelected(explore.layerProperty().get() == Layer.DEEP);
        deep.selectedProperty().addListener((o, was, on) -> explore.layerProperty().set(on ? Layer.DEEP : Layer.SUPERFICIAL));
        explore.layerProperty().addListener((o, old, l) -> deep.setSelected(l == Layer.DEEP));

        SegmentedButton side = segmented("side", Side.RIGHT, explore.sideProperty().get(),
                s -> explore.sideProperty().set(s), new Side[] {Side.RIGHT, Side.LEFT},
                s -> Messages.get("toolbar.side." + s.id()), actions.shortcutOf("menu.view.toggleSide"));
        explore.sideProperty().addListener(selectIn(side));

        SegmentedButton modes = segmented("mode", AppMode.EXPLORE, model.modeProperty().get(),
                m -> model.modeProperty().set(m), AppMode.values(), m -> Messages.get(m.messageKey()), null);
        for (int i = 0; i < modes.getButtons().size(); i++) {
            ToggleButton b = modes.getButtons().get(i);
            b.setTooltip(tip(b.getText(), actions.shortcutOf(AppMode.values()[i].messageKey())));
        }
        model.modeProperty().addListener(selectIn(modes));

        ToggleButton patient = new ToggleButton(Messages.get("toolbar.patientView"));
        patient.setId("patient-view");
        patient.setTooltip(tip(Messages.plain("toolbar.patientView"), actions.shortcutOf("toolbar.patientView")));
        patient.selectedProperty().bindBidirectional(explore.patientViewProperty());
        CheckBox invasive = new CheckBox(Messages.get("toolbar.showInvasive"));
        invasive.setId("show-invasive");
        invasive.selectedProperty().bindBidirectional(explore.showInvasiveProperty());
        invasive.visibleProperty().bind(explore.patientViewProperty());
        invasive.managedProperty().bind(invasive.visibleProperty());

        Label viewLabel = new Label(Messages.get("toolbar.view"));
        getItems().addAll(viewLabel, views, deep, side, modes, patient, invasive);
        // Study draws its own figure, view and side per question: the main figure's switches would
        // say "Posterior, patient's right" beside a lateral left quiz figure, so they step aside.
        var figureShown = model.modeProperty().isNotEqualTo(AppMode.STUDY);
        for (javafx.scene.Node n : java.util.List.of(viewLabel, views, deep, side, patient)) {
            n.visibleProperty().bind(figureShown);
            n.managedProperty().bind(figureShown);
        }
    }

    /** A tooltip: the text and, where the action has one, its shortcut as the catalog declares it. */
    private static Tooltip tip(String text, String shortcut) {
        return new Tooltip(shortcut.isEmpty() ? text : text + " (" + shortcut + ")");
    }

    private void fillViews(Atlas atlas, ExploreViewModel explore, ActionCatalog actions) {
        views.getButtons().clear();
        if (atlas == null) {
            return;
        }
        int n = 1;
        for (var view : atlas.views()) {
            ToggleButton b = new ToggleButton(view.name());
            b.setId("view-" + view.id());
            b.setUserData(view.id());
            String shortcut = actions.byId("menu-view-" + n++).map(AppAction::shortcut).orElse("");
            b.setTooltip(tip(view.name(), shortcut));
            b.setSelected(view.id().equals(explore.viewIdProperty().get()));
            b.setOnAction(e -> {
                explore.showView(view.id());
                b.setSelected(true);
            });
            views.getButtons().add(b);
        }
    }

    private static <T> SegmentedButton segmented(String idPrefix, T fallback, T current,
                                                 java.util.function.Consumer<T> set, T[] values,
                                                 java.util.function.Function<T, String> text, String shortcut) {
        SegmentedButton group = new SegmentedButton();
        for (T value : values) {
            ToggleButton b = new ToggleButton(text.apply(value));
            b.setId(idPrefix + "-" + value.toString().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
            b.setUserData(value);
            b.setSelected(value.equals(current == null ? fallback : current));
            b.setOnAction(e -> {
                set.accept(value);
                b.setSelected(true);
            });
            if (shortcut != null) {
                b.setTooltip(tip(b.getText(), shortcut));
            }
            group.getButtons().add(b);
        }
        return group;
    }

    private static <T> ChangeListener<T> selectIn(SegmentedButton group) {
        return (o, old, value) -> group.getButtons().forEach(b -> b.setSelected(b.getUserData().equals(value)));
    }
}
