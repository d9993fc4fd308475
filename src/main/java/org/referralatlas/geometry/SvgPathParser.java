package org.referralatlas.geometry;

/**
 * The one parser of SVG path data (all SVG 1.1 commands, absolute and relative). It resolves
 * relative and smooth commands, starts a new subpath when drawing continues after Z (as SVG
 * specifies), turns elliptical arcs into cubic Béziers of at most a quarter turn each (visually
 * exact), and hands absolute commands to a {@link PathSink}.
 */
final class SvgPathParser {
    private final String data;
    private final PathSink sink;
    private int pos;
    private double cx;
    private double cy;
    private double startX;
    private double startY;
    private double ctrlX;
    private double ctrlY;
    private char lastCommand;
    private boolean open;

    private SvgPathParser(String data, PathSink sink) {
        this.data = data == null ? "" : data;
        this.sink = sink;
    }

    /** Parses {@code data} into {@code sink}. */
    static void parse(String data, PathSink sink) throws PathSyntaxException {
        SvgPathParser parser = new SvgPathParser(data, sink);
        try {
            parser.run();
        } catch (PathSyntaxException e) {
            throw e.offset() >= 0 ? e : e.at(parser.pos);
        }
    }

    private void run() throws PathSyntaxException {
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
                return;
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
                double x = ox + number(), y = oy + number();
                check(x, y);
                sink.moveTo(x, y);
                open = true;
                startX = x;
                startY = y;
                moved(x, y);
            }
            case 'L' -> line(ox + number(), oy + number());
            case 'H' -> line(ox + number(), cy);
            case 'V' -> line(cx, oy + number());
            case 'C' -> {
                double x1 = ox + number(), y1 = oy + number(), x2 = ox + number(), y2 = oy + number();
                cubic(x1, y1, x2, y2, ox + number(), oy + number());
            }
            case 'S' -> {
                boolean smooth = "CcSs".indexOf(lastCommand) >= 0;
                double x1 = smooth ? 2 * cx - ctrlX : cx, y1 = smooth ? 2 * cy - ctrlY : cy;
                double x2 = ox + number(), y2 = oy + number();
                cubic(x1, y1, x2, y2, ox + number(), oy + number());
            }
            case 'Q' -> {
                double x1 = ox + number(), y1 = oy + number();
                quad(x1, y1, ox + number(), oy + number());
            }
            case 'T' -> {
                boolean smooth = "QqTt".indexOf(lastCommand) >= 0;
                quad(smooth ? 2 * cx - ctrlX : cx, smooth ? 2 * cy - ctrlY : cy, ox + number(), oy + number());
            }
            case 'A' -> {
                double rx = Math.abs(number()), ry = Math.abs(number()), rot = number();
                boolean large = flag(), sweep = flag();
                arc(rx, ry, rot, large, sweep, ox + number(), oy + number());
            }
            case 'Z' -> {
                sink.closePath();
                open = false;
                moved(startX, startY);
            }
            default -> throw new IllegalStateException("unreachable");
        }
        lastCommand = command;
    }

    private void ensureOpen() throws PathSyntaxException {
        if (!open) {
            sink.moveTo(startX, startY);
            open = true;
        }
    }

    private void moved(double x, double y) {
        cx = x;
        cy = y;
        ctrlX = x;
        ctrlY = y;
    }

    private void line(double x, double y) throws PathSyntaxException {
        check(x, y);
        ensureOpen();
        sink.lineTo(x, y);
        moved(x, y);
    }

    private void cubic(double x1, double y1, double x2, double y2, double x, double y) throws PathSyntaxException {
        check(x1, y1);
        check(x2, y2);
        check(x, y);
        ensureOpen();
        sink.cubicTo(x1, y1, x2, y2, x, y);
        moved(x, y);
        ctrlX = x2;
        ctrlY = y2;
    }

    private void quad(double x1, double y1, double x, double y) throws PathSyntaxException {
        check(x1, y1);
        check(x, y);
        ensureOpen();
        sink.quadTo(x1, y1, x, y);
        moved(x, y);
        ctrlX = x1;
        ctrlY = y1;
    }

    /** Endpoint-to-centre conversion (SVG 1.1 F.6.5), then Bézier segments of at most 90 degrees. */
    private void arc(double rx, double ry, double rotationDeg, boolean large, boolean sweep, double x, double y)
            throws PathSyntaxException {
        double x0 = cx, y0 = cy;
        if (rx == 0 || ry == 0 || (x0 == x && y0 == y)) {
            line(x, y);
            return;
        }
        double phi = Math.toRadians(rotationDeg);
        double cos = Math.cos(phi), sin = Math.sin(phi);
        double dx = (x0 - x) / 2, dy = (y0 - y) / 2;
        double x1p = cos * dx + sin * dy, y1p = -sin * dx + cos * dy;
        double lambda = (x1p * x1p) / (rx * rx) + (y1p * y1p) / (ry * ry);
        if (lambda > 1) {
            rx *= Math.sqrt(lambda);
            ry *= Math.sqrt(lambda);
        }
        double num = rx * rx * ry * ry - rx * rx * y1p * y1p - ry * ry * x1p * x1p;
        double den = rx * rx * y1p * y1p + ry * ry * x1p * x1p;
        double coef = Math.sqrt(Math.max(0, num / den)) * (large == sweep ? -1 : 1);
        double cxp = coef * rx * y1p / ry, cyp = -coef * ry * x1p / rx;
        double ccx = cos * cxp - sin * cyp + (x0 + x) / 2, ccy = sin * cxp + cos * cyp + (y0 + y) / 2;
        double theta = Math.atan2((y1p - cyp) / ry, (x1p - cxp) / rx);
        double delta = angle((x1p - cxp) / rx, (y1p - cyp) / ry, (-x1p - cxp) / rx, (-y1p - cyp) / ry);
        if (!sweep && delta > 0) {
            delta -= 2 * Math.PI;
        } else if (sweep && delta < 0) {
            delta += 2 * Math.PI;
        }
        int segments = Math.max(1, (int) Math.ceil(Math.abs(delta) / (Math.PI / 2) - 1e-9));
        double step = delta / segments;
        double k = 4.0 / 3.0 * Math.tan(step / 4);
        for (int i = 0; i < segments; i++) {
            double a1 = theta + i * step, a2 = a1 + step;
            double e1x = rx * Math.cos(a1), e1y = ry * Math.sin(a1);
            double e2x = rx * Math.cos(a2), e2y = ry * Math.sin(a2);
            // Control points along the tangents (derivative of the ellipse), then rotate and translate.
            double c1x = e1x - k * rx * Math.sin(a1), c1y = e1y + k * ry * Math.cos(a1);
            double c2x = e2x + k * rx * Math.sin(a2), c2y = e2y - k * ry * Math.cos(a2);
            boolean last = i == segments - 1;
            cubic(cos * c1x - sin * c1y + ccx, sin * c1x + cos * c1y + ccy,
                    cos * c2x - sin * c2y + ccx, sin * c2x + cos * c2y + ccy,
                    last ? x : cos * e2x - sin * e2y + ccx, last ? y : sin * e2x + cos * e2y + ccy);
        }
    }

    private static double angle(double ux, double uy, double vx, double vy) {
        return Math.atan2(ux * vy - uy * vx, ux * vx + uy * vy);
    }

    private void check(double x, double y) throws PathSyntaxException {
        if (!Double.isFinite(x) || !Double.isFinite(y)) {
            throw new PathSyntaxException("coordinate is not a finite number", pos);
        }
    }

    private void skipSeparators() {
        while (pos < data.length() && (data.charAt(pos) == ',' || Character.isWhitespace(data.charAt(pos)))) {
            pos++;
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
