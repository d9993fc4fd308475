package org.referralatlas.data;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Atlases whose content is hostile rather than large: binary garbage, overlong UTF-8, control
 * characters meant to forge output lines, numbers beyond any sane figure, and a source that fails
 * inside the loader. Each gives located problems, never an exception (issue 17: what validate
 * accepts, every command can handle).
 */
class HostileAtlasContentTest extends HostileAtlasFixture {
    @Test
    void hugeCoordinatesAreReportedNotClamped() throws IOException {
        edit("views/lateral.json", "\"at\": [90, 60]", "\"at\": [1e400, 60]");
        assertProblems(Limits.DEFAULT, "views/lateral.json:7:51: $.landmarks[0].at: position [Infinity, 60] lies "
                + "outside the view box of view \"lateral\"");
    }

    @Test
    void binaryGarbageGivesOneLocatedProblem() throws IOException {
        byte[] junk = new byte[3000];
        for (int i = 0; i < junk.length; i++) {
            junk[i] = (byte) (i * 37 + 11);
        }
        Files.write(atlas.resolve("regions.json"), junk);
        String line = onlyProblem(SMALL);
        assertTrue(line.matches("regions\\.json:[1-9]\\d*:[1-9]\\d*: .+"), line);
    }

    /** Stands in for any check with a bug: the loader's contract is problems, never an exception. */
    @Test
    void unexpectedFailureInsideTheLoaderBecomesAProblem() {
        AtlasSource failing = new AtlasSource() {
            @Override
            public byte[] read(String relativePath, long maxBytes) {
                throw new IllegalStateException("disk on fire");
            }

            @Override
            public String describe() {
                return "failing source";
            }
        };
        AtlasLoader.Result result = assertDoesNotThrow(() -> new AtlasLoader().load(failing));
        assertNull(result.atlas());
        assertEquals(List.of("atlas.json:0:0: the atlas could not be checked because of an internal error "
                + "(disk on fire); please report this"), lines(result));
    }

    @Test
    void aHugeViewBoxIsRefusedSoNoCommandSizesAnImageOrGridFromIt() throws IOException {
        edit("views/posterior.json", "\"viewBox\": [0, 0, 200, 200]", "\"viewBox\": [0, 0, 20000, 200]");
        edit("views/lateral.json", "\"viewBox\": [0, 0, 200, 200]", "\"viewBox\": [0, 0, 1e308, 200]");
        assertProblems(Limits.DEFAULT,
                "views/posterior.json:4:3: $.viewBox: view box is 20000.0 x 200.0 units; at most 2000 units a side",
                "views/lateral.json:4:21: $.viewBox[2]: view box numbers must be finite and within 100000 of 0");
    }

    @Test
    void anIntegerBeyondLongIsANumberTheValidatorJudges() throws IOException {
        edit("views/lateral.json", "\"midlineX\": 100", "\"midlineX\": 123456789012345678901234567890");
        assertProblems(Limits.DEFAULT, "views/lateral.json:5:3: $.midlineX: midline lies outside the view box");
    }

    @Test
    void controlCharactersInAtlasTextAreRefusedAndPrintedEscaped() throws IOException {
        edit("views/lateral.json", "\"name\": \"Lateral\"",
                "\"name\": \"Lateral\\nfake.json:1:1: $.x: injected line\\u001b[31m\"");
        assertEquals("views/lateral.json:3:11: $.name: text contains the control character \\n; atlas text "
                + "is one line of printable characters", onlyProblem(Limits.DEFAULT));
    }

    @Test
    void aManifestPathEndingInANewlineIsRefused() throws IOException {
        editManifest("\"regions.json\"", "\"regions.json\\n\"");
        AtlasLoader.Result result = load(Limits.DEFAULT);
        assertNull(result.atlas());
        assertTrue(lines(result).get(0).contains("control character \\n"), lines(result).toString());
    }

    @Test
    void overlongUtf8IsRefusedNotReadAsASlash() throws IOException {
        Path file = atlas.resolve("symptoms.json");
        byte[] bytes = Files.readAllBytes(file);
        String text = new String(bytes, StandardCharsets.UTF_8);
        int quote = text.indexOf('"', text.indexOf("\"id\"") + 5) + 1;
        byte[] hostile = new byte[bytes.length + 2];
        System.arraycopy(bytes, 0, hostile, 0, quote);
        hostile[quote] = (byte) 0xC0;
        hostile[quote + 1] = (byte) 0xAF;
        System.arraycopy(bytes, quote, hostile, quote + 2, bytes.length - quote);
        Files.write(file, hostile);
        String line = onlyProblem(Limits.DEFAULT);
        assertTrue(line.startsWith("symptoms.json:") && line.contains("not valid UTF-8"), line);
    }
}
