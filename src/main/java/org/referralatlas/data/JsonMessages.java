package org.referralatlas.data;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.databind.DatabindException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.io.IOException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.referralatlas.text.Fuzzy;

/** Turns Jackson's parser messages into one plain line without source excerpts or Java names. */
final class JsonMessages {
    private static final Pattern NON_STANDARD = Pattern.compile("^Non-standard token '([^']*)'");
    private static final Pattern UNEXPECTED_CHAR =
            Pattern.compile("^Unexpected character \\('(.)' \\(code \\d+\\)\\):? (.*)", Pattern.DOTALL);
    private static final Pattern UNRECOGNIZED_TOKEN = Pattern.compile("^Unrecognized token '([^']*)'");
    private static final Pattern ALLOWED = Pattern.compile("maximum allowed \\((\\d+)");
    private static final Pattern START_MARKER = Pattern.compile("line: (\\d+), column: (\\d+)");

    private JsonMessages() {
    }

    /**
     * Why Jackson could not read a document into objects, in one plain line with its position:
     * no Java class names, no Jackson feature hints.
     */
    static String reading(IOException e) {
        if (!(e instanceof JsonProcessingException j)) {
            return e.getMessage() == null ? "cannot be read" : e.getMessage();
        }
        String where = j.getLocation() == null || j.getLocation().getLineNr() < 1 ? ""
                : " (line " + j.getLocation().getLineNr() + ", column " + j.getLocation().getColumnNr() + ")";
        String field = "";
        if (e instanceof JsonMappingException d && !d.getPath().isEmpty()) {
            StringBuilder sb = new StringBuilder();
            for (JsonMappingException.Reference r : d.getPath()) {
                sb.append(r.getFieldName() != null ? (sb.length() == 0 ? "" : ".") + r.getFieldName()
                        : "[" + r.getIndex() + "]");
            }
            field = "\"" + sb + "\" ";
        }
        String m = j.getOriginalMessage() == null ? "" : j.getOriginalMessage();
        if (e instanceof UnrecognizedPropertyException u) {
            return "unknown field \"" + u.getPropertyName() + "\"" + where;
        }
        if (m.startsWith("Non-standard token")) {
            return "NaN and Infinity are not numbers in JSON" + where;
        }
        if (e instanceof InputCoercionException || m.contains("out of range")) {
            return "a number is too large" + where;
        }
        if (e instanceof MismatchedInputException) {
            return field.isEmpty() ? "a value has the wrong type" + where : "field " + field + "has the wrong type" + where;
        }
        if (e instanceof DatabindException) {
            return "a value cannot be read" + (field.isEmpty() ? "" : " at " + field.strip()) + where;
        }
        return syntax(j) + where;
    }

    static String syntax(JsonProcessingException e) {
        if (e instanceof StreamConstraintsException) {
            return limit(e.getOriginalMessage());
        }
        String plain = plainSyntax(e.getOriginalMessage());
        if (plain != null) {
            return "JSON syntax error: " + plain;
        }
        String m = e.getOriginalMessage();
        int cut = m.indexOf('\n');
        if (cut >= 0) {
            m = m.substring(0, cut);
        }
        m = m.replaceAll(" \\(code \\d+\\)", "")
                .replaceAll(" \\(for [A-Za-z .]+\\)", "")
                .replaceAll("\\(JSON String, Number, Array, Object or token 'null', 'true' or 'false'\\)",
                        "(a value)");
        if (m.startsWith("Unexpected end-of-input")) {
            return "JSON ends too early: " + endOfInput(e.getOriginalMessage());
        }
        // Jackson may quote the source document in a message; an author needs the position, not a dump.
        m = m.replaceAll("\\s*\\[Source: .*$", "");
        return "JSON syntax error: " + Character.toLowerCase(m.charAt(0)) + m.substring(1);
    }

