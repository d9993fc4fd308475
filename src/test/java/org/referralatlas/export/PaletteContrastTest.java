package org.referralatlas.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.referralatlas.export.ColourVision.Deficiency;

/**
 * The palette must stay readable for colour-blind users: every pair of things the figure must tell
 * apart differs, for normal vision and simulated protanopia, deuteranopia and tritanopia, by
 * CIEDE2000 dE &gt;= 10 or a luminance contrast &gt;= 1.5 - in the light and the projector theme.
 * Colours are compared as drawn: translucent tokens composited over the muscle they cover.
 */
class PaletteContrastTest {
    static final double MIN_DELTA_E = 10;
    static final double MIN_CONTRAST = 1.5;

    /** What the eye sees of each thing that must be told apart, in one theme. */
    static Map<String, Color> seen(Palette p) {
        Color background = p.color("background");
        Color muscle = ColourVision.over(p.color("muscle"), background);
        Map<String, Color> seen = new LinkedHashMap<>();
        seen.put("muscle", muscle);
        seen.put("selected muscle", ColourVision.over(p.color("muscle-selected"), background));
        seen.put("essential zone", ColourVision.over(p.color("essential"), muscle));
        seen.put("spillover stipple", ColourVision.over(p.color("spillover"), muscle));
        seen.put("hover", ColourVision.over(p.color("hover"), muscle));
        for (String intensity : List.of("mild", "moderate", "severe")) {
            seen.put("pain drawing (" + intensity + ")", ColourVision.over(p.color("painted-" + intensity), muscle));
        }
        Color painted = seen.get("pain drawing (moderate)");
        seen.put("unexplained hatch", ColourVision.over(p.color("unexplained"), painted));
        return seen;
    }

    @ParameterizedTest
    @ValueSource(strings = {Palette.LIGHT, Palette.PROJECTOR})
    void everyPairIsToldApartWithEachKindOfColourVision(String theme) {
        Map<String, Color> seen = seen(Palette.load(theme));
        List<String> names = new ArrayList<>(seen.keySet());
        List<String> failures = new ArrayList<>();
        int pairs = 0;
        for (int i = 0; i < names.size(); i++) {
            for (int j = i + 1; j < names.size(); j++) {
                if (names.get(i).startsWith("pain drawing") && names.get(j).startsWith("pain drawing")) {
                    continue; // intensities are shades of one thing, also told apart by their buttons
                }
                pairs++;
                for (Deficiency d : Deficiency.values()) {
                    double[] a = ColourVision.seen(seen.get(names.get(i)), d);
                    double[] b = ColourVision.seen(seen.get(names.get(j)), d);
                    double de = ColourVision.deltaE2000(ColourVision.lab(a), ColourVision.lab(b));
                    double ratio = ColourVision.contrast(a, b);
                    if (de < MIN_DELTA_E && ratio < MIN_CONTRAST) {
                        failures.add(String.format("%s: %s / %s with %s: dE %.1f, contrast %.2f", theme,
                                names.get(i), names.get(j), d, de, ratio));
                    }
                }
            }
        }
        assertEquals(33, pairs, "every pair of the seven things (pain drawing in three intensities)");
        assertEquals(List.of(), failures);
    }

    @Test
    void theSimulationReallyConfusesWhatDichromatsConfuse() {
        // A red and a green of equal lightness: plain to normal vision, nearly one colour to a deuteranope.
        Color red = new Color(0xC0, 0x50, 0x40);
        Color green = new Color(0x70, 0x80, 0x30);
        double normal = deltaE(red, green, Deficiency.NONE);
        double deutan = deltaE(red, green, Deficiency.DEUTERANOPIA);
        assertTrue(normal > 25, "normal " + normal);
        assertTrue(deutan < 10, "deuteranopia " + deutan);
        // Blue and yellow stay apart for red-green dichromats but not as far for a tritanope.
        Color blue = new Color(0x40, 0x60, 0xC0);
        assertTrue(deltaE(blue, red, Deficiency.PROTANOPIA) > 20);
    }

    @Test
    void ciede2000MatchesSharmasTestData() {
        assertEquals(2.0425, ColourVision.deltaE2000(new double[] {50, 2.6772, -79.7751},
                new double[] {50, 0, -82.7485}), 1e-4);
        assertEquals(2.3669, ColourVision.deltaE2000(new double[] {50, 0, 0}, new double[] {50, -1, 2}), 1e-4);
        assertEquals(27.1492, ColourVision.deltaE2000(new double[] {50, 2.5, 0}, new double[] {73, 25, -18}), 1e-4);
        assertEquals(1.0000, ColourVision.deltaE2000(new double[] {50, 2.5, 0}, new double[] {50, 3.1736, 0.5854}),
                1e-4);
    }

    @ParameterizedTest
    @ValueSource(strings = {Palette.LIGHT, Palette.PROJECTOR})
    void everyTokenIsAColourTheExportCanRead(String theme) {
        Palette p = Palette.load(theme);
        assertTrue(p.tokens().size() > 40, "tokens: " + p.tokens().size());
        p.tokens().keySet().forEach(p::color);
    }

    /** The body map's styleable CSS properties (see BodyMapStyleables): not colour tokens. */
    private static final java.util.Set<String> STYLEABLE = java.util.Set.of("-atlas-legend-visible", "-atlas-zoom-step");

    /** The app's stylesheets hold no colour of their own: every colour comes from the palette. */
    @ParameterizedTest
    @ValueSource(strings = {"/org/referralatlas/ui/theme.css", "/org/referralatlas/ui/projector.css",
        "/org/referralatlas/ui/bodymap/bodymap.css", "/org/referralatlas/ui/study/study.css"})
    void stylesheetsUseOnlyPaletteTokens(String resource) throws IOException {
        String css;
        try (InputStream in = PaletteContrastTest.class.getResourceAsStream(resource)) {
            css = new String(in.readAllBytes(), StandardCharsets.UTF_8).replaceAll("(?s)/\\*.*?\\*/", "");
        }
        Matcher m = Pattern.compile("#[0-9a-fA-F]{3,8}\\b|rgba?\\(|hsla?\\(|(?<![-\\w])(white|black|red|blue|gray|grey)(?![-\\w])")
                .matcher(css);
        List<String> literals = new ArrayList<>();
        while (m.find()) {
            literals.add(m.group());
        }
        assertEquals(List.of(), literals, resource + " must use palette tokens");
        Palette p = Palette.load(resource.contains("projector") ? Palette.PROJECTOR : Palette.LIGHT);
        // Set as a property (name: value), an -atlas- name is one of the body map's styleable properties
        // (BodyMapStyleables, not colours); used as a value, it must be a palette token.
        Matcher used = Pattern.compile("(-atlas-[a-z0-9-]+)(\\s*:)?").matcher(css);
        while (used.find()) {
            boolean property = used.group(2) != null;
            assertTrue(property ? STYLEABLE.contains(used.group(1)) : p.tokens().containsKey(used.group(1)),
                    resource + " uses an undefined " + (property ? "property " : "token ") + used.group(1));
        }
    }

    private static double deltaE(Color a, Color b, Deficiency d) {
        return ColourVision.deltaE2000(ColourVision.lab(ColourVision.seen(a, d)), ColourVision.lab(ColourVision.seen(b, d)));
    }
}
