package org.referralatlas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The packaged jar: carries the bundled atlas, and its CLI never starts (or even loads) JavaFX. */
class RunnableJarIT {
    private static final Path JAR = Path.of(System.getProperty("jar.path", "target/referral-atlas.jar"));

    record Run(int code, String out, String err) {
    }

    private static Run java(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        // The jar logs to ~/.referral-atlas/logs by default; a test writes only into its own folder.
        command.add("-Dreferral.atlas.logs=" + Files.createTempDirectory("jar-logs"));
        command.addAll(List.of(args));
        Path out = Files.createTempFile("jar-out", ".txt");
        Path err = Files.createTempFile("jar-err", ".txt");
        Process p = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "timed out: " + command);
        return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    @Test
    void validatesTheBundledAtlasWithoutLoadingJavaFx() throws Exception {
        assertTrue(Files.isRegularFile(JAR), "missing " + JAR);
        Run r = java("-verbose:class", "-jar", JAR.toString(), "validate");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("bundled atlas: valid"), r.out());
        List<String> javafx = r.out().lines().filter(l -> l.contains("[class,load] javafx.")
                || l.contains("[class,load] com.sun.javafx.") || l.contains("[class,load] com.sun.glass.")).toList();
        assertEquals(List.of(), javafx, "the CLI must not load JavaFX");
    }

    /** The window started headless from the jar with --measure-startup, every class load printed. */
    private static Run measureStartupLoggingClasses() throws Exception {
        String monocle = Path.of(Class.forName("com.sun.glass.ui.monocle.MonoclePlatformFactory")
                .getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        Path home = Files.createTempDirectory("jar-home");
        Run r = java("-verbose:class", "-Duser.home=" + home, "-Djava.util.prefs.userRoot=" + home.resolve("prefs"),
                "-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw",
                "-cp", JAR + java.io.File.pathSeparator + monocle, "org.referralatlas.Launcher", "--measure-startup");
        return r;
    }

    /**
     * The window reaches its first frame with the atlas drawn without starting Logback (some 650
     * classes and an XML parse, README "Start-up and memory"): it starts at the first message logged.
     */
    @Test
    void theWindowReachesItsFirstFrameWithoutStartingLogging() throws Exception {
        Run r = measureStartupLoggingClasses();
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("ms from JVM start to the first frame with the atlas drawn"), r.out());
        List<String> logging = r.out().lines().filter(l -> l.contains("[class,load] ch.qos.logback.")).toList();
        assertEquals(List.of(), logging, "Logback started before the first frame");
    }

    /** The index of the line that reports the first frame with the atlas drawn. */
    private static int firstFrameLine(Run r, List<String> lines) {
        return lines.indexOf(lines.stream().filter(l -> l.contains("to the first frame with the atlas drawn"))
                .findFirst().orElseThrow(() -> new AssertionError(r.out())));
    }

    /**
     * The first frame has the figure only: the search box, ControlsFX (its autocompletion and segmented
     * buttons) and the study stores' Jackson mapper come after it, and the whole window does come. The
     * bundled atlas comes from the build's compact copy (CompactAtlas), so Jackson's parser and mapper
     * are not loaded before the first frame (the verifier loads two of its exception classes).
     */
    @Test
    void theFirstFrameComesBeforeTheMenuToolbarAndSearchAreBuilt() throws Exception {
        Run r = measureStartupLoggingClasses();
        assertEquals(0, r.code(), r.err());
        List<String> lines = r.out().lines().toList();
        int firstFrame = firstFrameLine(r, lines);
        List<String> early = lines.subList(0, firstFrame).stream().filter(l -> l.contains("[class,load] org.controlsfx.")
                || l.contains("[class,load] org.referralatlas.ui.search.SearchBox ")
                || l.contains("[class,load] org.referralatlas.study.JsonFileStore$Json ")
                || l.contains("[class,load] com.fasterxml.jackson.databind.")).toList();
        assertEquals(List.of(), early, "built before the first frame");
        assertTrue(lines.subList(firstFrame, lines.size()).stream()
                .anyMatch(l -> l.contains("[class,load] org.referralatlas.ui.search.SearchBox ")), "no search box after");
        assertTrue(r.out().contains("to the first frame of the whole window"), r.out());
    }

    /**
     * The first frame holds no control: no control class is initialised before it (Control's static
     * initialiser loads ControlHelper and JavaFX's default stylesheet, modena) and no control skin is
     * loaded; both come after it, with the body map and the rest of the window.
     */
    @Test
    void theFirstFrameInitialisesNoControlNorItsStylesheet() throws Exception {
        Run r = measureStartupLoggingClasses();
        assertEquals(0, r.code(), r.err());
        List<String> lines = r.out().lines().toList();
        int firstFrame = firstFrameLine(r, lines);
        java.util.function.Predicate<String> control = l -> l.contains("[class,load] com.sun.javafx.scene.control.ControlHelper ")
                || l.contains("[class,load] javafx.scene.control.skin.")
                || l.contains("[class,load] org.referralatlas.ui.bodymap.BodyMapViewSkin ");
        assertEquals(List.of(), lines.subList(0, firstFrame).stream().filter(control).toList(),
                "a control made before the first frame");
        assertTrue(lines.subList(firstFrame, lines.size()).stream().anyMatch(control), "no control after it either");
    }

    @Test
    void runsLookupOnTheBundledAtlas() throws Exception {
        Run r = java("-jar", JAR.toString(), "lookup", "temple", "--json");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("\"candidates\""), r.out());
        assertTrue(r.out().contains("\"muscle\" : \"upper-trapezius\""), r.out());
        assertEquals("", r.err());
    }

    @Test
    void badUsageExitsTwoWithOneLine() throws Exception {
        Run r = java("-jar", JAR.toString(), "lookup", "--side", "sideways", "temple");
        assertEquals(2, r.code());
        assertTrue(r.err().startsWith("referral-atlas: "), r.err());
    }

    @Test
    void drawsFiguresAndHandoutsHeadlessWithoutLoadingJavaFx() throws Exception {
        Path dir = Files.createTempDirectory("jar-export");
        Path png = dir.resolve("figure.png");
        Run figure = java("-verbose:class", "-jar", JAR.toString(), "figure", "posterior", "--muscle",
                "upper-trapezius", "--scale", "1", "--out", png.toString());
        assertEquals(0, figure.code(), figure.err());
        assertTrue(Files.size(png) > 0);
        assertEquals(List.of(), figure.out().lines().filter(l -> l.contains("[class,load] javafx.")
                || l.contains("[class,load] com.sun.javafx.") || l.contains("[class,load] com.sun.glass.")).toList(),
                "the CLI must not load JavaFX");
        Path pdf = dir.resolve("handout.pdf");
        // An Arabic note: the jar leaves out ICU's data files, and ArabicShaping must not need them.
        Run handout = java("-jar", JAR.toString(), "handout", "upper-trapezius", "--note",
                "\u0628\u064a\u062a \u0633\u0644\u0627\u0645", "--out", pdf.toString());
        assertEquals(0, handout.code(), handout.err());
        assertTrue(Files.readString(pdf, StandardCharsets.ISO_8859_1).startsWith("%PDF-"));
    }

    @Test
    void carriesIcuShapingButNotIcuData() throws IOException {
        try (java.util.jar.JarFile jar = new java.util.jar.JarFile(JAR.toFile())) {
            assertTrue(jar.getEntry("com/ibm/icu/text/ArabicShaping.class") != null, "the shaper is in the jar");
            assertEquals(List.of(), jar.stream().map(java.util.jar.JarEntry::getName)
                    .filter(n -> n.startsWith("com/ibm/icu/impl/data/")).limit(3).toList(), "ICU data left out");
        }
    }
}
