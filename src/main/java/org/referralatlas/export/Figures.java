package org.referralatlas.export;

import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.referralatlas.geometry.PathSyntaxException;
import org.referralatlas.geometry.SvgPath2D;
import org.referralatlas.model.Atlas;
import org.referralatlas.model.FigureView;
import org.referralatlas.model.Laterality;
import org.referralatlas.model.Muscle;
import org.referralatlas.model.PainRegion;
import org.referralatlas.model.ReferralZone;
import org.referralatlas.model.Side;
import org.referralatlas.model.TriggerPoint;
import org.referralatlas.model.ZoneKind;

/** Decisions about views shared by the renderer and the handout: which view, which side, which mirror. */
public final class Figures {
    /** Share of the silhouette that must map onto itself for a view to show both sides of the body. */

    private Figures() {
    }

    /** Parses atlas path data for drawing; the atlas was validated, so bad data is a programming error. */
    static Path2D.Double path(String data) {
        try {
            return SvgPath2D.parse(data);
        } catch (PathSyntaxException e) {
            throw new IllegalArgumentException("bad path data at " + e.offset() + ": " + e.getMessage(), e);
        }
    }

    /**
     * Whether a view shows both sides of the body (anterior, posterior): in a two-sided view the left
     * side is drawn by mirroring right-side geometry onto the same figure; a profile is flipped whole.
     */
    public static boolean showsBothSides(FigureView view) {
        return !view.profile();
    }

    /** The transform that maps right-side geometry to the patient's left: a mirror about midlineX. */
    public static AffineTransform mirror(FigureView view) {
        return new AffineTransform(-1, 0, 0, 1, 2 * view.midlineX(), 0);
    }

    /**
     * The copies in which a pattern is drawn for a side: identity for the right, the mirror for the
     * left, both for {@link Side#BOTH}. In a profile view the left is shown by flipping the whole
     * figure instead (see {@link #flipsWholeFigure}), so each side is a single identity copy.
     */
    static List<AffineTransform> sideCopies(FigureView view, Side side, boolean twoSided) {
        List<AffineTransform> copies = new ArrayList<>();
        if (!twoSided || side != Side.LEFT) {
            copies.add(new AffineTransform());
        }
        if (twoSided && side != Side.RIGHT) {
            copies.add(mirror(view));
        }
        return copies;
    }

    /** A profile view shows the patient's left by flipping the whole drawing about midlineX. */
    static boolean flipsWholeFigure(Side side, boolean twoSided) {
        return !twoSided && side == Side.LEFT;
    }

    /**
     * The view that shows most of a muscle's pattern (essential zones count double) and of the given
     * pain regions; ties go to the atlas's view order. Never empty for an atlas with views.
     */
    public static FigureView bestView(Atlas atlas, Muscle muscle, Collection<String> painRegions) {
        return bestView(atlas, muscle, painRegions, Side.RIGHT);
    }

    /**
     * As {@link #bestView(Atlas, Muscle, Collection)}; for both sides, a view that shows both sides and some of
     * the pattern comes before a profile, which can show only one side.
     */
    public static FigureView bestView(Atlas atlas, Muscle muscle, Collection<String> painRegions, Side side) {
        FigureView best = null;
        int bestScore = -1;
        for (FigureView view : atlas.views()) {
            int score = muscle == null ? 0 : patternScore(view, muscle, muscle.triggerPoints());
            for (String id : painRegions) {
                score += atlas.region(id).map(r -> r.shapesIn(view.id()).size() * 3).orElse(0);
            }
            if (score > 0 && side == Side.BOTH && showsBothSides(view)) {
                score += 1000;
            }
            if (score > bestScore) {
                best = view;
                bestScore = score;
            }
        }
        if (best == null) {
            throw new IllegalArgumentException("the atlas has no views");
        }
        return best;
    }

    /**
     * How much of a pattern a view shows: the muscle drawn counts 1, each trigger point placed 1, each zone
     * shape 4 when essential and 2 when spillover. The score {@link #bestView} ranks views by.
     */
    public static int patternScore(FigureView view, Muscle muscle, Collection<TriggerPoint> triggerPoints) {
        int score = view.shapesOf(muscle.id()).isEmpty() ? 0 : 1;
        for (TriggerPoint tp : triggerPoints) {
            score += tp.positions().containsKey(view.id()) ? 1 : 0;
            for (ReferralZone zone : tp.zones()) {
                score += zone.shapesIn(view.id()).size() * (zone.kind() == ZoneKind.ESSENTIAL ? 4 : 2);
            }
        }
        return score;
    }

    /** The trigger points a request draws: the one it names, else all of the muscle's. */
    static List<TriggerPoint> shownTriggerPoints(Muscle muscle, FigureRequest request) {
        if (request.triggerPoint() == null) {
            return muscle.triggerPoints();
        }
        return muscle.triggerPoints().stream().filter(tp -> tp.id().equals(request.triggerPoint())).toList();
    }

