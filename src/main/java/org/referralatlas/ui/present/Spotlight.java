package org.referralatlas.ui.present;

import javafx.scene.layout.Pane;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Rectangle;
import javafx.scene.shape.Shape;

/**
 * A teacher's pointer (a bright dot) and spotlight (the room goes dark except a circle round the
 * mouse), drawn over the presentation; their colours are in projector.css. Mouse-transparent, so the maps underneath stay usable.
 */
final class Spotlight extends Pane {
    private static final double RADIUS = 140;

    private final Circle pointer = new Circle(14);
    private boolean spotlightOn;
    private double x = Double.NaN;
    private double y = Double.NaN;

    Spotlight() {
        setMouseTransparent(true);
        setPickOnBounds(false);
        pointer.getStyleClass().add("presentation-pointer");
        pointer.setVisible(false);
        pointer.setId("pointer");
        getChildren().add(pointer);
        sceneProperty().addListener((o, old, scene) -> {
            if (scene != null) {
                scene.addEventFilter(javafx.scene.input.MouseEvent.MOUSE_MOVED, e -> moveTo(e.getSceneX(), e.getSceneY()));
                scene.addEventFilter(javafx.scene.input.MouseEvent.MOUSE_DRAGGED, e -> moveTo(e.getSceneX(), e.getSceneY()));
            }
        });
        widthProperty().addListener((o, a, b) -> redraw());
        heightProperty().addListener((o, a, b) -> redraw());
    }

    void togglePointer() {
        pointer.setVisible(!pointer.isVisible());
    }

    void toggleSpotlight() {
        spotlightOn = !spotlightOn;
        redraw();
    }

    boolean isSpotlightOn() {
        return spotlightOn;
    }

    private void moveTo(double sceneX, double sceneY) {
        var local = sceneToLocal(sceneX, sceneY);
        x = local.getX();
        y = local.getY();
        pointer.setCenterX(x);
        pointer.setCenterY(y);
        if (spotlightOn) {
            redraw();
        }
    }

    private void redraw() {
        getChildren().removeIf(n -> n != pointer);
        if (spotlightOn) {
            // Before the mouse has moved over the slide, light its middle (the figures), not the title.
            double cx = Double.isNaN(x) ? getWidth() / 2 : x;
            double cy = Double.isNaN(y) ? getHeight() / 2 : y;
            Shape dark = Shape.subtract(new Rectangle(getWidth(), getHeight()), new Circle(cx, cy, RADIUS));
            dark.getStyleClass().add("presentation-spotlight");
            dark.setId("spotlight");
            getChildren().add(0, dark);
        }
    }
}
