package org.referralatlas.properties;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.referralatlas.TestAtlases;
import org.referralatlas.data.PainDrawingStore;
import org.referralatlas.model.PainDrawing;
import org.referralatlas.model.Stroke;
import org.referralatlas.model.ViewDrawing;
import org.referralatlas.query.DrawingRanker;

/**
 * Generated drawing files against the reader, and what it accepts against the ranker: a file is
 * either a drawing within the limits, which ranks, or one plain sentence, never an exception.
 */
class DrawingReaderProperties {
    private static final DrawingRanker RANKER = new DrawingRanker(TestAtlases.mini());

    @Property(seed = "1704")
    void everyFileIsADrawingWithinTheLimitsOrOnePlainSentence(@ForAll("drawingFiles") String json) {
        PainDrawing drawing;
        try {
            drawing = PainDrawingStore.fromJson(json.getBytes(StandardCharsets.UTF_8), "d.json");
        } catch (PainDrawingStore.DrawingFileException e) {
            assertFalse(e.getMessage().contains("\n"), e.getMessage());
            Hostile.assertPlain(e.getMessage());
            return;
        }
        int points = 0;
        for (ViewDrawing v : drawing.views()) {
            for (Stroke s : v.strokes()) {
                assertTrue(s.radius() > 0 && s.radius() <= 200, "radius " + s.radius());
                points += s.points().size();
                s.points().forEach(p -> assertTrue(Double.isFinite(p.x()) && Double.isFinite(p.y())));
            }
        }
        assertTrue(points <= 100_000);
        if (drawing.views().stream().allMatch(v -> TestAtlases.mini().view(v.view()).isPresent())) {
            RANKER.rank(drawing);
        }
    }

    @net.jqwik.api.statistics.StatisticsReport(net.jqwik.api.statistics.StatisticsReport.StatisticsReportMode.OFF)
    @Property(seed = "1704")
    void theGeneratorAlsoMakesReadableDrawings(@ForAll("drawingFiles") String json) {
        boolean read;
        try {
            PainDrawingStore.fromJson(json.getBytes(StandardCharsets.UTF_8), "d.json");
            read = true;
        } catch (PainDrawingStore.DrawingFileException e) {
            read = false;
        }
        Statistics.collect(read);
        Statistics.coverage(c -> c.check(true).count(n -> n >= 3));
    }

    @Provide
    Arbitrary<String> drawingFiles() {
        Arbitrary<String> point = Combinators.combine(Hostile.number(), Hostile.number())
                .as((x, y) -> "[" + x + ", " + y + "]");
        Arbitrary<String> points = Arbitraries.oneOf(point.list().ofMinSize(0).ofMaxSize(30)
                .map(l -> "[" + String.join(", ", l) + "]"), Arbitraries.of("null", "[]", "[[1]]", "[[1,2,3]]", "{}"));
        Arbitrary<String> stroke = Combinators.combine(
                Arbitraries.of("\"mild\"", "\"severe\"", "\"boiling\"", "null", "3"), Hostile.number(), points,
                Arbitraries.of("", ", \"erase\": true", ", \"extra\": 1", ", \"erase\": \"yes\""))
                .as((i, r, p, extra) -> "{\"intensity\": " + i + ", \"radius\": " + r + ", \"points\": " + p + extra + "}");
        Arbitrary<String> view = Combinators.combine(
                Arbitraries.of("\"posterior\"", "\"lateral\"", "\"nowhere\"", "\"\"", "null", "7"),
                Arbitraries.of("\"left\"", "\"right\"", "\"both\"", "\"up\"", "null"),
                stroke.list().ofMaxSize(4).map(l -> "[" + String.join(", ", l) + "]"))
                .as((v, s, st) -> "{\"view\": " + v + ", \"side\": " + s + ", \"strokes\": " + st + "}");
        Arbitrary<String> note = Hostile.text().map(t -> "\"" + t.replace("\\", "\\\\").replace("\"", "\\\"")
                .replace("\n", "\\n").replace("\r", "\\r").replace("\t", "\\t").replace("\u0000", "\\u0000")
                .replace("\u001b", "\\u001b") + "\"");
        return Combinators.combine(
                Arbitraries.of("\"referral-atlas-drawing\"", "\"other\"", "null"),
                Arbitraries.of("1", "2", "\"1\"", "1e400", "null"),
                Arbitraries.of("\"2026-11-23\"", "\"2026-13-45\"", "null", "12"),
                note, view.list().ofMaxSize(3).map(l -> "[" + String.join(", ", l) + "]"),
                Arbitraries.of("", ", \"unknown\": 1", "}", ", \"views\": []"))
                .as((f, v, d, n, views, tail) -> "{\"format\": " + f + ", \"version\": " + v + ", \"date\": " + d
                        + ", \"note\": " + n + ", \"views\": " + views + tail + "}");
    }

    @Property(seed = "1705")
    void arbitraryBytesAreRefusedInOneSentence(@ForAll byte[] bytes) {
        try {
            PainDrawingStore.fromJson(bytes, "d.json");
        } catch (PainDrawingStore.DrawingFileException e) {
            Hostile.assertPlain(e.getMessage());
        }
    }

}
