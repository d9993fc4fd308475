package org.referralatlas.properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ContainerNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.referralatlas.data.AtlasLoader;
import org.referralatlas.data.AtlasProblem;
import org.referralatlas.data.AtlasSource;

/**
 * Generated atlases against the loader and the validator: the corpus base atlas, damaged at the
 * byte level (for the parser) or at the value level (for the schema and the validator). Whatever
 * comes in, loading returns problems or an atlas, never throws, and every problem is one plain line.
 */
class AtlasLoaderProperties {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, byte[]> BASE = base();

    private static Map<String, byte[]> base() {
        Path root = Path.of("src/test/resources/malformed/_base");
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.filter(Files::isRegularFile).sorted().toList()) {
                files.put(root.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    private static AtlasSource source(Map<String, byte[]> files) {
        return new AtlasSource() {
            @Override
            public byte[] read(String relativePath, long maxBytes) throws AtlasReadException {
                String bad = AtlasSource.checkRelativePath(relativePath);
                if (bad != null) {
                    throw new AtlasReadException(bad);
                }
                byte[] bytes = files.get(relativePath);
                if (bytes == null) {
                    throw new AtlasReadException("file not found: " + relativePath);
                }
                if (bytes.length > maxBytes) {
                    throw new AtlasReadException("too large: " + relativePath);
                }
                return bytes;
            }

            @Override
            public String describe() {
                return "generated";
            }
        };
    }

    private static void assertLoadsCleanly(Map<String, byte[]> files) {
        AtlasLoader.Result result = new AtlasLoader().load(source(files));
        assertNotNull(result);
        if (result.ok()) {
            assertEquals(0, result.problemCount());
        } else {
            assertFalse(result.problems().isEmpty());
            assertTrue(result.problems().size() <= 1000);
        }
        for (AtlasProblem p : result.problems()) {
            String line = p.format();
            assertFalse(line.contains("\n") || line.contains("\r"), "problem spans lines: " + line);
            assertFalse(line.contains("internal error"), "the loader's last line of defence was reached: " + line);
            Hostile.assertPlain(line);
        }
    }

    @Property(seed = "1701")
    void byteLevelDamageNeverEscapesAsAnException(@ForAll("damagedFiles") Map<String, byte[]> files) {
        assertLoadsCleanly(files);
    }

    @Property(seed = "1702")
    void valueLevelDamageIsReportedNotThrown(@ForAll("replacedValues") Map<String, byte[]> files) {
        assertLoadsCleanly(files);
    }

    @net.jqwik.api.Example
    void theUndamagedBaseLoads() {
        assertNull(new AtlasLoader().load(source(BASE)).problems().stream().findFirst().orElse(null));
    }

    @Provide
    Arbitrary<Map<String, byte[]>> damagedFiles() {
        List<String> names = new ArrayList<>(BASE.keySet());
        Arbitrary<String> file = Arbitraries.of(names);
        Arbitrary<Integer> position = Arbitraries.integers().between(0, 100_000);
        Arbitrary<byte[]> insert = Arbitraries.oneOf(
                Arbitraries.bytes().array(byte[].class).ofMinSize(1).ofMaxSize(8),
                Hostile.text().map(s -> s.getBytes(StandardCharsets.UTF_8)),
                Arbitraries.of(new byte[] {(byte) 0xC0, (byte) 0xAF}, new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
                        "[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[".getBytes(), "\"\\u0000\"".getBytes(),
                        "1e99999".getBytes()));
        Arbitrary<Integer> cut = Arbitraries.integers().between(0, 20);
        return Combinators.combine(file, position, insert, cut).as((name, at, bytes, remove) -> {
            Map<String, byte[]> files = new LinkedHashMap<>(BASE);
            byte[] original = files.get(name);
            int p = at % (original.length + 1);
            int end = Math.min(original.length, p + remove);
            byte[] damaged = new byte[p + bytes.length + original.length - end];
            System.arraycopy(original, 0, damaged, 0, p);
            System.arraycopy(bytes, 0, damaged, p, bytes.length);
            System.arraycopy(original, end, damaged, p + bytes.length, original.length - end);
            files.put(name, damaged);
            return files;
        });
    }

    @Provide
    Arbitrary<Map<String, byte[]>> replacedValues() {
        List<String> names = new ArrayList<>(BASE.keySet());
        Arbitrary<String> replacement = Arbitraries.oneOf(Hostile.number(),
                Hostile.text().map(s -> {
                    try {
                        return JSON.writeValueAsString(s);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }),
                Arbitraries.of("null", "true", "[]", "{}", "[1e308, -1e308, 1e308, 1e308]", "[0, 0, 20000, 20000]",
                        "[0, 0, 0]", "{\"x\": [1, 2]}", "\"views/../../secret.json\""));
        return Combinators.combine(Arbitraries.of(names), Arbitraries.integers().between(0, 10_000),
                replacement.list().ofMinSize(1).ofMaxSize(3)).as((name, pick, values) -> {
                    Map<String, byte[]> files = new LinkedHashMap<>(BASE);
                    try {
                        JsonNode root = JSON.readTree(files.get(name));
                        for (int i = 0; i < values.size(); i++) {
                            markOneValue(root, pick + i * 7919, "@@R" + i + "@@");
                        }
                        String text = JSON.writeValueAsString(root);
                        for (int i = 0; i < values.size(); i++) {
                            text = text.replace("\"@@R" + i + "@@\"", values.get(i));
                        }
                        files.put(name, text.getBytes(StandardCharsets.UTF_8));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    return files;
                });
    }

    /** Puts a marker text in place of the n-th value (depth first, modulo the count); raw JSON replaces it later. */
    private static void markOneValue(JsonNode root, int n, String marker) {
        List<String[]> slots = new ArrayList<>();
        collect(root, "", slots);
        String[] slot = slots.get(Math.floorMod(n, slots.size()));
        JsonNode parent = slot[0].isEmpty() ? root : root.at(slot[0]);
        if (parent instanceof ObjectNode o) {
            o.put(slot[1], marker);
        } else if (parent instanceof ArrayNode a) {
            a.set(Integer.parseInt(slot[1]), JSON.getNodeFactory().textNode(marker));
        }
    }

    private static void collect(JsonNode node, String pointer, List<String[]> slots) {
        if (node instanceof ObjectNode o) {
            for (Iterator<String> it = o.fieldNames(); it.hasNext(); ) {
                String name = it.next();
                slots.add(new String[] {pointer, name});
                collect(o.get(name), pointer + "/" + name.replace("~", "~0").replace("/", "~1"), slots);
            }
        } else if (node instanceof ContainerNode<?> c) {
            for (int i = 0; i < c.size(); i++) {
                slots.add(new String[] {pointer, String.valueOf(i)});
                collect(c.get(i), pointer + "/" + i, slots);
            }
        }
    }
}
