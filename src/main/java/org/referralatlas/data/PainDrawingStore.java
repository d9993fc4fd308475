package org.referralatlas.data;

import org.referralatlas.io.StrictUtf8;
import org.referralatlas.io.AtomicFiles;
import org.referralatlas.io.BoundedFiles;
import org.referralatlas.io.PlainText;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.referralatlas.model.Intensity;
import org.referralatlas.model.PainDrawing;
import org.referralatlas.model.Point;
import org.referralatlas.model.Side;
import org.referralatlas.model.Stroke;
import org.referralatlas.model.ViewDrawing;

/**
 * Saves and opens pain drawings as JSON:
 * <pre>
 * {"format": "referral-atlas-drawing", "version": 1, "date": "2026-11-23", "note": "after work",
 *  "views": [{"view": "lateral", "side": "right",
 *             "strokes": [{"intensity": "severe", "radius": 8, "erase": false, "points": [[430, 110], [440, 112]]}]}]}
 * </pre>
 * Saving is atomic ({@link AtomicFiles}). Opening checks everything and reports the first problem as
 * one sentence; views are not checked against an atlas here (the ranker does that).
 */
public final class PainDrawingStore {
    public static final String FORMAT = "referral-atlas-drawing";
    public static final int VERSION = 1;
    /** Bounds against hostile files: a real drawing is a few kilobytes. */
    static final long MAX_BYTES = 8L * 1024 * 1024;
    static final int MAX_STROKES = 10_000;
    static final int MAX_POINTS = 20_000;
    /** All strokes together: ranking paints every segment, so this bounds its time (the UI makes a few thousand). */
    static final int MAX_TOTAL_POINTS = 100_000;
    /** Brush radius in design units; the pain finder's brush goes up to 40. */
    static final double MAX_RADIUS = 200;

    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    record FileDto(String format, Integer version, String date, String note, List<ViewDto> views) {
    }

    record ViewDto(String view, String side, List<StrokeDto> strokes) {
    }

    record StrokeDto(String intensity, Double radius, Boolean erase, List<List<Double>> points) {
    }

    /** A drawing file that cannot be read; the message is one sentence for the user. */
    public static final class DrawingFileException extends IOException {
        public DrawingFileException(String message) {
            super(message);
        }
    }

    private PainDrawingStore() {
    }

    /** Writes the drawing atomically: an interrupted save leaves the previous file intact. */
    public static void save(Path file, PainDrawing drawing) throws IOException {
        AtomicFiles.write(file, toJson(drawing));
    }

    public static byte[] toJson(PainDrawing drawing) {
        List<ViewDto> views = new ArrayList<>();
        for (ViewDrawing v : drawing.views()) {
            List<StrokeDto> strokes = v.strokes().stream().map(s -> new StrokeDto(s.intensity().id(), s.radius(),
                    s.erase(), s.points().stream().map(p -> List.of(p.x(), p.y())).toList())).toList();
            views.add(new ViewDto(v.view(), v.side().id(), strokes));
        }
        try {
            return JSON.writeValueAsBytes(new FileDto(FORMAT, VERSION,
                    drawing.date() == null ? null : drawing.date().toString(), drawing.note(), views));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise a drawing", e);
        }
    }

    /**
     * Opens a drawing file through the bounded reader: a regular file of at most 8 MiB, never a pipe
     * or a device.
     *
     * @throws IOException with one plain sentence (a {@link BoundedFiles.UnreadableException} when the
     *                     file is missing, not a file or too large; a {@link DrawingFileException} when
     *                     it is not a valid drawing)
     */
    public static PainDrawing open(Path file) throws IOException {
        return fromJson(BoundedFiles.read(file, file.toString(), MAX_BYTES), file.toString());
    }

