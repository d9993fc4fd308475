package org.referralatlas.ui.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.referralatlas.TestAtlases;
import org.referralatlas.model.Point;
import org.referralatlas.model.ZoneKind;
import org.referralatlas.study.DeckStore;
import org.referralatlas.study.Feedback;
import org.referralatlas.study.ProgressStore;
import org.referralatlas.study.Question;
import org.referralatlas.study.QuizKind;

class StudyViewModelTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    private StudyViewModel viewModel(Path dataDir) {
        return new StudyViewModel(TestAtlases.mini(), new ProgressStore(dataDir, CLOCK), new DeckStore(dataDir, CLOCK),
                CLOCK, new Random(11));
    }

    /** The jaw deck holds temporalis and the upper teeth: one card per kind. */
    private StudyViewModel startJaw(QuizKind kind) {
        StudyViewModel vm = viewModel(dir);
        vm.chooseKinds(Set.of(kind));
        vm.chooseDeck("area:jaw");
        return vm;
    }

    @Test
    void theViewModelUsesOnlyBeansAndCollectionsOfJavaFx() throws IOException {
        for (String file : List.of("StudyViewModel.java", "Marking.java", "DeckList.java")) {
            String source = Files.readString(Path.of("src/main/java/org/referralatlas/ui/study", file));
            List<String> imports = source.lines().filter(l -> l.startsWith("import javafx."))
                    .filter(l -> !l.startsWith("import javafx.beans.") && !l.startsWith("import javafx.collections."))
                    .toList();
            assertEquals(List.of(), imports, file);
        }
    }

    @Test
    void observableCollectionsAreStableInstances() {
        // Unmodifiable wrappers listen weakly; a fresh wrapper per call would drop the UI's listeners.
        StudyViewModel vm = viewModel(dir);
        assertSame(vm.picked(), vm.picked());
        assertSame(vm.options(), vm.options());
        assertSame(vm.decks(), vm.decks());
    }

    @Test
    void decksAreOfferedAndNothingIsAskedBeforeOneIsChosen() {
        StudyViewModel vm = viewModel(dir);
        assertEquals(List.of("all", "area:head", "area:face", "area:neck", "area:jaw"),
                vm.decks().stream().map(d -> d.id()).toList());
        assertNull(vm.questionProperty().get());
        assertEquals("", vm.messageProperty().get());
    }

    @Test
    void pickingTheRightOptionByNumberGivesFullMarksAndSaves() {
        StudyViewModel vm = startJaw(QuizKind.NAME_THE_MUSCLE);
        Question.NameTheMuscle q = (Question.NameTheMuscle) vm.questionProperty().get();
        assertEquals(4, vm.options().size());
        assertNull(vm.marking().cursorProperty().get(), "no figure cursor when the answer is a choice");
        vm.paintAtCursor();
        vm.clickAtCursor();
        vm.moveCursor(1, 1);
        assertNull(vm.feedbackProperty().get(), "figure keys do nothing on a choice question");
        vm.submit();
        assertNull(vm.feedbackProperty().get(), "submitting with nothing chosen scores nothing");
        int wrong = q.answerIndex() == 0 ? 2 : 1;
        vm.choose(wrong);
        assertNull(vm.feedbackProperty().get(), "a click only selects; nothing is scored yet");
        assertEquals(Set.of(q.options().get(wrong - 1).id()), Set.copyOf(vm.picked()));
        vm.choose(q.answerIndex() + 1);
        assertEquals(Set.of(q.options().get(q.answerIndex()).id()), Set.copyOf(vm.picked()),
                "choosing again replaces the selection");
        assertEquals(0, new ProgressStore(dir, CLOCK).load().progress().cards().size(), "nothing saved before submit");
        vm.advance();

        Feedback feedback = vm.feedbackProperty().get();
        assertEquals(1, feedback.score().value());
        assertSame(q, feedback.question(), "the correct answer travels with the feedback");
        assertEquals(1, new ProgressStore(dir, CLOCK).load().progress().cards().size(), "saved at once");

        vm.choose(1);
        assertSame(feedback, vm.feedbackProperty().get(), "a second key press does not answer again");
        vm.advance();
        assertTrue(vm.finishedProperty().get());
        assertNull(vm.questionProperty().get());
        assertEquals(1, vm.statistics().get(0).attempts());

        vm.chooseKinds(Set.of(QuizKind.NAME_THE_MUSCLE, QuizKind.FIND_TRIGGER_POINT));
        vm.advance();
        assertFalse(vm.finishedProperty().get(), "Enter after the end studies the deck again");
        assertTrue(vm.questionProperty().get() instanceof Question.FindTriggerPoint,
                "the name card is due tomorrow; only the new card is asked");
        assertEquals(0, vm.remainingProperty().get());
    }

    @Test
    void aRegionQuestionTogglesByNumberAndSubmitsOnEnter() {
        StudyViewModel vm = startJaw(QuizKind.REGION_MUSCLES);
        Question.RegionMuscles q = (Question.RegionMuscles) vm.questionProperty().get();
        assertEquals(Set.of("temporalis"), q.correct());
        int temporalis = vm.options().stream().map(o -> o.id()).toList().indexOf("temporalis") + 1;
        int other = temporalis == 1 ? 2 : 1;
        vm.choose(other);
        vm.choose(temporalis);
        vm.choose(other);
        assertEquals(Set.of("temporalis"), vm.picked());
        vm.advance();
        assertEquals(1, vm.feedbackProperty().get().score().value());
    }

    @Test
    void theTriggerPointCanBeFoundWithArrowKeysAlone() {
        StudyViewModel vm = startJaw(QuizKind.FIND_TRIGGER_POINT);
        Question.FindTriggerPoint q = (Question.FindTriggerPoint) vm.questionProperty().get();
        Point target = q.targets().get(0).at();
        Point start = vm.marking().cursorProperty().get();
        assertEquals(new Point(400, 360), start, "the cursor starts at the centre of the view");
        vm.moveCursor((int) Math.round((target.x() - start.x()) / StudyViewModel.CURSOR_STEP),
                (int) Math.round((target.y() - start.y()) / StudyViewModel.CURSOR_STEP));
        vm.clickAtCursor();
        assertEquals(1, vm.feedbackProperty().get().score().value());
    }

    @Test
    void zonesArePaintedWithTwoBrushesAndScoredApart() {
        StudyViewModel vm = startJaw(QuizKind.MARK_ZONES);
        Question.MarkZones q = (Question.MarkZones) vm.questionProperty().get();
        // Temporalis TrP1: the temple is essential, the forehead spillover (centres from the mini atlas).
        Point temple = q.viewId().equals("lateral") ? new Point(450, 110) : new Point(336, 110);
        vm.paint(temple.x(), temple.y());
        vm.marking().toggleBrush();
        assertEquals(ZoneKind.SPILLOVER, vm.marking().brushProperty().get());
        vm.paint(10, 10);
        assertFalse(vm.marking().spilloverProperty().get().isEmpty());
        vm.advance();
        Feedback feedback = vm.feedbackProperty().get();
        assertTrue(feedback.score().parts().get("essential") > 0, feedback.score().toString());
        assertEquals(0, feedback.score().parts().get("spillover"), 1e-9);
    }

    @Test
    void aClassQuizAsksEveryCardAndRecordsNothing() {
        StudyViewModel vm = startJaw(QuizKind.NAME_THE_MUSCLE);
        vm.choose(((Question.NameTheMuscle) vm.questionProperty().get()).answerIndex() + 1);
        vm.submit();
        assertEquals(1, vm.progress().cards().size());

        vm.classQuiz(true);
        vm.chooseDeck("area:jaw");
        assertTrue(vm.questionProperty().get() instanceof Question.NameTheMuscle, "asked although not due");
        vm.choose(1);
        vm.submit();
        assertTrue(vm.feedbackProperty().get() != null, "scored and shown");
        assertEquals(1, vm.progress().of(vm.questionProperty().get().card()).orElseThrow().history().size(),
                "the class's answer is not the presenter's");
        assertEquals(1, new ProgressStore(dir, CLOCK).load().progress().of(vm.questionProperty().get().card())
                .orElseThrow().history().size());
    }

    @Test
    void aCorruptProgressFileIsReportedInOneLine() throws IOException {
        Files.writeString(dir.resolve("progress.json"), "{ truncated");
        StudyViewModel vm = viewModel(dir);
        assertTrue(vm.messageProperty().get().contains("progress.corrupt-20261123T100000Z.json"),
                vm.messageProperty().get());
        assertEquals(0, vm.progress().cards().size());
    }

    @Test
    void aFailedSaveIsReportedAndTheAnswerKept() throws IOException {
        Path notADirectory = Files.writeString(dir.resolve("file"), "x");
        StudyViewModel vm = viewModel(notADirectory);
        vm.chooseKinds(Set.of(QuizKind.NAME_THE_MUSCLE));
        vm.chooseDeck("area:jaw");
        vm.choose(1);
        vm.submit();
        assertTrue(vm.messageProperty().get().startsWith("Progress could not be saved"), vm.messageProperty().get());
        assertEquals(1, vm.progress().cards().size());
    }

    @Test
    void userDecksAreSavedAndOfferedAgainNextTime() {
        StudyViewModel vm = viewModel(dir);
        assertEquals("user:exam-1", vm.createUserDeck("Exam 1", List.of("temporalis", "suboccipitals")).id());
        assertEquals("user:exam-1-2", vm.createUserDeck("Exam 1", List.of("temporalis")).id());
        StudyViewModel reopened = viewModel(dir);
        assertEquals(List.of("user:exam-1", "user:exam-1-2"), reopened.decks().stream().map(d -> d.id())
                .filter(id -> id.startsWith("user:")).toList());
        reopened.deleteUserDeck("user:exam-1");
        assertEquals(6, viewModel(dir).decks().size());
    }
}
