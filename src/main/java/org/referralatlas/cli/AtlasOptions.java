package org.referralatlas.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.referralatlas.data.AtlasLoader;
import org.referralatlas.model.Atlas;
import picocli.CommandLine.Option;

/** Options every command shares: which atlas, and machine-readable output. */
final class AtlasOptions {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @Option(names = "--atlas", paramLabel = "DIR", description = "Atlas folder to use instead of the bundled atlas.")
    Path atlas;

    @Option(names = "--json", description = "Print machine-readable JSON.")
    boolean json;

    /** Loads the chosen atlas, or fails with the first problems and a hint to run validate. */
    Atlas load() {
        AtlasLoader.Result result = load(atlas);
        if (!result.ok()) {
            StringBuilder sb = new StringBuilder("the atlas has ").append(result.problemCount())
                    .append(result.problemCount() == 1 ? " problem" : " problems")
                    .append("; run 'referral-atlas validate").append(atlas == null ? "" : " " + atlas)
                    .append("' to list them. First: ").append(result.problems().get(0).format());
            throw new Cli.CommandProblem(sb.toString());
        }
        return result.atlas();
    }

    static AtlasLoader.Result load(Path dir) {
        if (dir == null) {
            return new AtlasLoader().loadBundled();
        }
        if (!Files.exists(dir)) {
            throw new Cli.CommandProblem("atlas folder not found: " + dir);
        }
        if (!Files.isDirectory(dir)) {
            throw new Cli.CommandProblem(dir + " is a file, not an atlas folder (name the folder that holds "
                    + AtlasLoader.MANIFEST + ")");
        }
        return new AtlasLoader().load(dir);
    }

    /** The atlas folder in use, whose files no command may overwrite; null for the bundled atlas. */
    Path protectedFolder() {
        return atlas;
    }

    void printJson(PrintWriter out, Object value) {
        try {
            out.println(JSON.writeValueAsString(value));
        } catch (JsonProcessingException e) {
            throw new Cli.CommandProblem("cannot write JSON: " + e.getOriginalMessage());
        }
    }
}
