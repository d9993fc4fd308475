package org.referralatlas.export;

import java.awt.Color;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The colour tokens of {@code org/referralatlas/palette/<theme>.css}, the same file JavaFX reads
 * as looked-up colours, read without JavaFX so that PNG and PDF exports draw with the screen's
 * colours. A theme other than {@code light} is read over {@code light}, as the app layers them.
 * Values are {@code #rgb}, {@code #rrggbb}, {@code rgba(r, g, b, a)} or another token's name.
 */
public final class Palette {
    public static final String LIGHT = "light";
    public static final String PROJECTOR = "projector";

    private static final Pattern TOKEN = Pattern.compile("(-atlas-[a-z0-9-]+)\\s*:\\s*([^;]+);");
    private static final Pattern RGBA = Pattern.compile(
            "rgba\\(\\s*(\\d+)\\s*,\\s*(\\d+)\\s*,\\s*(\\d+)\\s*,\\s*([0-9.]+)\\s*\\)");
    private static final Pattern COMMENT = Pattern.compile("(?s)/\\*.*?\\*/");

    private final Map<String, String> raw;

    private Palette(Map<String, String> raw) {
        this.raw = raw;
    }

    /** The light palette, the default of the app and of every export. */
    public static Palette light() {
        return load(LIGHT);
    }

    /** A theme's palette, read over the light one. */
    public static Palette load(String theme) {
        Map<String, String> tokens = new LinkedHashMap<>(read(LIGHT));
        if (!LIGHT.equals(theme)) {
            tokens.putAll(read(theme));
        }
        return new Palette(Collections.unmodifiableMap(tokens));
    }

    /** Tokens and their raw values as written in the CSS (after the theme's overrides). */
    public Map<String, String> tokens() {
        return raw;
    }

    /** The colour of {@code token} ("muscle" or "-atlas-muscle"). */
    public Color color(String token) {
        String name = token.startsWith("-atlas-") ? token : "-atlas-" + token;
        String value = raw.get(name);
        for (int hops = 0; value != null && value.startsWith("-atlas-"); hops++) {
            if (hops > raw.size()) {
                throw new IllegalStateException("palette token " + name + " refers to itself");
            }
            value = raw.get(value);
        }
        if (value == null) {
            throw new IllegalArgumentException("no palette token " + name);
        }
        return parse(name, value);
    }

    static Color parse(String name, String value) {
        String v = value.trim();
        if (v.matches("#[0-9a-fA-F]{6}")) {
            return new Color(Integer.parseInt(v.substring(1), 16));
        }
        if (v.matches("#[0-9a-fA-F]{3}")) {
            int r = Integer.parseInt(v.substring(1, 2), 16);
            int g = Integer.parseInt(v.substring(2, 3), 16);
            int b = Integer.parseInt(v.substring(3, 4), 16);
            return new Color(r * 17, g * 17, b * 17);
        }
        Matcher m = RGBA.matcher(v);
        if (m.matches()) {
            return new Color(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)),
                    (int) Math.round(Double.parseDouble(m.group(4)) * 255));
        }
        throw new IllegalArgumentException("palette token " + name + ": unsupported colour '" + v + "'");
    }

    private static Map<String, String> read(String theme) {
        String resource = "/org/referralatlas/palette/" + theme + ".css";
        try (InputStream in = Objects.requireNonNull(Palette.class.getResourceAsStream(resource),
                "missing palette " + resource)) {
            String css = COMMENT.matcher(new String(in.readAllBytes(), StandardCharsets.UTF_8)).replaceAll("");
            Map<String, String> tokens = new LinkedHashMap<>();
            Matcher m = TOKEN.matcher(css);
            while (m.find()) {
                tokens.put(m.group(1), m.group(2).trim());
            }
            return tokens;
        } catch (IOException e) {
            throw new UncheckedIOException("palette " + resource + " could not be read", e);
        }
    }
}
