package org.referralatlas.ui.painfinder;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.referralatlas.model.Atlas;
import org.referralatlas.model.Intensity;
import org.referralatlas.model.PainDrawing;
import org.referralatlas.query.DrawingComparison;
import org.referralatlas.query.DrawnMasks;
import org.referralatlas.ui.Messages;
import org.referralatlas.ui.Styles;
import org.referralatlas.ui.bodymap.BodyMapCss;
import org.referralatlas.ui.bodymap.BodyMapView;
import org.referralatlas.ui.bodymap.PaintedCells;

/**
 * Two pain drawings side by side, e.g. before and after treatment: the change in painted extent and
 * the Jaccard overlap, overall and per view, with both drawings on small figures of each view.
 */
public final class DrawingComparisonView extends VBox {
    private static final double MAP_WIDTH = 240;

    public DrawingComparisonView(Atlas atlas, PainDrawingViewModel model, PainDrawing before, PainDrawing after) {
        super(8);
        setId("drawing-comparison");
        DrawingComparison c = model.compareWith(before);
        DrawnMasks a = model.cellsOf(before);
        DrawnMasks b = model.cellsOf(after);
        Label header = new Label(Messages.format("compare.header", date(before), date(after)));
        header.getStyleClass().add(Styles.SECTION);
        Label area = new Label(Messages.format("compare.area", number(c.areaBefore()), number(c.areaAfter()),
                Double.isInfinite(c.relativeChange()) ? "new"
                        : String.format(Locale.ROOT, "%+.0f %%", c.relativeChange() * 100)));
        area.setId("compare-area");
        Label jaccard = new Label(Messages.format("compare.jaccard", String.format(Locale.ROOT, "%.2f", c.jaccard())));
        jaccard.setId("compare-jaccard");
        getChildren().addAll(header, area, jaccard);

        GridPane maps = new GridPane();
        maps.setHgap(8);
        maps.setVgap(4);
        maps.add(new Label(Messages.format("compare.before", date(before))), 0, 0);
        maps.add(new Label(Messages.format("compare.after", date(after))), 1, 0);
        int row = 1;
        for (Map.Entry<String, DrawingComparison.ViewChange> e : c.perView().entrySet()) {
            String view = e.getKey();
            DrawingComparison.ViewChange v = e.getValue();
            String name = atlas.view(view).map(f -> f.name()).orElse(view);
            maps.add(new Label(Messages.format("compare.view", name, number(v.areaBefore()), number(v.areaAfter()),
                    String.format(Locale.ROOT, "%.2f", v.jaccard()))), 0, row++, 2, 1);
            maps.add(figure(atlas, view, a), 0, row);
            maps.add(figure(atlas, view, b), 1, row++);
        }
        getChildren().add(maps);
        setAlignment(Pos.TOP_LEFT);
    }

    private static BodyMapView figure(Atlas atlas, String view, DrawnMasks cells) {
        BodyMapView map = new BodyMapView(atlas, view);
        map.setMouseTransparent(true);
        map.setFocusTraversable(false);
        map.setPrefSize(MAP_WIDTH, MAP_WIDTH * 0.9);
        map.setMinSize(MAP_WIDTH, MAP_WIDTH * 0.9);
        map.setMaxSize(MAP_WIDTH, MAP_WIDTH * 0.9);
        // The legend would cover most of a figure this small.
        map.skinProperty().addListener((o, old, skin) ->
                map.lookupAll("." + BodyMapCss.LEGEND).forEach(n -> n.setVisible(false)));
        map.setSide(cells.side(view) == org.referralatlas.model.Side.LEFT
                ? org.referralatlas.model.Side.LEFT : org.referralatlas.model.Side.RIGHT);
        if (cells.views().contains(view)) {
            map.setPaintedCells(new PaintedCells(view,
                    Arrays.stream(Intensity.values()).map(i -> cells.layer(view, i).copy()).toList(), null, cells.side(view)));
        }
        return map;
    }

    private static String date(PainDrawing d) {
        return d.date() == null ? "?" : d.date().toString();
    }

    private static String number(double area) {
        return String.format(Locale.ROOT, "%,.0f", area);
    }
}
