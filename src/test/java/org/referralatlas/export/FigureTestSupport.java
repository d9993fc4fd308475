package org.referralatlas.export;

import java.awt.image.BufferedImage;
import java.util.Collection;
import org.referralatlas.geometry.PathSyntaxException;
import org.referralatlas.geometry.Shape;
import org.referralatlas.geometry.SvgPath;
import org.referralatlas.model.Point;

/** Finds test points from the atlas's own shapes, so tests do not hard-code coordinates. */
final class FigureTestSupport {
    private FigureTestSupport() {
    }

    /**
     * A point well inside the shape (every point within {@code clearance} is inside too) and at least
     * {@code away} from each of the given points (trigger point marks are drawn over zones).
     */
    static Point interior(String pathData, double clearance, Collection<Point> avoid, double away) {
        Shape s;
        try {
            s = SvgPath.shape(pathData, 10_000);
        } catch (PathSyntaxException e) {
            throw new AssertionError(e);
        }
        for (double y = s.minY(); y <= s.maxY(); y += 1) {
            for (double x = s.minX(); x <= s.maxX(); x += 1) {
                double px = x, py = y;
                if (s.contains(x, y) && s.contains(x - clearance, y) && s.contains(x + clearance, y)
                        && s.contains(x, y - clearance) && s.contains(x, y + clearance)
                        && avoid.stream().allMatch(p -> p.distanceTo(new Point(px, py)) > away)) {
                    return new Point(x, y);
                }
            }
        }
        throw new AssertionError("no interior point in " + pathData);
    }

    static int rgb(BufferedImage image, Point designPoint, double scale) {
        return image.getRGB((int) Math.round(designPoint.x() * scale), (int) Math.round(designPoint.y() * scale))
                & 0xFFFFFF;
    }
}
