package org.referralatlas.data;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import org.referralatlas.text.Fuzzy;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Validates atlas files against the JSON Schemas in {@code atlas-data/schema} (bundled on the
 * classpath), so the editor's validation and the loader's are the same rules, and words each
 * violation for a person.
 */
public final class SchemaCheck {
    public static final String SCHEMA_BASE = "https://referralatlas.org/schema/";

    // Shared by every loader: compiled schemas are immutable and thread-safe, and compiling them was
    // about 80% of a warm load of the bundled atlas (JMH AtlasLoadBenchmark: 41 ms fresh, 7 ms reused).
    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012,
            builder -> builder.schemaMappers(m -> m.mapPrefix(SCHEMA_BASE,
                    "classpath:" + BundledAtlasSource.RESOURCE_ROOT + "schema/")));
    private static final SchemaValidatorsConfig CONFIG = SchemaValidatorsConfig.builder()
            .pathType(PathType.JSON_POINTER)
            .build();
    private static final Map<String, JsonSchema> SCHEMAS = new ConcurrentHashMap<>();
    private static final Map<String, Set<String>> ALLOWED = new ConcurrentHashMap<>();

    /** Validates a document against {@code <kind>.schema.json}; adds problems, returns true when valid. */
    public boolean check(LocatedJson json, FileKind kind, List<AtlasProblem> problems) {
        JsonSchema schema = SCHEMAS.computeIfAbsent(kind.schemaFile(),
                f -> FACTORY.getSchema(SchemaLocation.of(SCHEMA_BASE + f), CONFIG));
        Collection<ValidationMessage> messages = schema.validate(json.root());
        List<AtlasProblem> found = new ArrayList<>();
        for (ValidationMessage m : messages) {
            String pointer = m.getInstanceLocation().toString();
            if ("required".equals(m.getType()) || "additionalProperties".equals(m.getType())) {
                // Locate unknown fields at the field itself; missing ones at the object that lacks them.
                String child = JsonPaths.child(pointer, m.getProperty());
                String message = word(m, json.root());
                if ("additionalProperties".equals(m.getType())) {
                    message += Fuzzy.closest(m.getProperty(), allowedFields(m))
                            .map(s -> " (did you mean \"" + s + "\"?)").orElse("");
                }
                found.add(json.problem("required".equals(m.getType()) ? pointer : child, message));
            } else {
                found.add(json.problem(pointer, word(m, json.root())));
            }
        }
        found.sort(Comparator.comparingInt(AtlasProblem::line).thenComparingInt(AtlasProblem::column));
        problems.addAll(found);
        return found.isEmpty();
    }

    /**
     * The field names the schema allows where an unknown field was found, for a "did you mean" hint:
     * the {@code properties} of the schema object that holds the failing {@code additionalProperties}.
     */
    private Set<String> allowedFields(ValidationMessage m) {
        String location = m.getSchemaLocation().toString();
        String suffix = "/additionalProperties";
        if (!location.endsWith(suffix)) {
            return Set.of();
        }
        return ALLOWED.computeIfAbsent(location.substring(0, location.length() - suffix.length()), parent -> {
            try {
                JsonNode properties = FACTORY.getSchema(SchemaLocation.of(parent), CONFIG).getSchemaNode()
                        .path("properties");
                Set<String> names = new TreeSet<>();
                properties.fieldNames().forEachRemaining(names::add);
                return names;
            } catch (RuntimeException e) {
                // A hint is a courtesy: without it the message is still right.
                return Set.of();
            }
        });
    }

    private static String word(ValidationMessage m, JsonNode root) {
        Object[] args = m.getArguments();
        String arg0 = args != null && args.length > 0 ? String.valueOf(args[0]) : "";
        return switch (m.getType()) {
            case "required" -> "missing required field \"" + m.getProperty() + "\"";
            case "additionalProperties" -> "unknown field \"" + m.getProperty() + "\"";
            // The arguments are (found, expected): name the expected type from the schema, the found one from the value.
            case "type" -> "expected " + article(args != null && args.length > 1 ? String.valueOf(args[1]) : arg0)
                    + ", found " + article(typeOf(m.getInstanceNode()));
            // Quote the rejected value: "selfcare" next to "self-care" shows the typo at a glance.
            case "enum" -> (m.getInstanceNode() != null && m.getInstanceNode().isTextual()
                    ? "\"" + m.getInstanceNode().asText() + "\" is not one of " : "must be one of ")
                    + arg0.replace("[", "").replace("]", "").replace(",", ", ").replaceAll("\\s+", " ");
            case "pattern" -> patternMessage(m, arg0);
            case "minLength" -> "must not be empty";
            case "minItems" -> "needs at least " + arg0 + " item" + ("1".equals(arg0) ? "" : "s");
            case "maxItems" -> "may have at most " + arg0 + " items";
            case "minimum" -> "must be at least " + arg0;
            case "maximum" -> "must be at most " + arg0;
            default -> stripLocation(m.getMessage());
        };
    }

    private static String patternMessage(ValidationMessage m, String pattern) {
        String value = m.getInstanceNode() == null ? "" : m.getInstanceNode().asText();
        if (pattern.startsWith("^[a-z0-9]+(-[a-z0-9]+)*$")) {
            return "\"" + value + "\" is not a valid id: use lower-case letters, digits and single hyphens";
        }
        if (pattern.contains("json")) {
            return "\"" + value + "\" is not a relative path to a .json file";
        }
        return "\"" + value + "\" does not have the expected form";
    }

    private static String stripLocation(String message) {
        int colon = message.indexOf(": ");
        return colon >= 0 && message.startsWith("/") ? message.substring(colon + 2) : message;
    }

    private static String typeOf(JsonNode node) {
        if (node == null || node.isNull()) {
            return "null";
        }
        if (node.isTextual()) {
            return "string";
        }
        if (node.isIntegralNumber()) {
            return "integer";
        }
        if (node.isNumber()) {
            return "number";
        }
        if (node.isBoolean()) {
            return "boolean";
        }
        return node.isArray() ? "array" : "object";
    }

    private static String article(String type) {
        return switch (type) {
            case "array", "object", "integer" -> "an " + type;
            case "null" -> "null";
            default -> "a " + type;
        };
    }
}
