package org.referralatlas;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.EvaluationResult;
import com.tngtech.archunit.library.Architectures.LayeredArchitecture;
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
 *   study     -> model, geometry, io
 *   lesson    -> io
 *   export    -> model, geometry, io, query
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

    static LayeredArchitecture layers() {
        return layeredArchitecture()
                .consideringOnlyDependenciesInAnyPackage("org.referralatlas..", "javafx..", "com.sun.javafx..",
                        "org.controlsfx..")
                .layer("Launcher").definedBy("org.referralatlas")
                .layer("Model").definedBy("org.referralatlas.model..")
                .layer("Text").definedBy("org.referralatlas.text..")
                .layer("Io").definedBy("org.referralatlas.io..")
                .layer("Geometry").definedBy("org.referralatlas.geometry..")
                .layer("Data").definedBy("org.referralatlas.data..")
                .layer("Query").definedBy("org.referralatlas.query..")
                .layer("Study").definedBy("org.referralatlas.study..")
                .layer("Lesson").definedBy("org.referralatlas.lesson..")
                .layer("Export").definedBy("org.referralatlas.export..")
                .layer("Cli").definedBy("org.referralatlas.cli..")
                .layer("Ui").definedBy("org.referralatlas.ui..")
                .optionalLayer("JavaFx").definedBy("javafx..", "com.sun.javafx..", "org.controlsfx..")
                .whereLayer("Model").mayNotAccessAnyLayer()
                .whereLayer("Text").mayNotAccessAnyLayer()
                .whereLayer("Io").mayNotAccessAnyLayer()
                .whereLayer("Geometry").mayOnlyAccessLayers("Model")
                .whereLayer("Data").mayOnlyAccessLayers("Model", "Geometry", "Io", "Text")
                .whereLayer("Query").mayOnlyAccessLayers("Model", "Geometry", "Text")
                .whereLayer("Study").mayOnlyAccessLayers("Model", "Geometry", "Io")
                .whereLayer("Lesson").mayOnlyAccessLayers("Io")
                .whereLayer("Export").mayOnlyAccessLayers("Model", "Geometry", "Io", "Query")
                .whereLayer("Cli").mayOnlyAccessLayers("Model", "Geometry", "Io", "Text", "Data", "Query", "Export")
                .whereLayer("Ui").mayOnlyAccessLayers("Model", "Geometry", "Io", "Text", "Data", "Query", "Study",
                        "Lesson", "Export", "JavaFx")
                .whereLayer("Launcher").mayOnlyAccessLayers("Cli", "Ui")
                .whereLayer("JavaFx").mayOnlyBeAccessedByLayers("Ui")
                .ensureAllClassesAreContainedInArchitectureIgnoring("javafx..", "com.sun.javafx..",
                        "org.controlsfx..");
    }

    @Test
    void theCodeKeepsItsLayers() {
        layers().check(production);
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
