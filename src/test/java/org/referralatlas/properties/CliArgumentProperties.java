package org.referralatlas.properties;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.referralatlas.TestAtlases;
import org.referralatlas.cli.Cli;

/**
 * Generated command lines: any mix of commands, options and hostile values ends with exit code
 * 0, 1 or 2 and plain messages: no stack trace, no Java type, no raw terminal code. Output files
 * go to a temporary folder made for this class (jqwik has no {@code @TempDir}).
 */
class CliArgumentProperties {
    private static Path temp;

    @BeforeContainer
    static void makeTemp() throws IOException {
        temp = Files.createTempDirectory("cli-properties");
        Files.writeString(temp.resolve("drawing.json"), "{\"format\": \"referral-atlas-drawing\", \"version\": 1, "
                + "\"views\": [{\"view\": \"posterior\", \"strokes\": [{\"radius\": 8, \"points\": [[300, 200]]}]}]}");
    }

    @AfterContainer
    static void removeTemp() throws IOException {
        try (Stream<Path> walk = Files.walk(temp)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    @Property(seed = "1706")
    void anyCommandLineEndsCleanly(@ForAll("commandLines") List<String> args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.run(args.toArray(String[]::new), new PrintWriter(out), new PrintWriter(err));
        String all = out + "\n" + err;
        assertTrue(code == Cli.OK || code == Cli.PROBLEM || code == Cli.USAGE, "exit " + code + ": " + all);
        Hostile.assertPlain(all);
        assertFalse(err.toString().contains("internal error"), all);
    }

    @Provide
    Arbitrary<List<String>> commandLines() {
        Arbitrary<String> command = Arbitraries.of("validate", "regions", "muscles", "techniques", "muscle", "search",
                "symptom", "technique", "lookup", "figure", "rank-drawing", "handout", "nonsense", "--help", "--version");
        Arbitrary<String> value = Arbitraries.oneOf(Hostile.text().filter(s -> s.length() < 300),
                Arbitraries.of("traps", "upper-trapezius", "temple", "posterior", "lateral", "left", "right", "both",
                        "deep", "0.5", "16", "-1", "0", "1e9", "NaN", ",,,", "temple,,neck"));
        Arbitrary<List<String>> option = Arbitraries.oneOf(
                Arbitraries.of("--json", "--help").map(List::of),
                Arbitraries.of("--limit", "--side", "--layer", "--muscle", "--regions", "--note", "--scale")
                        .flatMap(o -> value.map(v -> List.of(o, v))),
                Arbitraries.of("--out", "--png").flatMap(o -> Arbitraries.of("a.png", "b.pdf", "a.png", "sub/x.png",
                        "drawing.json").map(f -> List.of(o, temp.resolve(f).toString()))),
                Arbitraries.just(List.of("--atlas", TestAtlases.MINI.toString())),
                Arbitraries.of("/dev/zero", "drawing.json", "nowhere.json", "").map(f -> List.of(f.startsWith("/")
                        ? f : temp.resolve(f).toString())));
        return net.jqwik.api.Combinators.combine(command, value.list().ofMaxSize(2), option.list().ofMaxSize(4))
                .as((c, values, options) -> {
                    List<String> args = new ArrayList<>();
                    args.add(c);
                    args.addAll(values);
                    options.forEach(args::addAll);
                    if (args.stream().noneMatch("--atlas"::equals)) {
                        args.addAll(List.of("--atlas", TestAtlases.MINI.toString()));
                    }
                    return args;
                });
    }
}
