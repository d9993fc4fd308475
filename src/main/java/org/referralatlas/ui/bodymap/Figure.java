package org.referralatlas.ui.bodymap;

import java.util.List;
import java.util.Map;
import javafx.scene.Group;
import javafx.scene.shape.SVGPath;

/**
 * The nodes built for one view and layer: what the skin shows and what it updates when the
 * selection or highlights change (without rebuilding).
 *
 * @param root          all figure nodes in design coordinates
 * @param muscleNodes   interactive muscle nodes by muscle id (authored shape first, then mirror copies)
 * @param keyboardOrder muscle ids in the order Tab and the arrow keys visit them
 * @param regionNodes   pain-region nodes by region id
 * @param pattern       the group that receives the selected muscle's zones and trigger points
 * @param profile       true for a one-sided view (lateral): no mirror copies; the left side is the
 *                      whole figure mirrored
 */
record Figure(Group root, Map<String, List<SVGPath>> muscleNodes, List<String> keyboardOrder,
              Map<String, List<SVGPath>> regionNodes, Group pattern, boolean profile) {
}
