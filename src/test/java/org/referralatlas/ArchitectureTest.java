package org.referralatlas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The one dependency rule: the non-UI layers import nothing from JavaFX or ui. */
class ArchitectureTest {
    private static final Path SOURCES = Path.of("src/main/java/org/referralatlas");
    private static final Pattern FORBIDDEN = Pattern.compile(
            "^\\s*import\\s+(static\\s+)?(javafx\\.|org\\.referralatlas\\.ui\\b|org\\.controlsfx\\.)", Pattern.MULTILINE);

    @ParameterizedTest
    @ValueSource(strings = {"model", "data", "query", "geometry", "cli", "lesson", "export", "study", "io"})
    void coreLayerImportsNoJavaFx(String layer) throws IOException {
        List<String> offenders = new ArrayList<>();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(SOURCES.resolve(layer))) {
            files = walk.filter(p -> p.toString().endsWith(".java")).toList();
        }
        assertFalse(files.isEmpty(), "no sources found in " + layer);
        for (Path file : files) {
            String source = Files.readString(file);
            if (FORBIDDEN.matcher(source).find() || source.contains("javafx.") && !source.contains("import")) {
                offenders.add(file.toString());
            }
            // Fully qualified uses in code count too.
            if (source.replaceAll("(?s)/\\*.*?\\*/", "").replaceAll("//.*", "").matches("(?s).*\\bjavafx\\.[a-z]+\\.[A-Z].*")) {
                offenders.add(file + " (qualified name)");
            }
        }
        assertEquals(List.of(), offenders, layer + " must not depend on JavaFX or the UI");
    }
}
