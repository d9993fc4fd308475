package org.referralatlas.properties;

import static org.junit.jupiter.api.Assertions.assertFalse;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/** Shared generators of nasty values and the checks every message must pass. */
final class Hostile {
    private Hostile() {
    }

    /** Text values an attacker would try: control characters, escapes, huge numbers as text, long runs. */
    static Arbitrary<String> text() {
        return Arbitraries.oneOf(
                Arbitraries.strings().all().ofMaxLength(40),
                Arbitraries.strings().withChars("\n\r\t\u0000\u001b[31m/\\\"'{}[]:,.").ofMaxLength(20),
                Arbitraries.of("NaN", "Infinity", "-Infinity", "1e308", "-1e308", "1e999", "0", "-1",
                        "123456789012345678901234567890", "", " ", "..", "../../etc/passwd", "/dev/zero",
                        "\u05e9\u05dc\u05d5\u05dd", "a\u0000b", "x\u001b[2J"),
                Arbitraries.strings().withChars('a', 'b').ofMinLength(500).ofMaxLength(3000));
    }

    /** A number as JSON source, including what JSON does not allow. */
    static Arbitrary<String> number() {
        return Arbitraries.oneOf(
                Arbitraries.doubles().map(d -> Double.isFinite(d) ? Double.toString(d) : "1"),
                Arbitraries.integers().map(String::valueOf),
                Arbitraries.of("NaN", "Infinity", "-0", "1e308", "1e-320", "-1e308", "1e400", "0.0",
                        "99999999999999999999999999999999999", "20000", "-20000"));
    }

    /** Asserts a message a user will see is plain: no Java types, no stack traces, no raw terminal codes. */
    static void assertPlain(String message) {
        for (String internal : new String[] {"Exception", "FileDto", "StrokeDto", "ViewDto", "JsonReadFeature",
            "\tat ", "java.lang", "com.fasterxml"}) {
            assertFalse(message.contains(internal), "internal detail shown: " + message);
        }
        assertFalse(message.contains("\u001b") || message.contains("\u0000"), "raw control code printed: "
                + message.replace("\u001b", "<ESC>").replace("\u0000", "<NUL>"));
    }
}