    /**
     * A close-up of what a request emphasises (the muscle, its zones and trigger points, the pain regions),
     * with a margin for context, of the given width/height ratio and inside the view box; the whole view
     * box when there is nothing to focus on. In the output's coordinates (a flipped profile included).
     */
    public static Rectangle2D focus(Atlas atlas, FigureRequest request, double aspect) {
        FigureView view = atlas.view(request.viewId())
                .orElseThrow(() -> new IllegalArgumentException("no view \"" + request.viewId() + "\""));
        Rectangle2D box = new Rectangle2D.Double(view.viewBox().x(), view.viewBox().y(), view.viewBox().width(),
                view.viewBox().height());
        boolean twoSided = showsBothSides(view);
        List<AffineTransform> copies = sideCopies(view, request.side(), twoSided);
        Path2D.Double all = new Path2D.Double();
        List<String> shapes = new ArrayList<>();
        // The pattern (zones and X marks) must stay in the frame; the muscle may be cut when it is too long
        // to fit (the lower trapezius from T4 to T12 on a wide plate).
        List<String> pattern = new ArrayList<>();
        atlas.muscle(request.muscleId() == null ? "" : request.muscleId()).ifPresent(m -> {
            view.shapesOf(m.id()).forEach(s -> shapes.add(s.path()));
            for (TriggerPoint tp : shownTriggerPoints(m, request)) {
                tp.zones().forEach(z -> pattern.addAll(z.shapesIn(view.id())));
                var p = tp.positions().get(view.id());
                if (p != null) {
                    pattern.add("M" + (p.x() - 10) + "," + (p.y() - 10) + " h20 v20 h-20 Z");
                }
            }
        });
        request.painRegions().forEach(id -> atlas.region(id).ifPresent(r -> pattern.addAll(r.shapesIn(view.id()))));
        shapes.addAll(pattern);
        Path2D.Double core = new Path2D.Double();
        for (String data : shapes) {
            for (AffineTransform copy : copies) {
                Shape placed = copy.createTransformedShape(path(data));
                all.append(placed, false);
                if (pattern.contains(data)) {
                    core.append(placed, false);
                }
            }
        }
        if (request.painted() != null && !request.painted().isEmpty()) {
            all.append(request.painted().outline(), false);
        }
        Rectangle2D b = all.getBounds2D();
        if (b.isEmpty()) {
            return box;
        }
        double margin = 0.25 * Math.max(b.getWidth(), b.getHeight()) + 30;
        double w = Math.max(b.getWidth() + 2 * margin, 0.4 * box.getWidth());
        double h = Math.max(b.getHeight() + 2 * margin, 0.4 * box.getHeight());
        if (w / h < aspect) {
            w = h * aspect;
        } else {
            h = w / aspect;
        }
        double scaleDown = Math.min(1, Math.min(box.getWidth() / w, box.getHeight() / h));
        w *= scaleDown;
        h *= scaleDown;
        double x = b.getCenterX() - w / 2;
        double y = b.getCenterY() - h / 2;
        Rectangle2D c = core.getBounds2D();
        if (!c.isEmpty()) {
            // the X mark keeps its size on paper, so a figure scaled down to fit a whole arm needs room round it
            double room = 12;
            x = Math.min(Math.max(x, c.getMaxX() + room - w), c.getMinX() - room);
            y = Math.min(Math.max(y, c.getMaxY() + room - h), c.getMinY() - room);
        }
        x = Math.min(Math.max(x, box.getMinX()), box.getMaxX() - w);
        y = Math.min(Math.max(y, box.getMinY()), box.getMaxY() - h);
        if (flipsWholeFigure(request.side(), twoSided)) {
            x = 2 * view.midlineX() - x - w;
        }
        return new Rectangle2D.Double(x, y, w, h);
    }

    /** Which legend entries a figure needs: only what it actually shows. */
    record LegendEntries(boolean essential, boolean spillover, boolean marks, boolean pain, boolean drawn) {
        LegendEntries(boolean essential, boolean spillover, boolean marks, boolean pain) {
            this(essential, spillover, marks, pain, false);
        }
    }

    static LegendEntries legendEntries(Atlas atlas, FigureRequest request) {
        Muscle m = request.muscleId() == null ? null : atlas.muscle(request.muscleId()).orElse(null);
        boolean essential = false;
        boolean spillover = false;
        boolean marks = false;
        if (m != null) {
            for (TriggerPoint tp : shownTriggerPoints(m, request)) {
                marks |= tp.positions().containsKey(request.viewId());
                for (ReferralZone zone : tp.zones()) {
                    boolean drawn = !zone.shapesIn(request.viewId()).isEmpty();
                    essential |= drawn && zone.kind() == ZoneKind.ESSENTIAL;
                    spillover |= drawn && zone.kind() == ZoneKind.SPILLOVER;
                }
            }
        }
        return new LegendEntries(essential, spillover, marks, !request.painRegions().isEmpty(),
                request.painted() != null && !request.painted().isEmpty());
    }

    /** Whether a pain region is drawn once on the midline (never mirrored). */
    static boolean isMidline(PainRegion region) {
        return region.laterality() == Laterality.MIDLINE;
    }
}