    public static PainDrawing fromJson(byte[] json, String name) throws DrawingFileException {
        String shown = PlainText.escape(name);
        int malformed = StrictUtf8.firstMalformed(json);
        if (malformed >= 0) {
            throw new DrawingFileException(shown + " is not a drawing file: not valid UTF-8 text (byte "
                    + (malformed + 1) + ")");
        }
        FileDto dto;
        try {
            dto = JSON.readValue(json, FileDto.class);
        } catch (IOException e) {
            throw new DrawingFileException(shown + " is not a drawing file: " + JsonMessages.reading(e));
        }
        try {
            return check(dto, shown);
        } catch (DrawingFileException e) {
            throw new DrawingFileException(PlainText.escape(e.getMessage()));
        }
    }

    private static PainDrawing check(FileDto dto, String name) throws DrawingFileException {
        if (dto == null || !FORMAT.equals(dto.format())) {
            throw new DrawingFileException(name + " is not a drawing file (\"format\" must be \"" + FORMAT + "\")");
        }
        if (dto.version() == null || dto.version() != VERSION) {
            throw new DrawingFileException(name + ": unsupported drawing version " + dto.version()
                    + " (this version reads " + VERSION + ")");
        }
        LocalDate date = null;
        if (dto.date() != null) {
            try {
                date = LocalDate.parse(dto.date());
            } catch (DateTimeParseException e) {
                throw new DrawingFileException(name + ": date must be YYYY-MM-DD, not '" + dto.date() + "'");
            }
        }
        List<ViewDrawing> views = new ArrayList<>();
        int strokeCount = 0;
        int pointCount = 0;
        for (ViewDto v : dto.views() == null ? List.<ViewDto>of() : dto.views()) {
            if (v == null || v.view() == null || v.view().isBlank()) {
                throw new DrawingFileException(name + ": every view entry needs a \"view\" id");
            }
            Side side = v.side() == null ? Side.BOTH : Side.parse(v.side());
            if (side == null) {
                throw new DrawingFileException(name + ": view " + v.view() + ": side must be left, right or both");
            }
            List<Stroke> strokes = new ArrayList<>();
            for (StrokeDto s : v.strokes() == null ? List.<StrokeDto>of() : v.strokes()) {
                if (++strokeCount > MAX_STROKES) {
                    throw new DrawingFileException(name + ": more than " + MAX_STROKES + " strokes");
                }
                Stroke stroke = stroke(s, name + ": view " + v.view() + ", stroke " + (strokes.size() + 1));
                pointCount += stroke.points().size();
                if (pointCount > MAX_TOTAL_POINTS) {
                    throw new DrawingFileException(name + ": more than " + MAX_TOTAL_POINTS + " points in all strokes");
                }
                strokes.add(stroke);
            }
            views.add(new ViewDrawing(v.view(), side, strokes));
        }
        try {
            return new PainDrawing(date, dto.note(), views);
        } catch (IllegalArgumentException e) {
            throw new DrawingFileException(name + ": " + e.getMessage());
        }
    }

    private static Stroke stroke(StrokeDto s, String where) throws DrawingFileException {
        if (s == null) {
            throw new DrawingFileException(where + " is empty");
        }
        Intensity intensity = s.intensity() == null ? Intensity.MODERATE : Intensity.parse(s.intensity());
        if (intensity == null) {
            throw new DrawingFileException(where + ": intensity must be mild, moderate or severe");
        }
        if (s.radius() == null || !(s.radius() > 0) || s.radius() > MAX_RADIUS) {
            throw new DrawingFileException(where + ": radius must be a number above 0 and at most " + (int) MAX_RADIUS);
        }
        if (s.points() == null || s.points().isEmpty() || s.points().size() > MAX_POINTS) {
            throw new DrawingFileException(where + ": needs 1 to " + MAX_POINTS + " points");
        }
        List<Point> points = new ArrayList<>();
        for (List<Double> p : s.points()) {
            if (p == null || p.size() != 2 || p.get(0) == null || p.get(1) == null
                    || !Double.isFinite(p.get(0)) || !Double.isFinite(p.get(1))) {
                throw new DrawingFileException(where + ": a point must be [x, y] with finite numbers");
            }
            points.add(new Point(p.get(0), p.get(1)));
        }
        return new Stroke(points, s.radius(), intensity, Boolean.TRUE.equals(s.erase()));
    }
}
