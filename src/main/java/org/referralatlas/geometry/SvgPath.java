package org.referralatlas.geometry;

import java.util.ArrayList;
import java.util.List;
import org.referralatlas.model.Point;

/**
 * Parses SVG path data (all commands of SVG 1.1, absolute and relative) into flattened polylines.
 * Curves and arcs are flattened into short straight segments, enough for hit-testing,
 * area and overlap computations; the UI draws the original path data.
 */
public final class SvgPath {
    /** Segments per curve when flattening. */
    private static final int CURVE_STEPS = 12;

    private final String data;
    private final int maxPoints;
    private int pos;
    private final List<List<Point>> subpaths = new ArrayList<>();
    private List<Point> current;
    private int pointCount;
    private double cx;
    private double cy;
    private double startX;
    private double startY;
    private double lastCtrlX;
    private double lastCtrlY;
    private char lastCommand;

    private SvgPath(String data, int maxPoints) {
        this.data = data;
        this.maxPoints = maxPoints;
    }

    /**
     * Flattens path data into subpaths of points.
     *
     * @param maxPoints bound on the number of flattened points, against hostile input
     * @throws PathSyntaxException when the data is not valid SVG path syntax or has too many points
     */
    public static List<List<Point>> flatten(String data, int maxPoints) throws PathSyntaxException {
        SvgPath parser = new SvgPath(data, maxPoints);
        parser.parse();
        return parser.subpaths;
    }

    /** Flattens path data into a {@link Shape} of closed polygons. */
    public static Shape shape(String data, int maxPoints) throws PathSyntaxException {
        return new Shape(flatten(data, maxPoints));
    }

    private void parse() throws PathSyntaxException {
        skipSeparators();
        if (pos >= data.length()) {
            throw new PathSyntaxException("path data is empty", 0);
        }
        char first = data.charAt(pos);
        if (first != 'M' && first != 'm') {
            throw new PathSyntaxException("path data must start with M (move to), found '" + first + "'", pos);
        }
        char command = 0;
        while (true) {
            skipSeparators();
            if (pos >= data.length()) {
                break;
            }
            char c = data.charAt(pos);
            if (Character.isLetter(c)) {
                if ("MmLlHhVvCcSsQqTtAaZz".indexOf(c) < 0) {
                    throw new PathSyntaxException("unknown path command '" + c + "'", pos);
                }
                command = c;
                pos++;
            } else if (command == 0 || command == 'Z' || command == 'z') {
                throw new PathSyntaxException("expected a path command, found '" + c + "'", pos);
            } else if (command == 'M') {
                command = 'L';
            } else if (command == 'm') {
                command = 'l';
            }
            execute(command);
        }
    }

    private void execute(char command) throws PathSyntaxException {
        boolean rel = Character.isLowerCase(command);
        double ox = rel ? cx : 0;
        double oy = rel ? cy : 0;
        switch (Character.toUpperCase(command)) {
            case 'M' -> {
                double x = ox + number();
                double y = oy + number();
                current = new ArrayList<>();
                subpaths.add(current);
                startX = x;
                startY = y;
                add(x, y);
            }
            case 'L' -> add(ox + number(), oy + number());
            case 'H' -> add(ox + number(), cy);
            case 'V' -> add(cx, oy + number());
            case 'C' -> {
                double x1 = ox + number(), y1 = oy + number();
                double x2 = ox + number(), y2 = oy + number();
                cubic(x1, y1, x2, y2, ox + number(), oy + number());
            }
            case 'S' -> {
                boolean smooth = "CcSs".indexOf(lastCommand) >= 0;
                double x1 = smooth ? 2 * cx - lastCtrlX : cx;
                double y1 = smooth ? 2 * cy - lastCtrlY : cy;
                double x2 = ox + number(), y2 = oy + number();
                cubic(x1, y1, x2, y2, ox + number(), oy + number());
            }
            case 'Q' -> {
                double x1 = ox + number(), y1 = oy + number();
                quad(x1, y1, ox + number(), oy + number());
            }
            case 'T' -> {
                boolean smooth = "QqTt".indexOf(lastCommand) >= 0;
                double x1 = smooth ? 2 * cx - lastCtrlX : cx;
                double y1 = smooth ? 2 * cy - lastCtrlY : cy;
                quad(x1, y1, ox + number(), oy + number());
            }
            case 'A' -> {
                double rx = Math.abs(number()), ry = Math.abs(number()), rot = number();
                boolean large = flag(), sweep = flag();
                arc(rx, ry, rot, large, sweep, ox + number(), oy + number());
            }
            case 'Z' -> {
                add(startX, startY);
                current = null;
            }
            default -> throw new IllegalStateException("unreachable");
        }
        lastCommand = command;
    }

    private void cubic(double x1, double y1, double x2, double y2, double x, double y) throws PathSyntaxException {
        double x0 = cx, y0 = cy;
        for (int i = 1; i <= CURVE_STEPS; i++) {
            double t = (double) i / CURVE_STEPS, u = 1 - t;
            add(u * u * u * x0 + 3 * u * u * t * x1 + 3 * u * t * t * x2 + t * t * t * x,
                    u * u * u * y0 + 3 * u * u * t * y1 + 3 * u * t * t * y2 + t * t * t * y);
        }
        lastCtrlX = x2;
        lastCtrlY = y2;
    }

