package org.referralatlas.data;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.referralatlas.data.AtlasSource.AtlasReadException;
import org.referralatlas.model.Atlas;

/**
 * Loads an atlas: reads the manifest {@code atlas.json} and every file it lists, checks each
 * against its JSON Schema, then checks the atlas as a whole ({@link AtlasValidator}), and only
 * when nothing is wrong builds the immutable model. Every problem is collected; none is thrown.
 */
public final class AtlasLoader {
    public static final String MANIFEST = "atlas.json";

    private final Limits limits;
    /**
     * False only for {@link #loadBundledAsBuilt()}: the schema pass and the whole-atlas checks.
     * {@link SchemaCheck} is stateless (its compiled schemas are shared statically) and made only
     * when needed, so a loader that skips it never loads the schema validator's classes either.
     */
    private final boolean buildChecks;

    public AtlasLoader() {
        this(Limits.DEFAULT);
    }

    public AtlasLoader(Limits limits) {
        this(limits, true);
    }

    private AtlasLoader(Limits limits, boolean buildChecks) {
        this.limits = limits;
        this.buildChecks = buildChecks;
    }

    /** The result of a load: an atlas when there were no problems, otherwise the problems. */
    public record Result(Atlas atlas, List<AtlasProblem> problems, int unlisted) {
        public Result {
            problems = List.copyOf(problems);
        }

        public Result(Atlas atlas, List<AtlasProblem> problems) {
            this(atlas, problems, 0);
        }

        /** Problems found, listed or not: checking stops at {@link Limits#maxProblems()} listed ones. */
        public int problemCount() {
            return problems.size() + unlisted;
        }

        public boolean ok() {
            return atlas != null;
        }
    }

    public Result load(Path directory) {
        return load(new DirectoryAtlasSource(directory));
    }

    public Result loadBundled() {
        return load(new BundledAtlasSource());
    }

    /**
     * The bundled atlas as the build checked it: the same load without the JSON Schema pass and the
     * whole-atlas checks ({@link AtlasValidator}: references, geometry), which are most of a cold
     * load in a fresh JVM (the schema validator's classes, compiled schemas, zone overlap tests).
     * The bundled files cannot change after the build, and {@code BundledAtlasTest} proves in every
     * build that they pass every check and load to the same atlas this way; the limits and the JSON
     * syntax are still checked. Any other atlas goes through {@link #load(Path)}.
     *
     * <p>With the default limits (which the build checked it under) it reads the build's pre-read copy,
     * {@link CompactAtlas}, without Jackson, when that copy matches the JSON files.
     */
    public Result loadBundledAsBuilt() {
        Atlas compact = limits.equals(Limits.DEFAULT) ? CompactAtlas.readBundled() : null;
        if (compact != null) {
            return new Result(compact, List.of());
        }
        return new AtlasLoader(limits, false).load(new BundledAtlasSource());
    }

    public Result load(AtlasSource source) {
        List<AtlasProblem> problems = new ArrayList<>();
        try {
            Result result = load(new TotalBudget(source, limits.maxTotalBytes()), problems);
            if (result.problems().size() > limits.maxProblems()) {
                return new Result(null, result.problems().subList(0, limits.maxProblems()),
                        result.problems().size() - limits.maxProblems());
            }
            return result;
        } catch (RuntimeException e) {
            // Last line of defence for hostile or unforeseen input: callers (the CLI, the UI) get a
            // problem to show, never a stack trace. Reaching here is a validator bug worth reporting.
            problems.add(new AtlasProblem(MANIFEST, 0, 0, "", "the atlas could not be checked because of an "
                    + "internal error (" + firstLine(e.getMessage())
                    + "); please report this"));
            return new Result(null, problems);
        }
    }

    private Result load(AtlasSource source, List<AtlasProblem> problems) {
        Parsed<Dto.AtlasFile> manifest = read(source, MANIFEST, FileKind.ATLAS, Dto.AtlasFile.class, problems);
        if (manifest == null) {
            return new Result(null, problems);
        }
        Dto.Files files = manifest.dto().files();
        int listed = count(files.views()) + count(files.shapes()) + count(files.regions()) + count(files.symptoms())
                + count(files.muscles()) + count(files.techniques()) + count(files.redFlags())
                + count(files.painGuides());
        if (listed > limits.maxFiles()) {
            problems.add(manifest.problem("/files", "lists " + listed + " files, more than the limit of "
                    + limits.maxFiles()));
            return new Result(null, problems);
        }
        if (!listsEachFileOnce(manifest, problems)) {
            return new Result(null, problems);
        }
        AtlasFiles all = new AtlasFiles(manifest,
                readAll(source, manifest, "views", files.views(), FileKind.VIEW, Dto.ViewFile.class, problems),
                readAll(source, manifest, "shapes", files.shapes(), FileKind.SHAPES, Dto.ShapesFile.class,
                        problems),
                readAll(source, manifest, "regions", files.regions(), FileKind.REGIONS, Dto.RegionsFile.class,
                        problems),
                readAll(source, manifest, "symptoms", files.symptoms(), FileKind.SYMPTOMS, Dto.SymptomsFile.class,
                        problems),
                readAll(source, manifest, "muscles", files.muscles(), FileKind.MUSCLES, Dto.MusclesFile.class,
                        problems),
                readAll(source, manifest, "techniques", files.techniques(), FileKind.TECHNIQUES,
                        Dto.TechniquesFile.class, problems),
                readAll(source, manifest, "redFlags", files.redFlags(), FileKind.RED_FLAGS, Dto.RedFlagsFile.class,
                        problems),
                readAll(source, manifest, "painGuides", files.painGuides(), FileKind.PAIN_GUIDES,
                        Dto.PainGuidesFile.class, problems));
        if (!problems.isEmpty()) {
            // Cross-file checks on a partial atlas would report follow-on noise; fix the files first.
            return new Result(null, problems);
        }
        all = ShapeRefs.resolve(all, problems);
        if (!problems.isEmpty()) {
            return new Result(null, problems);
        }
        if (buildChecks) {
            new AtlasValidator(all, limits, problems).validate();
        }
        if (!problems.isEmpty()) {
            return new Result(null, problems);
        }
        return new Result(ModelBuilder.build(all), problems);
    }

