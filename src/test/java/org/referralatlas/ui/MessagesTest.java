package org.referralatlas.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.referralatlas.model.Side;
import org.referralatlas.model.TechniqueCategory;
import org.referralatlas.model.ZoneKind;
import org.referralatlas.query.SearchHit;
import org.referralatlas.ui.shell.AppMode;

/** Every UI text key the code uses exists in the one resource bundle. */
class MessagesTest {
    private static final ResourceBundle BUNDLE = ResourceBundle.getBundle("org.referralatlas.ui.messages");
    private static final Pattern LITERAL_KEY = Pattern.compile(
            "(?:Messages\\.(?:get|format|plain)|\\bitem)\\(\"([a-zA-Z0-9.]+)\"");

    @Test
    void everyLiteralKeyInTheUiSourcesExists() throws IOException {
        List<String> missing = new ArrayList<>();
        int found = 0;
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/org/referralatlas/ui"))) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = LITERAL_KEY.matcher(Files.readString(file));
                while (m.find()) {
                    found++;
                    // A key ending in "." is a prefix completed at run time; keysBuiltFromEnumsExist covers those.
                    if (!m.group(1).endsWith(".") && !BUNDLE.containsKey(m.group(1))) {
                        missing.add(file.getFileName() + ": " + m.group(1));
                    }
                }
            }
        }
        assertTrue(found > 50, "expected many message keys, found " + found);
        assertEquals(List.of(), missing);
    }

    @Test
    void keysBuiltFromEnumsExist() {
        TreeSet<String> keys = new TreeSet<>();
        for (ZoneKind k : ZoneKind.values()) {
            keys.add("detail." + k.id());
        }
        for (TechniqueCategory c : TechniqueCategory.values()) {
            keys.add("category." + c.id());
        }
        for (SearchHit.Kind k : SearchHit.Kind.values()) {
            keys.add("search.kind." + k.id());
        }
        for (Side s : Side.values()) {
            keys.add("toolbar.side." + s.id());
        }
        for (AppMode m : AppMode.values()) {
            keys.add(m.messageKey());
        }
        keys.removeIf(BUNDLE::containsKey);
        assertEquals(new TreeSet<>(), keys);
    }
}