    private void quad(double x1, double y1, double x, double y) throws PathSyntaxException {
        double x0 = cx, y0 = cy;
        for (int i = 1; i <= CURVE_STEPS; i++) {
            double t = (double) i / CURVE_STEPS, u = 1 - t;
            add(u * u * x0 + 2 * u * t * x1 + t * t * x, u * u * y0 + 2 * u * t * y1 + t * t * y);
        }
        lastCtrlX = x1;
        lastCtrlY = y1;
    }

    /** Endpoint-to-centre arc conversion from the SVG 1.1 implementation notes (F.6.5). */
    private void arc(double rx, double ry, double rotationDeg, boolean large, boolean sweep, double x, double y)
            throws PathSyntaxException {
        double x0 = cx, y0 = cy;
        if (rx == 0 || ry == 0 || (x0 == x && y0 == y)) {
            add(x, y);
            return;
        }
        double phi = Math.toRadians(rotationDeg);
        double cos = Math.cos(phi), sin = Math.sin(phi);
        double dx = (x0 - x) / 2, dy = (y0 - y) / 2;
        double x1p = cos * dx + sin * dy, y1p = -sin * dx + cos * dy;
        double lambda = (x1p * x1p) / (rx * rx) + (y1p * y1p) / (ry * ry);
        if (lambda > 1) {
            double s = Math.sqrt(lambda);
            rx *= s;
            ry *= s;
        }
        double num = rx * rx * ry * ry - rx * rx * y1p * y1p - ry * ry * x1p * x1p;
        double den = rx * rx * y1p * y1p + ry * ry * x1p * x1p;
        double coef = Math.sqrt(Math.max(0, num / den)) * (large == sweep ? -1 : 1);
        double cxp = coef * rx * y1p / ry, cyp = -coef * ry * x1p / rx;
        double centreX = cos * cxp - sin * cyp + (x0 + x) / 2;
        double centreY = sin * cxp + cos * cyp + (y0 + y) / 2;
        double theta1 = angle(1, 0, (x1p - cxp) / rx, (y1p - cyp) / ry);
        double delta = angle((x1p - cxp) / rx, (y1p - cyp) / ry, (-x1p - cxp) / rx, (-y1p - cyp) / ry);
        if (!sweep && delta > 0) {
            delta -= 2 * Math.PI;
        } else if (sweep && delta < 0) {
            delta += 2 * Math.PI;
        }
        int steps = Math.max(2, (int) Math.ceil(Math.abs(delta) / (Math.PI / 12)));
        for (int i = 1; i <= steps; i++) {
            double t = theta1 + delta * i / steps;
            double ex = rx * Math.cos(t), ey = ry * Math.sin(t);
            add(cos * ex - sin * ey + centreX, sin * ex + cos * ey + centreY);
        }
    }

    private static double angle(double ux, double uy, double vx, double vy) {
        return Math.atan2(ux * vy - uy * vx, ux * vx + uy * vy);
    }

    private void add(double x, double y) throws PathSyntaxException {
        if (!Double.isFinite(x) || !Double.isFinite(y)) {
            throw new PathSyntaxException("coordinate is not a finite number", pos);
        }
        if (++pointCount > maxPoints) {
            throw PathSyntaxException.tooManyPoints(maxPoints, pos);
        }
        if (current == null) {
            // Drawing after Z continues from the subpath's start, as SVG specifies.
            current = new ArrayList<>();
            current.add(new Point(startX, startY));
            subpaths.add(current);
        }
        current.add(new Point(x, y));
        cx = x;
        cy = y;
        lastCtrlX = x;
        lastCtrlY = y;
    }

    private void skipSeparators() {
        while (pos < data.length()) {
            char c = data.charAt(pos);
            if (c == ',' || Character.isWhitespace(c)) {
                pos++;
            } else {
                break;
            }
        }
    }

    private boolean flag() throws PathSyntaxException {
        skipSeparators();
        if (pos < data.length() && (data.charAt(pos) == '0' || data.charAt(pos) == '1')) {
            return data.charAt(pos++) == '1';
        }
        throw new PathSyntaxException("expected an arc flag (0 or 1)", pos);
    }

    private double number() throws PathSyntaxException {
        skipSeparators();
        int start = pos;
        if (pos < data.length() && (data.charAt(pos) == '+' || data.charAt(pos) == '-')) {
            pos++;
        }
        boolean digits = false;
        while (pos < data.length() && Character.isDigit(data.charAt(pos))) {
            pos++;
            digits = true;
        }
        if (pos < data.length() && data.charAt(pos) == '.') {
            pos++;
            while (pos < data.length() && Character.isDigit(data.charAt(pos))) {
                pos++;
                digits = true;
            }
        }
        if (!digits) {
            String found = pos < data.length() ? "'" + data.charAt(pos) + "'" : "the end of the path";
            throw new PathSyntaxException("expected a number, found " + found, start);
        }
        if (pos < data.length() && (data.charAt(pos) == 'e' || data.charAt(pos) == 'E')) {
            int save = pos++;
            if (pos < data.length() && (data.charAt(pos) == '+' || data.charAt(pos) == '-')) {
                pos++;
            }
            if (pos < data.length() && Character.isDigit(data.charAt(pos))) {
                while (pos < data.length() && Character.isDigit(data.charAt(pos))) {
                    pos++;
                }
            } else {
                pos = save;
            }
        }
        return Double.parseDouble(data.substring(start, pos));
    }
}
