package org.referralatlas.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.referralatlas.data.AtlasLoader;
import org.referralatlas.data.AtlasSource.AtlasReadException;
import org.referralatlas.data.BundledAtlasSource;
import org.referralatlas.data.FileKind;

/**
 * Writes a large but valid atlas, for load and lookup benchmarks: the bundled atlas plus clones
 * of its muscles until there are N muscles in all.
 *
 * <p>Derived from whatever atlas is bundled, so it grows with it. Each clone of generation g gets
 * the id {@code <id>-gNNN} (trigger points likewise), a file of its own as authored muscles have,
 * and a shape in every view that draws the original. Its zone and view shapes are shifted by a
 * fraction of a unit per generation: they still lie in their regions, but their path text is new,
 * so the loader's geometry checks (flattening, zone/region overlap sampling) really run on every
 * clone instead of hitting the shape cache.
 */
public final class GeneratedAtlas {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ObjectWriter PRETTY = JSON.writerWithDefaultPrettyPrinter();

    private final BundledAtlasSource bundled = new BundledAtlasSource();
    private final Path dir;
    /** The generated outlines by view, so that clones get shifted copies of what "#name" stands for. */
    private final Map<String, JsonNode> named = new HashMap<>();

    private GeneratedAtlas(Path dir) {
        this.dir = dir;
    }

    /** Usage: {@code GeneratedAtlas <directory> <muscles>}; for trying the generated atlas by hand. */
    public static void main(String[] args) throws IOException {
        Path dir = write(Path.of(args[0]), Integer.parseInt(args[1]));
        System.out.println("wrote " + dir);
    }

    /**
     * Writes the atlas into {@code dir} (created if needed) and returns it.
     *
     * @param muscles total muscle count; when the bundled atlas has as many or more, it is copied as is
     */
    public static Path write(Path dir, int muscles) throws IOException {
        Files.createDirectories(dir);
        new GeneratedAtlas(dir).generate(muscles);
        return dir;
    }

    /** One clone file to write: a bundled muscle file, cloned for one generation (perhaps only in part). */
    private record ClonePlan(String basePath, int generation, List<JsonNode> muscles) {
    }

    private void generate(int total) throws IOException {
        ObjectNode manifest = (ObjectNode) readTree(AtlasLoader.MANIFEST);
        ObjectNode files = (ObjectNode) manifest.get("files");
        for (String key : List.of("shapes", "regions", "symptoms", "techniques", "redFlags", "painGuides")) {
            for (String path : paths(files, key)) {
                writeBytes(path, read(path));
            }
        }
        for (String path : paths(files, "shapes")) {
            JsonNode shapesFile = readTree(path);
            named.put(shapesFile.path("view").asText(), shapesFile.path("shapes"));
        }
        copySchemas();

        Map<String, ObjectNode> muscleFiles = new LinkedHashMap<>();
        int base = 0;
        for (String path : paths(files, "muscles")) {
            ObjectNode file = (ObjectNode) readTree(path);
            muscleFiles.put(path, file);
            base += file.path("muscles").size();
        }
        List<ClonePlan> plans = plan(muscleFiles, total - base);
        Set<String> cloneIds = new HashSet<>();
        for (ClonePlan p : plans) {
            p.muscles().forEach(m -> cloneIds.add(cloneId(m.get("id").asText(), p.generation())));
        }

        ArrayNode muscleList = (ArrayNode) files.get("muscles");
        muscleFiles.forEach((path, file) -> writeJson(path, file));
        for (ClonePlan p : plans) {
            ObjectNode file = muscleFiles.get(p.basePath()).deepCopy();
            ArrayNode clones = file.putArray("muscles");
            for (JsonNode m : p.muscles()) {
                clones.add(cloneMuscle(m, p.generation(), cloneIds));
            }
            String path = p.basePath().replaceFirst("\\.json$", "") + "-g" + pad(p.generation()) + ".json";
            writeJson(path, file);
            muscleList.add(path);
        }

        for (String path : paths(files, "views")) {
            writeJson(path, cloneViewShapes((ObjectNode) readTree(path), plans));
        }
        manifest.put("title", manifest.path("title").asText() + " (generated: " + Math.max(total, base)
                + " muscles)");
        writeJson(AtlasLoader.MANIFEST, manifest);
    }

    /** Generations of clones, each a pass over the bundled muscle files, until {@code clones} are planned. */
    private static List<ClonePlan> plan(Map<String, ObjectNode> muscleFiles, int clones) {
        List<ClonePlan> plans = new ArrayList<>();
        if (clones <= 0) {
            return plans;
        }
        if (muscleFiles.values().stream().allMatch(f -> f.path("muscles").isEmpty())) {
            throw new IllegalStateException("the bundled atlas has no muscles to clone");
        }
        int left = clones;
        for (int g = 1; left > 0; g++) {
            for (Map.Entry<String, ObjectNode> e : muscleFiles.entrySet()) {
                List<JsonNode> taken = new ArrayList<>();
                for (JsonNode m : e.getValue().path("muscles")) {
                    if (left > 0) {
                        taken.add(m);
                        left--;
                    }
                }
                if (!taken.isEmpty()) {
                    plans.add(new ClonePlan(e.getKey(), g, taken));
                }
            }
        }
        return plans;
    }

