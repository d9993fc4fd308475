package org.referralatlas.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Atlases too big, too deep or too long for the {@link Limits}: each gives one located, one-line
 * problem. Small custom limits keep the oversized inputs small and the tests fast.
 */
class HostileAtlasLimitsTest extends HostileAtlasFixture {
    @Test
    void fileOverTheSizeLimitIsRefused() throws IOException {
        // Valid JSON padded with spaces: only its size is wrong.
        pad("symptoms.json");
        long size = Files.size(atlas.resolve("symptoms.json"));
        assertProblems(SMALL, "atlas.json:13:18: $.files.symptoms[0]: file \"symptoms.json\" is " + size
                + " bytes, more than the limit of 8192 bytes");
    }

    @Test
    void manifestOverTheSizeLimitIsRefused() throws IOException {
        pad("atlas.json");
        long size = Files.size(atlas.resolve("atlas.json"));
        assertProblems(SMALL, "atlas.json:0:0: file \"atlas.json\" is " + size
                + " bytes, more than the limit of 8192 bytes");
    }

    @Test
    void nestingDeeperThanTheLimitIsRefused() throws IOException {
        Files.writeString(atlas.resolve("symptoms.json"), "{\n  \"symptoms\": " + "[".repeat(100)
                + "]".repeat(100) + "\n}\n");
        // The object is level 1, so the 16th '[' (column 15 + 15) is level 17, the first one too deep.
        assertProblems(SMALL, "symptoms.json:2:30: JSON is nested deeper than the limit of 16 levels");
    }

    @Test
    void stringLongerThanTheLimitIsRefused() throws IOException {
        // Jackson checks string length as its buffer grows, so go well past the limit.
        Files.writeString(atlas.resolve("symptoms.json"), "{\n  \"symptoms\": [\n    { \"id\": \"x\", \"name\": \""
                + "a".repeat(5 * SMALL.maxStringLength()) + "\" }\n  ]\n}\n");
        assertProblems(SMALL, "symptoms.json:3:26: a text value is longer than the limit of 1000 characters");
    }

    @Test
    void fieldNameLongerThanTheLimitIsRefused() throws IOException {
        Files.writeString(atlas.resolve("symptoms.json"), "{\n  \"symptoms\": [],\n  \""
                + "k".repeat(5 * SMALL.maxStringLength()) + "\": 1\n}\n");
        String line = onlyProblem(SMALL);
        assertTrue(line.matches("symptoms\\.json:[1-3]:\\d+: a field name is longer than the limit of "
                + "1000 characters"), line);
    }

    @Test
    void pathWithMorePointsThanTheLimitIsRefused() throws IOException {
        String longPath = "M80,60 " + "L120,60 L120,120 L80,120 ".repeat(20) + "Z";
        edit("regions.json", "M80,60 L120,60 L120,120 L80,120 Z", longPath);
        // The zone in trapezius.json naming this region is not judged against a path that could not be read.
        assertProblems(SMALL, "regions.json:16:33: $.regions[2].shapes.posterior[0]: path has more than 50 points, "
                + "the limit for one path");
    }

    @Test
    void manifestListingMoreFilesThanTheLimitIsRefused() {
        assertProblems(new Limits(8192, 5, 16, 1000, 50),
                "atlas.json:10:3: $.files: lists 8 files, more than the limit of 5");
    }

    @Test
    void theWholeAtlasIsCappedNotOnlyEachFile() {
        Limits tight = new Limits(8192, 20, 16, 1000, 50, 4000, 10_000, 1000);
        AtlasLoader.Result result = load(tight);
        assertNull(result.atlas());
        assertTrue(lines(result).stream().anyMatch(l -> l.contains("for all its files together")), lines(result)
                .toString());
    }

    @Test
    void aFileOfMillionsOfValuesStopsAtTheValueLimit() throws IOException {
        symptomsOfOnes(300_000);
        assertProblems(Limits.DEFAULT, "symptoms.json:1:400011: the file holds more than the limit of 200000 JSON values");
    }

    @Test
    void problemsStopAtTheLimitAndTheRestAreCounted() throws IOException {
        symptomsOfOnes(5000);
        AtlasLoader.Result result = load(Limits.DEFAULT);
        assertEquals(Limits.DEFAULT.maxProblems(), result.problems().size());
        assertEquals(5000, result.problemCount());
    }

    /** Pads a file with 10,000 trailing spaces: still valid JSON, only too big. */
    private void pad(String file) throws IOException {
        Path path = atlas.resolve(file);
        Files.writeString(path, Files.readString(path) + " ".repeat(10_000));
    }

    /** A symptoms file listing {@code n} numbers: each a schema problem, all of them values. */
    private void symptomsOfOnes(int n) throws IOException {
        Files.writeString(atlas.resolve("symptoms.json"), "{\"symptoms\": [" + String.join(",",
                java.util.Collections.nCopies(n, "1")) + "]}");
    }
}