    /**
     * Names the limit a document broke and its value. The length Jackson reports for a string is
     * where it noticed, not the real length, so only the limit is quoted.
     */
    private static String limit(String m) {
        Matcher allowed = ALLOWED.matcher(m);
        String max = allowed.find() ? allowed.group(1) : "?";
        if (m.startsWith("Document nesting depth")) {
            return "JSON is nested deeper than the limit of " + max + " levels";
        }
        if (m.startsWith("String value length")) {
            return "a text value is longer than the limit of " + max + " characters";
        }
        if (m.startsWith("Name length")) {
            return "a field name is longer than the limit of " + max + " characters";
        }
        if (m.startsWith("Number value length")) {
            return "a number has more than " + max + " digits";
        }
        return "JSON exceeds a size limit";
    }

    /**
     * Rewords the syntax errors authors make most (missing or trailing commas, unquoted names,
     * misspelt literals) in their terms; null for anything else, which gets the cleaned parser text.
     */
    private static String plainSyntax(String m) {
        Matcher c = UNEXPECTED_CHAR.matcher(m);
        if (c.find()) {
            String found = c.group(1);
            String rest = c.group(2);
            if (rest.startsWith("was expecting double-quote to start field name")) {
                return found.equals("}") ? "a comma before '}' has nothing after it (remove the trailing comma)"
                        : "field names must be in double quotes, found '" + found + "'";
            }
            if (rest.startsWith("was expecting comma to separate Array entries")) {
                return "missing comma between list items, found '" + found + "'";
            }
            if (rest.startsWith("was expecting comma to separate Object entries")) {
                // A field name where a ',' or '}' should be: often the '}' of the object above was
                // forgotten, and the parser notices only here, on the next field's line.
                return found.equals("\"") ? "missing '}' or ',' before this field?"
                        : "missing comma between fields, found '" + found + "'";
            }
            if (rest.startsWith("was expecting a colon")) {
                return "missing ':' between a field name and its value, found '" + found + "'";
            }
            if (rest.startsWith("maybe a (non-standard) comment")) {
                return "comments are not allowed in JSON";
            }
            if (rest.startsWith("expected a value") || rest.startsWith("expected a valid value")) {
                return switch (found) {
                    case "]" -> "a comma before ']' has nothing after it (remove the trailing comma)";
                    case "}" -> "a field has no value";
                    case "'" -> "text must be in double quotes, not single quotes";
                    default -> "expected a value, found '" + found + "'";
                };
            }
            return null;
        }
        Matcher nonStandard = NON_STANDARD.matcher(m);
        if (nonStandard.find()) {
            return "'" + nonStandard.group(1) + "' is not a number in JSON (NaN and Infinity are not allowed)";
        }
        Matcher token = UNRECOGNIZED_TOKEN.matcher(m);
        if (token.find()) {
            String word = token.group(1);
            String hint = Fuzzy.closest(word.toLowerCase(Locale.ROOT), List.of("true", "false", "null"))
                    .map(s -> " (did you mean " + s + "?)")
                    .orElse("; text values need double quotes");
            return "unknown word '" + word + "'" + hint;
        }
        if (m.startsWith("Invalid UTF-8")) {
            return "the file is not UTF-8 text (" + m.replaceFirst("^Invalid UTF-8 ", "").toLowerCase(Locale.ROOT)
                    + ")";
        }
        if (m.startsWith("Unexpected close marker")) {
            return "a closing '" + (m.contains("'}'") ? "}" : "]") + "' that closes nothing";
        }
        return null;
    }

    /** Says what was left open when the document stopped, in the author's terms rather than Jackson's. */
    private static String endOfInput(String m) {
        for (String[] kind : new String[][] {{"Object", "an object", "}"}, {"Array", "a list", "]"}}) {
            if (m.contains("close marker for " + kind[0])) {
                // The last "line: L, column: C" is Jackson's own; earlier ones could be quoted document text.
                Matcher start = START_MARKER.matcher(m);
                String where = "";
                while (start.find()) {
                    where = " opened at line " + start.group(1) + ", column " + start.group(2);
                }
                return kind[1] + where + " is never closed (missing '" + kind[2] + "')";
            }
            if (m.contains("between " + kind[0] + " entries")) {
                return "inside " + kind[1] + " (missing '" + kind[2] + "')";
            }
        }
        if (m.contains("VALUE_STRING")) {
            return "inside a text value (missing closing '\"')";
        }
        if (m.contains("field name")) {
            return "inside a field name (missing closing '\"')";
        }
        return "the document is incomplete";
    }
}