    /**
     * A file listed twice would make every id in it a duplicate of itself ("duplicate region
     * \"occiput\" (first defined at regions.json:4)" at regions.json:4), and the manifest listed as
     * a data file fails a schema it was never meant for: say what is really wrong instead.
     */
    private static boolean listsEachFileOnce(Parsed<Dto.AtlasFile> manifest, List<AtlasProblem> problems) {
        Dto.Files files = manifest.dto().files();
        Map<String, String> seen = new HashMap<>();
        boolean ok = true;
        Map<String, List<String>> byKey = new LinkedHashMap<>();
        byKey.put("views", files.views());
        byKey.put("shapes", files.shapes());
        byKey.put("regions", files.regions());
        byKey.put("symptoms", files.symptoms());
        byKey.put("muscles", files.muscles());
        byKey.put("techniques", files.techniques());
        byKey.put("redFlags", files.redFlags());
        byKey.put("painGuides", files.painGuides());
        for (Map.Entry<String, List<String>> kind : byKey.entrySet()) {
            List<String> paths = kind.getValue() == null ? List.of() : kind.getValue();
            for (int i = 0; i < paths.size(); i++) {
                String pointer = "/files/" + kind.getKey() + "/" + i;
                String first = seen.putIfAbsent(paths.get(i), pointer);
                if (paths.get(i).equals(MANIFEST)) {
                    problems.add(manifest.problem(pointer, "\"" + MANIFEST + "\" is the manifest itself, not a "
                            + "data file"));
                    ok = false;
                } else if (first != null) {
                    problems.add(manifest.problem(pointer, "\"" + paths.get(i) + "\" is already listed at "
                            + JsonPaths.display(first)));
                    ok = false;
                }
            }
        }
        return ok;
    }

    private static int count(List<String> list) {
        return list == null ? 0 : list.size();
    }

    private <T> List<Parsed<T>> readAll(AtlasSource source, Parsed<Dto.AtlasFile> manifest, String key,
                                        List<String> paths, FileKind kind, Class<T> type,
                                        List<AtlasProblem> problems) {
        List<Parsed<T>> result = new ArrayList<>();
        if (paths == null) {
            return result;
        }
        for (int i = 0; i < paths.size() && problems.size() < limits.maxProblems(); i++) {
            String path = paths.get(i);
            String pointer = "/files/" + key + "/" + i;
            String bad = AtlasSource.checkRelativePath(path);
            if (bad != null) {
                problems.add(manifest.problem(pointer, bad));
                continue;
            }
            List<AtlasProblem> fileProblems = new ArrayList<>();
            Parsed<T> parsed = read(source, path, kind, type, fileProblems, manifest, pointer);
            problems.addAll(fileProblems);
            if (parsed != null) {
                result.add(parsed);
            }
        }
        return result;
    }

    private <T> Parsed<T> read(AtlasSource source, String path, FileKind kind, Class<T> type,
                               List<AtlasProblem> problems) {
        return read(source, path, kind, type, problems, null, "");
    }

    private <T> Parsed<T> read(AtlasSource source, String path, FileKind kind, Class<T> type,
                               List<AtlasProblem> problems, Parsed<Dto.AtlasFile> listedIn, String pointer) {
        byte[] bytes;
        try {
            bytes = source.read(path, limits.maxFileBytes());
        } catch (AtlasReadException e) {
            // A missing listed file is the manifest's fault: point at the entry that names it.
            problems.add(listedIn != null ? listedIn.problem(pointer, e.getMessage())
                    : new AtlasProblem(path, 0, 0, "", e.getMessage()));
            return null;
        }
        LocatedJson json = LocatedJson.parse(path, bytes, limits, problems);
        if (json == null) {
            return null;
        }
        if (!json.root().isObject()) {
            problems.add(json.problem("", "expected a JSON object at the top of the file"));
            return null;
        }
        if (buildChecks && !new SchemaCheck().check(json, kind, problems)) {
            return null;
        }
        try {
            return new Parsed<>(json, Json.MAPPER.treeToValue(json.root(), type));
        } catch (Exception e) {
            // The schema admits only what the DTOs can hold; reaching here means the two drifted apart.
            problems.add(json.problem("", "cannot be read as " + kind.name().toLowerCase() + " data: "
                    + firstLine(e.getMessage())));
            return null;
        }
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unknown error";
        }
        int cut = message.indexOf('\n');
        return cut < 0 ? message : message.substring(0, cut);
    }

    /**
     * The one mapper (thread-safe once built), made on first use: building it loads some 400 Jackson
     * classes, which belongs on the thread that reads the atlas, not on the JavaFX thread that merely
     * constructs the loader at start-up.
     */
    private static final class Json {
        static final ObjectMapper MAPPER = JsonMapper.builder()
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .build();
    }
}