    private ObjectNode cloneMuscle(JsonNode original, int g, Set<String> cloneIds) {
        ObjectNode m = original.deepCopy();
        m.put("id", cloneId(m.get("id").asText(), g));
        m.put("name", m.get("name").asText() + " (copy " + g + ")");
        for (JsonNode tpNode : m.path("triggerPoints")) {
            ObjectNode tp = (ObjectNode) tpNode;
            tp.put("id", cloneId(tp.get("id").asText(), g));
            JsonNode referral = tp.path("referral");
            for (String kind : List.of("essential", "spillover")) {
                for (JsonNode zone : referral.path(kind)) {
                    shiftShapes(zone.path("shapes"), g);
                }
            }
            // A satellite of a muscle cloned in the same generation is that clone's; otherwise the original's.
            for (JsonNode satNode : tp.path("satellites")) {
                ObjectNode sat = (ObjectNode) satNode;
                if (cloneIds.contains(cloneId(sat.get("muscle").asText(), g))) {
                    sat.put("muscle", cloneId(sat.get("muscle").asText(), g));
                    sat.put("triggerPoint", cloneId(sat.get("triggerPoint").asText(), g));
                }
            }
        }
        return m;
    }

    /** Adds to a view a shifted copy of each cloned muscle's shape, after the authored shapes. */
    private static ObjectNode cloneViewShapes(ObjectNode view, List<ClonePlan> plans) {
        ArrayNode shapes = (ArrayNode) view.get("muscles");
        if (shapes == null) {
            return view;
        }
        Map<String, List<JsonNode>> byMuscle = new LinkedHashMap<>();
        shapes.forEach(s -> byMuscle.computeIfAbsent(s.get("muscle").asText(), k -> new ArrayList<>()).add(s));
        for (ClonePlan p : plans) {
            for (JsonNode m : p.muscles()) {
                String id = m.get("id").asText();
                for (JsonNode s : byMuscle.getOrDefault(id, List.of())) {
                    ObjectNode copy = s.deepCopy();
                    copy.put("muscle", cloneId(id, p.generation()));
                    for (String field : List.of("path", "fibres")) {
                        if (copy.hasNonNull(field)) {
                            copy.put(field, shift(copy.get(field).asText(), p.generation()));
                        }
                    }
                    shapes.add(copy);
                }
            }
        }
        return view;
    }

    private void shiftShapes(JsonNode shapesPerView, int g) {
        shapesPerView.fields().forEachRemaining(view -> {
            ArrayNode array = (ArrayNode) view.getValue();
            List<String> paths = new ArrayList<>();
            array.forEach(p -> {
                String text = p.asText();
                if (text.startsWith("#")) {
                    named.getOrDefault(view.getKey(), JSON.createObjectNode()).path(text.substring(1))
                            .forEach(d -> paths.add(d.asText()));
                } else {
                    paths.add(text);
                }
            });
            array.removeAll();
            paths.forEach(d -> array.add(TextNode.valueOf(shift(d, g))));
        });
    }

    /**
     * Shifts by under half a unit, distinct per generation: enough to make new path text, too little
     * to move a zone out of its region or a shape past the view box's half-unit slack.
     */
    private static String shift(String path, int g) {
        double dx = (g % 500) / 1000.0;
        double dy = -((g / 500) % 500) / 1000.0;
        return PathShift.shift(path, dx, dy);
    }

    static String cloneId(String id, int g) {
        return id + "-g" + pad(g);
    }

    private static String pad(int g) {
        return String.format(java.util.Locale.ROOT, "%03d", g);
    }

    private void copySchemas() throws IOException {
        List<String> names = new ArrayList<>(List.of("common.schema.json"));
        for (FileKind kind : FileKind.values()) {
            names.add(kind.schemaFile());
        }
        for (String name : names) {
            writeBytes("schema/" + name, read("schema/" + name));
        }
    }

    private static List<String> paths(ObjectNode files, String key) {
        List<String> result = new ArrayList<>();
        files.path(key).forEach(p -> result.add(p.asText()));
        return result;
    }

    private JsonNode readTree(String path) throws IOException {
        return JSON.readTree(read(path));
    }

    private byte[] read(String path) throws IOException {
        try {
            return bundled.read(path, 64L * 1024 * 1024);
        } catch (AtlasReadException e) {
            throw new IOException("cannot read bundled " + path + ": " + e.getMessage(), e);
        }
    }

    private void writeJson(String path, JsonNode node) {
        try {
            writeBytes(path, PRETTY.writeValueAsBytes(node));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void writeBytes(String path, byte[] bytes) throws IOException {
        Path file = dir.resolve(path);
        Files.createDirectories(file.getParent());
        Files.write(file, bytes);
    }
}
