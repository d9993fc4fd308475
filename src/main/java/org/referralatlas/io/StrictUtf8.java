package org.referralatlas.io;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Strict UTF-8 checking before JSON parsing. Jackson's parser decodes some malformed sequences,
 * such as the overlong pair {@code C0 AF}, as if they were valid ({@code /}): a classic way to slip
 * a character past a check. The JDK's decoder refuses every malformed, overlong or surrogate form.
 */
public final class StrictUtf8 {
    private StrictUtf8() {
    }

    /** Offset of the first byte that is not part of well-formed UTF-8, or -1 when all of it is. */
    public static int firstMalformed(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(8192);
        while (true) {
            CoderResult result = decoder.decode(in, out, true);
            if (result.isError()) {
                return in.position();
            }
            if (result.isUnderflow()) {
                CoderResult end = decoder.flush(out.clear());
                return end.isError() ? in.position() : -1;
            }
            out.clear();
        }
    }

    /** 1-based line and column (in bytes) of an offset, for a problem's location. */
    public static int[] lineAndColumn(byte[] bytes, int offset) {
        int line = 1, lineStart = 0;
        for (int i = 0; i < offset && i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new int[] {line, offset - lineStart + 1};
    }
}
