package org.referralatlas;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.EvaluationResult;
import com.tngtech.archunit.library.Architectures.LayeredArchitecture;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.referralatlas.query.ArchitectureViolationFixture;

/**
 * The layering of the code, checked on byte code (so fully qualified names count as much as imports).
 * Deny by default: every class must sit in a declared layer, and a layer may use only the layers
 * listed for it; JavaFX and ControlsFX are a layer that only {@code ui} may use.
 *
 * <pre>
 *   model, text, io                      (no project dependencies)
 *   geometry  -> model
 *   data      -> model, geometry, io, text
 *   query     -> model, geometry, text
 *   scene     -> model, geometry          (the figure scene both the screen and the export draw)
 *   study     -> model, geometry, io
 *   lesson    -> io
 *   export    -> model, geometry, io, query, scene
 *   cli       -> model, geometry, io, text, data, query, export
 *   ui        -> everything above except cli, and JavaFX
 *   Launcher  -> cli, ui
 * </pre>
 */
class ArchitectureTest {
    private static JavaClasses production;

    @BeforeAll
    static void importProduction() {
        production = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.referralatlas");
    }

    /** Each layer and the layers it may use; every other dependency between layers is denied. */
    private static final Map<String, List<String>> MAY_USE = new LinkedHashMap<>();

    static {
        MAY_USE.put("model", List.of());
        MAY_USE.put("text", List.of());
        MAY_USE.put("io", List.of());
        MAY_USE.put("geometry", List.of("model"));
        MAY_USE.put("data", List.of("model", "geometry", "io", "text"));
        MAY_USE.put("query", List.of("model", "geometry", "text"));
        MAY_USE.put("scene", List.of("model", "geometry"));
        MAY_USE.put("study", List.of("model", "geometry", "io"));
        MAY_USE.put("lesson", List.of("io"));
        MAY_USE.put("export", List.of("model", "geometry", "io", "query", "scene"));
        MAY_USE.put("cli", List.of("model", "geometry", "io", "text", "data", "query", "export"));
        MAY_USE.put("ui", List.of("model", "geometry", "io", "text", "data", "query", "study", "lesson", "export", "scene",
                "JavaFx"));
        MAY_USE.put("Launcher", List.of("cli", "ui", "io"));
    }

    static LayeredArchitecture layers() {
        LayeredArchitecture rule = layeredArchitecture()
                .consideringOnlyDependenciesInAnyPackage("org.referralatlas..", "javafx..", "com.sun.javafx..",
                        "org.controlsfx..")
                .layer("Launcher").definedBy("org.referralatlas")
                .optionalLayer("JavaFx").definedBy("javafx..", "com.sun.javafx..", "org.controlsfx..");
        for (String layer : MAY_USE.keySet()) {
            if (!layer.equals("Launcher")) {
                rule = rule.layer(layer).definedBy("org.referralatlas." + layer + "..");
            }
        }
        for (Map.Entry<String, List<String>> e : MAY_USE.entrySet()) {
            rule = e.getValue().isEmpty() ? rule.whereLayer(e.getKey()).mayNotAccessAnyLayer()
                    : rule.whereLayer(e.getKey()).mayOnlyAccessLayers(e.getValue().toArray(String[]::new));
        }
        return rule.whereLayer("JavaFx").mayOnlyBeAccessedByLayers("ui")
                .ensureAllClassesAreContainedInArchitectureIgnoring("javafx..", "com.sun.javafx..",
                        "org.controlsfx..");
    }

    @Test
    void theCodeKeepsItsLayers() {
        layers().check(production);
    }

    /** Time and chance come from the composition root (App.start), so that tests can fix them. */
    @Test
    void onlyTheCompositionRootReadsTheSystemClockOrMakesARandomSource() {
        noClasses().that().doNotHaveFullyQualifiedName("org.referralatlas.ui.App")
                .should().callMethod(java.time.LocalDate.class, "now")
                .orShould().callMethod(java.time.Instant.class, "now")
                .orShould().callMethod(java.time.Clock.class, "systemDefaultZone")
                .orShould().callMethod(java.time.Clock.class, "systemUTC")
                .orShould().callConstructor(java.util.Random.class)
                .check(production);
    }

    /** A control talks to its skin through what the skin registers, never by casting getSkin(). */
    @Test
    void noCodeReachesIntoASkin() {
        noClasses().should().callMethod(javafx.scene.control.Control.class, "getSkin")
                .because("a control's skin is private to it").check(production);
    }

    @Test
    void aFullyQualifiedJavaFxNameOutsideUiIsCaught() {
        JavaClasses fixture = new ClassFileImporter().importClasses(ArchitectureViolationFixture.class);
        EvaluationResult result = layers().evaluate(fixture);
        assertTrue(result.hasViolation(), "the fixture uses javafx.scene.paint.Color from query");
        String report = String.join("\n", result.getFailureReport().getDetails());
        assertTrue(report.contains("javafx.scene.paint.Color"), report);
    }

    @Test
    void aClassInAnUndeclaredPackageIsCaught() {
        JavaClasses fixture = new ClassFileImporter().importClasses(org.referralatlas.stray.StrayFixture.class);
        EvaluationResult result = layers().evaluate(fixture);
        String report = String.join("\n", result.getFailureReport().getDetails());
        assertTrue(report.contains("StrayFixture"), "a package no layer names is denied: " + report);
    }
}
