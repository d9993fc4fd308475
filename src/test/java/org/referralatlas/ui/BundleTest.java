package org.referralatlas.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every user-facing string of the UI comes from a resource bundle, checked over all bundles
 * ({@code src/main/resources/**}{@code /*.properties}, each base and every locale beside it):
 * every key the code names exists, no user-facing call is given English text, each translation has
 * exactly its base's keys, and every pattern is a valid MessageFormat.
 */
class BundleTest {
    private static final Path RESOURCES = Path.of("src/main/resources");
    private static final Path UI = Path.of("src/main/java/org/referralatlas/ui");
    private static final Pattern LITERAL = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");
    private static final Pattern KEY = Pattern.compile("[a-z]+(\\.[a-zA-Z0-9]+)+");
    /** Calls that put text in front of the user; their literal arguments must come from a bundle. */
    private static final Pattern USER_FACING = Pattern.compile("(setText|setAccessibleText|setAccessibleHelp"
            + "|setPromptText|setTitle|setHeaderText|setContentText|message\\.set|accept"
            + "|new (Label|Button|Tooltip|MenuItem|Menu|CheckBox|ToggleButton|RadioButton|Tab|CheckMenuItem"
            + "|Hyperlink|Lesson|Alert|FileChooser\\.ExtensionFilter|TitledPane))\\(\\s*\"([^\"]*)\"");

    static Map<Path, Properties> bundles = new TreeMap<>();
    static Set<String> keys = new HashSet<>();
    static List<Path> sources;

    @BeforeAll
    static void read() throws IOException {
        try (Stream<Path> walk = Files.walk(RESOURCES)) {
            for (Path p : walk.filter(f -> f.toString().endsWith(".properties")).toList()) {
                Properties props = new Properties();
                props.load(new StringReader(Files.readString(p, StandardCharsets.ISO_8859_1)));
                bundles.put(p, props);
                props.stringPropertyNames().forEach(keys::add);
            }
        }
        try (Stream<Path> walk = Files.walk(UI)) {
            sources = walk.filter(f -> f.toString().endsWith(".java")).toList();
        }
        assertTrue(bundles.size() >= 2, "bundles found: " + bundles.keySet());
    }

    @Test
    void everyKeyTheUiNamesIsInABundle() throws IOException {
        Set<String> prefixes = new HashSet<>();
        keys.forEach(k -> prefixes.add(k.substring(0, k.indexOf('.'))));
        List<String> missing = new ArrayList<>();
        int named = 0;
        for (Path file : sources) {
            Matcher m = LITERAL.matcher(Files.readString(file));
            while (m.find()) {
                String s = m.group(1);
                if (KEY.matcher(s).matches() && prefixes.contains(s.substring(0, s.indexOf('.')))
                        && !s.matches(".*\\.(css|json|png|pdf|properties)")) {
                    named++;
                    if (!keys.contains(s)) {
                        missing.add(file.getFileName() + ": " + s);
                    }
                }
            }
        }
        assertTrue(named > 150, "keys named in the UI: " + named);
        assertEquals(List.of(), missing);
    }

    @Test
    void noUserFacingCallIsGivenEnglishText() throws IOException {
        List<String> english = new ArrayList<>();
        for (Path file : sources) {
            String code = Files.readString(file);
            Matcher m = USER_FACING.matcher(code);
            while (m.find()) {
                if (m.group(3).matches(".*[A-Za-z]{2,}.*")) {
                    english.add(file.getFileName() + ": " + m.group());
                }
            }
            if (code.contains("\"bundled atlas\"")) {
                english.add(file.getFileName() + ": \"bundled atlas\"");
            }
        }
        assertEquals(List.of(), english);
    }

    @Test
    void theCheckFindsEnglishWhereItIs() {
        assertTrue(USER_FACING.matcher("label.setText(\"Trigger point \" + n)").find());
        assertTrue(USER_FACING.matcher("new Lesson(\"Lesson\", null)").find());
        assertFalse(USER_FACING.matcher("label.setText(Messages.get(\"detail.title\"))").find());
    }

    @Test
    void everyTranslationHasExactlyItsBasesKeys() {
        for (Map.Entry<Path, Properties> e : bundles.entrySet()) {
            String name = e.getKey().getFileName().toString();
            Matcher locale = Pattern.compile("(.+?)_[a-z]{2}(_[A-Z]{2})?\\.properties").matcher(name);
            if (locale.matches()) {
                Properties base = bundles.get(e.getKey().resolveSibling(locale.group(1) + ".properties"));
                assertTrue(base != null, "a translation without its base: " + e.getKey());
                assertEquals(base.stringPropertyNames(), e.getValue().stringPropertyNames(), e.getKey().toString());
            }
        }
    }

    @Test
    void everyValueIsAValidPatternAndNoKeyIsWrittenTwice() throws IOException {
        for (Map.Entry<Path, Properties> e : bundles.entrySet()) {
            Set<String> seen = new HashSet<>();
            for (String line : Files.readAllLines(e.getKey(), StandardCharsets.ISO_8859_1)) {
                int eq = line.indexOf('=');
                if (!line.isBlank() && !line.startsWith("#") && eq > 0) {
                    assertTrue(seen.add(line.substring(0, eq).trim()), e.getKey() + ": key twice: " + line);
                }
            }
            for (String key : e.getValue().stringPropertyNames()) {
                String value = e.getValue().getProperty(key);
                assertFalse(value.isBlank(), key + " is empty");
                new MessageFormat(value.replace("'", "''"));
            }
        }
    }
}
