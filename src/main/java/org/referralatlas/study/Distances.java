package org.referralatlas.study;

import java.util.OptionalDouble;
import org.referralatlas.model.Atlas;
import org.referralatlas.model.FigureView;

/**
 * Distances on the figure said in the body's terms. The figures keep adult proportions (the figure
 * canon): the head, vertex to chin (menton), is about 23 cm, so a view with both landmarks converts its
 * design units to centimetres on an adult.
 */
public final class Distances {
    /** Vertex to menton on an adult, in cm (anthropometric average; FIGURE-CANON.md). */
    public static final double HEAD_HEIGHT_CM = 23;
    /** An adult's finger-width, in cm: how a therapist says "about two finger-widths away". */
    public static final double FINGER_WIDTH_CM = 2;

    private Distances() {
    }

    /**
     * The distance in cm on an adult. The views of an atlas share one scale, so a view that cannot show
     * the chin (posterior) uses the head height of a view that can; empty when no view has both landmarks.
     */
    public static OptionalDouble centimetres(Atlas atlas, FigureView view, double units) {
        OptionalDouble head = headHeight(view);
        for (var it = atlas.views().iterator(); head.isEmpty() && it.hasNext(); ) {
            head = headHeight(it.next());
        }
        return head.isEmpty() ? head : OptionalDouble.of(units * HEAD_HEIGHT_CM / head.getAsDouble());
    }

    /** Vertex to menton in design units, or empty when the view lacks either. */
    static OptionalDouble headHeight(FigureView view) {
        var vertex = view.landmark("vertex");
        var menton = view.landmark("menton");
        if (vertex.isEmpty() || menton.isEmpty()) {
            return OptionalDouble.empty();
        }
        double head = menton.get().at().y() - vertex.get().at().y();
        return head <= 0 ? OptionalDouble.empty() : OptionalDouble.of(head);
    }
}
