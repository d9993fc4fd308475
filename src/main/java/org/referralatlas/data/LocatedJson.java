package org.referralatlas.data;

import org.referralatlas.io.StrictUtf8;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import org.referralatlas.io.PlainText;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A JSON document read into a tree together with the line and column of every value, keyed by
 * JSON Pointer, so that any problem found later can be reported where it is in the file.
 */
public final class LocatedJson {
    private final String file;
    private final JsonNode root;
    private final Map<String, int[]> locations;

    private LocatedJson(String file, JsonNode root, Map<String, int[]> locations) {
        this.file = file;
        this.root = root;
        this.locations = locations;
    }

    public String file() {
        return file;
    }

    public JsonNode root() {
        return root;
    }

    /**
     * Parses a document. Syntax errors, duplicate keys and broken limits come back as problems,
     * in which case the result is null.
     */
    public static LocatedJson parse(String file, byte[] bytes, Limits limits, List<AtlasProblem> problems) {
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(limits.maxNestingDepth())
                        .maxStringLength(limits.maxStringLength())
                        // A field name is a string too: without this a name could run to Jackson's default.
                        .maxNameLength(limits.maxStringLength())
                        .maxNumberLength(40)
                        .build())
                .enable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
                .build();
        int malformed = StrictUtf8.firstMalformed(bytes);
        if (malformed >= 0) {
            int[] at = StrictUtf8.lineAndColumn(bytes, malformed);
            problems.add(new AtlasProblem(file, at[0], at[1], "", "the file is not valid UTF-8 text (byte "
                    + (malformed + 1) + ")"));
            return null;
        }
        Map<String, int[]> locations = new HashMap<>();
        List<AtlasProblem> found = new ArrayList<>();
        JsonParser parser = null;
        try (JsonParser p = factory.createParser(bytes)) {
            parser = p;
            JsonToken first = parser.nextToken();
            if (first == null) {
                problems.add(new AtlasProblem(file, 1, 1, "", "file is empty; expected a JSON object"));
                return null;
            }
            JsonNode root = readValue(parser, "", locations, file, found, limits.maxValuesPerFile());
            JsonToken trailing = parser.nextToken();
            if (trailing != null) {
                JsonLocation at = parser.currentTokenLocation();
                found.add(new AtlasProblem(file, at.getLineNr(), at.getColumnNr(), "",
                        "unexpected content after the end of the JSON document"));
            }
            problems.addAll(found);
            return found.isEmpty() ? new LocatedJson(file, root, locations) : null;
        } catch (TooManyValues e) {
            JsonLocation at = parser.currentTokenLocation();
            problems.add(new AtlasProblem(file, at.getLineNr(), at.getColumnNr(), "", "the file holds more than "
                    + "the limit of " + limits.maxValuesPerFile() + " JSON values"));
            return null;
        } catch (JsonProcessingException e) {
            problems.addAll(found);
            // Limit violations carry no location; the token being read when a limit broke is the culprit.
            JsonLocation at = e.getLocation() != null ? e.getLocation()
                    : parser != null ? parser.currentTokenLocation() : null;
            problems.add(new AtlasProblem(file, at == null ? 0 : at.getLineNr(), at == null ? 0 : at.getColumnNr(),
                    "", JsonMessages.syntax(e)));
            return null;
        } catch (IOException e) {
            problems.add(new AtlasProblem(file, 0, 0, "", "cannot read: " + e.getMessage()));
            return null;
        }
    }

    /** More values than {@link Limits#maxValuesPerFile()}: stops parsing at once. */
    private static final class TooManyValues extends IOException {
    }

    private static JsonNode readValue(JsonParser p, String pointer, Map<String, int[]> locations, String file,
                                      List<AtlasProblem> problems, int maxValues) throws IOException {
        JsonLocation at = p.currentTokenLocation();
        if (locations.size() >= maxValues) {
            throw new TooManyValues();
        }
        locations.putIfAbsent(pointer, new int[] {at.getLineNr(), at.getColumnNr()});
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        switch (p.currentToken()) {
            case START_OBJECT -> {
                ObjectNode object = nodes.objectNode();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String name = p.currentName();
                    JsonLocation nameAt = p.currentTokenLocation();
                    String child = pointer + "/" + escape(name);
                    checkText(name, nameAt, child, file, problems);
                    boolean duplicate = object.has(name);
                    if (duplicate) {
                        problems.add(new AtlasProblem(file, nameAt.getLineNr(), nameAt.getColumnNr(),
                                JsonPaths.display(child), "field \"" + name + "\" appears twice in this object"));
                    } else {
                        locations.put(child, new int[] {nameAt.getLineNr(), nameAt.getColumnNr()});
                    }
                    p.nextToken();
                    JsonNode value = readValue(p, child, locations, file, problems, maxValues);
                    if (!duplicate) {
                        object.set(name, value);
                    }
                }
                return object;
            }
            case START_ARRAY -> {
                ArrayNode array = nodes.arrayNode();
                int index = 0;
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    array.add(readValue(p, pointer + "/" + index++, locations, file, problems, maxValues));
                }
                return array;
            }
            case VALUE_STRING -> {
                String text = p.getText();
                checkText(text, at, pointer, file, problems);
                return nodes.textNode(text);
            }
            case VALUE_NUMBER_INT -> {
                // Beyond a long it is still a number; the schema and the validator judge its size.
                return p.getNumberType() == JsonParser.NumberType.BIG_INTEGER
                        ? nodes.numberNode(p.getDoubleValue()) : nodes.numberNode(p.getLongValue());
            }
            case VALUE_NUMBER_FLOAT -> {
                return nodes.numberNode(p.getDoubleValue());
            }
            case VALUE_TRUE -> {
                return nodes.booleanNode(true);
            }
            case VALUE_FALSE -> {
                return nodes.booleanNode(false);
            }
            case VALUE_NULL -> {
                return nodes.nullNode();
            }
            default -> throw new IllegalStateException("unexpected token " + p.currentToken());
        }
    }

    /** Control characters would let printed text forge lines or drive a terminal: none in an atlas. */
    private static void checkText(String text, JsonLocation at, String pointer, String file,
                                  List<AtlasProblem> problems) {
        int bad = PlainText.firstControl(text);
        if (bad >= 0) {
            problems.add(new AtlasProblem(file, at.getLineNr(), at.getColumnNr(), JsonPaths.display(pointer),
                    "text contains the control character " + PlainText.escape(text.substring(bad, bad + 1))
                            + "; atlas text is one line of printable characters"));
        }
    }

    static String escape(String name) {
        return name.replace("~", "~0").replace("/", "~1");
    }

    /** Builds a problem located at a JSON Pointer (or its nearest located ancestor). */
    public AtlasProblem problem(String pointer, String message) {
        String p = pointer;
        int[] at = locations.get(p);
        while (at == null && !p.isEmpty()) {
            p = p.substring(0, p.lastIndexOf('/'));
            at = locations.get(p);
        }
        if (at == null) {
            at = new int[] {1, 1};
        }
        return new AtlasProblem(file, at[0], at[1], JsonPaths.display(pointer), message);
    }
}
