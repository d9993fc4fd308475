package org.referralatlas.data;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;

/** Turns Jackson's parser messages into one plain line without source excerpts or Java names. */
final class JsonMessages {
    private JsonMessages() {
    }

    static String syntax(JsonProcessingException e) {
        if (e instanceof StreamConstraintsException) {
            String m = e.getOriginalMessage();
            if (m.contains("nesting depth")) {
                return "JSON is nested too deeply (limit exceeded)";
            }
            if (m.contains("String value length")) {
                return "a string value is too long (limit exceeded)";
            }
            if (m.contains("Number value length")) {
                return "a number has too many digits";
            }
            return "JSON exceeds a size limit";
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
            return "JSON ends too early: " + m.replaceFirst("^Unexpected end-of-input:?\\s*", "")
                    .replaceFirst("^within/between ", "inside ");
        }
        return "JSON syntax error: " + Character.toLowerCase(m.charAt(0)) + m.substring(1);
    }
}
