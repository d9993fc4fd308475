package org.referralatlas.bench;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Translates SVG path data by (dx, dy). The generated atlas shifts each cloned shape a little so
 * that its path text differs from the original's: the loader caches flattened shapes by path text,
 * and identical clones would let the geometry checks skip the work a real atlas makes them do.
 *
 * <p>Handles every SVG 1.1 command. Only absolute coordinates move; relative ones are offsets and
 * stay as they are, except the first pair of a leading {@code m}, which SVG treats as absolute.
 * Arc radii, rotation and flags are not coordinates and are kept.
 */
public final class PathShift {
    private final String data;
    private final double dx;
    private final double dy;
    private final StringBuilder out = new StringBuilder();
    private int pos;

    private PathShift(String data, double dx, double dy) {
        this.data = data;
        this.dx = dx;
        this.dy = dy;
    }

    public static String shift(String data, double dx, double dy) {
        return new PathShift(data, dx, dy).run();
    }

    /** Formats a coordinate with at most three decimals, as an author would write it. */
    public static String format(double value) {
        BigDecimal d = BigDecimal.valueOf(value).setScale(3, RoundingMode.HALF_UP).stripTrailingZeros();
        return d.scale() < 0 ? d.setScale(0).toPlainString() : d.toPlainString();
    }

    private String run() {
        char command = 0;
        boolean first = true;
        while (true) {
            skipSeparators();
            if (pos >= data.length()) {
                return out.toString();
            }
            char c = data.charAt(pos);
            if (Character.isLetter(c)) {
                command = c;
                pos++;
                if (out.length() > 0) {
                    out.append(' ');
                }
                out.append(c);
            } else if (command == 0 || command == 'Z' || command == 'z') {
                throw new IllegalArgumentException("expected a path command at " + pos + " in " + data);
            } else if (command == 'M') {
                command = 'L'; // extra pairs after a move-to are line-tos of the same kind
            } else if (command == 'm') {
                command = 'l';
            }
            boolean absoluteFirstPair = first && command == 'm';
            first = false;
            segment(command, absoluteFirstPair);
        }
    }

    /** Copies one segment's parameters, shifting the absolute coordinates. */
    private void segment(char command, boolean absoluteFirstPair) {
        boolean abs = Character.isUpperCase(command) || absoluteFirstPair;
        switch (Character.toUpperCase(command)) {
            case 'Z' -> { }
            case 'M', 'L', 'T' -> pairs(1, abs);
            case 'H' -> coordinate(abs ? dx : 0);
            case 'V' -> coordinate(abs ? dy : 0);
            case 'C' -> pairs(3, abs);
            case 'S', 'Q' -> pairs(2, abs);
            case 'A' -> {
                number(); // rx
                number(); // ry
                number(); // x-axis rotation
                flag();
                flag();
                pairs(1, abs);
            }
            default -> throw new IllegalArgumentException("unknown path command '" + command + "' in " + data);
        }
    }

    private void pairs(int count, boolean abs) {
        for (int i = 0; i < count; i++) {
            coordinate(abs ? dx : 0);
            coordinate(abs ? dy : 0);
        }
    }

    private void coordinate(double offset) {
        skipSeparators();
        double value = Double.parseDouble(token());
        append(format(value + offset));
    }

    private void number() {
        skipSeparators();
        append(token());
    }

    /** Arc flags may be written without separators ("a5,5 0 1050,50"), so read exactly one character. */
    private void flag() {
        skipSeparators();
        append(String.valueOf(data.charAt(pos++)));
    }

    /** Writes a parameter: right after its command letter, otherwise after a space. */
    private void append(String parameter) {
        if (!Character.isLetter(out.charAt(out.length() - 1))) {
            out.append(' ');
        }
        out.append(parameter);
    }

    private String token() {
        int start = pos;
        if (pos < data.length() && (data.charAt(pos) == '+' || data.charAt(pos) == '-')) {
            pos++;
        }
        boolean dot = false;
        while (pos < data.length()) {
            char c = data.charAt(pos);
            if (Character.isDigit(c)) {
                pos++;
            } else if (c == '.' && !dot) {
                dot = true;
                pos++;
            } else if ((c == 'e' || c == 'E') && pos + 1 < data.length()) {
                pos++;
                if (data.charAt(pos) == '+' || data.charAt(pos) == '-') {
                    pos++;
                }
            } else {
                break;
            }
        }
        if (pos == start) {
            throw new IllegalArgumentException("expected a number at " + pos + " in " + data);
        }
        return data.substring(start, pos);
    }

    private void skipSeparators() {
        while (pos < data.length() && (Character.isWhitespace(data.charAt(pos)) || data.charAt(pos) == ',')) {
            pos++;
        }
    }
}
