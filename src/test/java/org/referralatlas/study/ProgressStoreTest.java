package org.referralatlas.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ProgressStoreTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneOffset.UTC);
    private static final Card CARD = new Card(QuizKind.MARK_ZONES, "temporalis");
    private static final Card OTHER = new Card(QuizKind.REGION_MUSCLES, "temple");

    @TempDir
    Path dir;

    private static Progress sample() {
        Scheduler scheduler = new Scheduler(CLOCK);
        return Progress.empty()
                .record(CARD, Score.of(0.9), scheduler)
                .record(CARD, Score.of(1), scheduler)
                .record(OTHER, Score.of(0.1), scheduler);
    }

    private List<String> filesInDir() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void roundTrip() throws IOException {
        ProgressStore store = new ProgressStore(dir, CLOCK);
        Progress progress = sample();
        store.save(progress);
        ProgressStore.LoadResult loaded = new ProgressStore(dir, CLOCK).load();
        assertEquals(progress, loaded.progress());
        assertEquals(2, loaded.progress().of(CARD).orElseThrow().history().size());
        assertTrue(loaded.message().isEmpty());
        assertEquals(List.of("progress.json"), filesInDir(), "no temporary file left behind");
    }

    @Test
    void missingFileIsEmptyProgressWithoutComplaint() {
        ProgressStore.LoadResult loaded = new ProgressStore(dir.resolve("not-yet"), CLOCK).load();
        assertEquals(Progress.empty(), loaded.progress());
        assertTrue(loaded.message().isEmpty());
    }

    @Test
    void saveCreatesTheDataDirectory() throws IOException {
        Path nested = dir.resolve(".referral-atlas");
        new ProgressStore(nested, CLOCK).save(sample());
        assertTrue(Files.isRegularFile(nested.resolve("progress.json")));
    }

    @Test
    void aWriteInterruptedHalfWayLeavesThePreviousFileIntact() throws IOException {
        new ProgressStore(dir, CLOCK).save(sample());
        byte[] before = Files.readAllBytes(dir.resolve("progress.json"));
        ProgressStore failing = new ProgressStore(dir, CLOCK, (out, dto) -> {
            out.write("{\"version\": 1, \"cards\": {\"mark-zo".getBytes(StandardCharsets.UTF_8));
            throw new IOException("disk full");
        });
        failing.load();
        IOException e = assertThrows(IOException.class, () -> failing.save(Progress.empty()));
        assertEquals("the disk is full", e.getMessage());
        assertEquals(new String(before, StandardCharsets.UTF_8),
                Files.readString(dir.resolve("progress.json")));
        assertEquals(List.of("progress.json"), filesInDir(), "the half-written temporary file is removed");
        assertEquals(sample(), new ProgressStore(dir, CLOCK).load().progress());
    }

    @Test
    void aTemporaryFileLeftByACrashIsIgnored() throws IOException {
        new ProgressStore(dir, CLOCK).save(sample());
        // What a kill -9 between writing and renaming leaves behind.
        Path fresh = Files.writeString(dir.resolve("progress.json.ra-00000000008123ab.tmp"),
                "{\"version\": 1, \"cards\": {\"ma");
        Files.setLastModifiedTime(fresh, FileTime.from(CLOCK.instant().minusSeconds(60)));
        Path stale = Files.writeString(dir.resolve("progress.json.ra-0000000000000777.tmp"), "{\"vers");
        Files.setLastModifiedTime(stale, FileTime.from(CLOCK.instant().minus(Duration.ofDays(3))));
        // A file of the user's that merely looks like a temporary file is not ours to delete.
        Path users = Files.writeString(dir.resolve("progress.json.777.tmp"), "mine");
        Files.setLastModifiedTime(users, FileTime.from(CLOCK.instant().minus(Duration.ofDays(3))));
        ProgressStore.LoadResult loaded = new ProgressStore(dir, CLOCK).load();
        assertEquals(sample(), loaded.progress());
        assertTrue(loaded.message().isEmpty());
        assertEquals(List.of("progress.json", "progress.json.777.tmp", "progress.json.ra-00000000008123ab.tmp"),
                filesInDir(),
                "a stale temporary file is removed; a fresh one may be another instance's save in progress");
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {
            "{\"version\": 1, \"cards\": {\"mark-zo",                     // truncated
            "not json at all",
            "",                                                           // empty file
            "[1, 2, 3]",                                                  // wrong shape
            "{\"version\": 7, \"cards\": {}}",                            // a format we do not know
            "{\"version\": 1, \"cards\": {\"mark-zones:temporalis\": {\"easeFactor\": 2.5, \"intervalDays\": -3,"
                    + " \"repetitions\": 0, \"due\": \"2026-11-24\", \"history\": []}}}",  // impossible value
            "{\"version\": 1, \"cards\": {\"mark-zones:temporalis\": {\"easeFactor\": 2.5, \"intervalDays\": 1,"
                    + " \"repetitions\": 0, \"due\": \"tomorrow\", \"history\": []}}}",    // bad date
            "{\"version\": 1, \"cards\": {\"no-such-kind:x\": {\"easeFactor\": 2.5, \"intervalDays\": 1,"
                    + " \"repetitions\": 0, \"due\": \"2026-11-24\", \"history\": []}}}"   // bad card id
    })
    void aCorruptFileIsSetAsideWithAMessageAndProgressStartsEmpty(String content) throws IOException {
        Files.writeString(dir.resolve("progress.json"), content);
        ProgressStore.LoadResult loaded = new ProgressStore(dir, CLOCK).load();

        assertEquals(Progress.empty(), loaded.progress());
        Path aside = dir.resolve("progress.corrupt-20261123T100000Z.json");
        assertEquals(List.of(aside.getFileName().toString()), filesInDir());
        assertEquals(content, Files.readString(aside), "the corrupt content is kept byte for byte");
        String message = loaded.message().orElseThrow();
        assertTrue(message.contains("progress.corrupt-20261123T100000Z.json"), message);
        assertTrue(message.contains("starts empty"), message);
        assertFalse(message.contains("\n"), "one line: " + message);
    }

    @Test
    void aSecondCorruptFileTheSameSecondDoesNotOverwriteTheFirst() throws IOException {
        Files.writeString(dir.resolve("progress.json"), "first");
        new ProgressStore(dir, CLOCK).load();
        Files.writeString(dir.resolve("progress.json"), "second");
        new ProgressStore(dir, CLOCK).load();
        assertEquals("first", Files.readString(dir.resolve("progress.corrupt-20261123T100000Z.json")));
        assertEquals("second", Files.readString(dir.resolve("progress.corrupt-20261123T100000Z-2.json")));
    }

    @Test
    void afterACorruptFileNewProgressIsSavedNormally() throws IOException {
        Files.writeString(dir.resolve("progress.json"), "garbage");
        ProgressStore store = new ProgressStore(dir, CLOCK);
        store.load();
        store.save(sample());
        assertEquals(sample(), new ProgressStore(dir, CLOCK).load().progress());
    }

    @Test
    void aDirectoryInPlaceOfTheFileIsReportedAndNeverOverwritten() throws IOException {
        // Stands for any file that exists but cannot be read.
        Files.createDirectories(dir.resolve("progress.json"));
        ProgressStore store = new ProgressStore(dir, CLOCK);
        ProgressStore.LoadResult loaded = store.load();
        assertTrue(loaded.message().orElseThrow().contains("nothing will be saved"), loaded.message().get());
        assertThrows(IOException.class, () -> store.save(sample()));
        assertTrue(Files.isDirectory(dir.resolve("progress.json")));
    }

    @Test
    void userDecksRoundTripAndACorruptDeckFileIsSetAside() throws IOException {
        DeckStore decks = new DeckStore(dir, CLOCK);
        List<UserDeck> saved = List.of(new UserDeck("exam-1", "Exam 1", List.of("temporalis", "suboccipitals")));
        decks.save(saved);
        assertEquals(saved, new DeckStore(dir, CLOCK).load().decks());

        Files.writeString(dir.resolve("decks.json"), "{\"version\": 1, \"decks\": [{\"id\": \"\"");
        DeckStore.LoadResult loaded = new DeckStore(dir, CLOCK).load();
        assertEquals(List.of(), loaded.decks());
        assertTrue(loaded.message().orElseThrow().contains("decks.corrupt-20261123T100000Z.json"));
        assertTrue(Files.exists(dir.resolve("decks.corrupt-20261123T100000Z.json")));
    }
}
