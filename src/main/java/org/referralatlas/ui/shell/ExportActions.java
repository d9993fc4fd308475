package org.referralatlas.ui.shell;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.util.concurrent.Executor;
import javafx.application.Platform;
import javafx.print.PrinterJob;
import javafx.scene.control.TextInputDialog;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.referralatlas.export.FigureRenderer;
import org.referralatlas.export.FigureRequest;
import org.referralatlas.export.HandoutBuilder;
import org.referralatlas.export.HandoutContent;
import org.referralatlas.model.Atlas;
import org.referralatlas.ui.Messages;

/**
 * Export and print from the window: the current figure as PNG at twice screen resolution, the
 * patient handout as PDF, and printing through the system dialog. Rendering runs off the JavaFX thread.
 */
final class ExportActions {
    private final ExportContext context;
    private final Stage stage;
    private final MainViewModel model;
    private final Executor background;

    ExportActions(ExportContext context) {
        this.context = context;
        this.stage = context.stage();
        this.model = context.model();
        this.background = context.background();
    }

    void exportFigure() {
        Atlas atlas = model.session().getAtlas();
        File file = context.saveAs("*.png", "*.png", "figure.png");
        if (atlas == null || file == null) {
            return;
        }
        FigureRequest request = figureRequest();
        double scale = FigureRenderer.defaultScale(atlas.view(request.viewId()).orElseThrow(), request.legend());
        run(() -> FigureRenderer.writePng(new FigureRenderer(atlas).render(request, scale), file.toPath()));
    }

    void exportHandout() {
        Atlas atlas = model.session().getAtlas();
        HandoutPlan plan = HandoutPlan.of(model);
        if (atlas == null || handoutSubjectMissing(plan)) {
            return;
        }
        String note = askNote();
        if (note == null) {
            return;
        }
        File file = context.saveAs("*.pdf", "*.pdf", plan.fileName(java.time.LocalDate.now(model.clock())));
        if (file == null) {
            return;
        }
        HandoutContent content = plan.content(atlas, note);
        run(() -> new HandoutBuilder(atlas).write(content, file.toPath()));
    }

    /** Prints the handout page when a muscle or pain-finder result is chosen, through the system dialog. */
    void print() {
        Atlas atlas = model.session().getAtlas();
        HandoutPlan plan = HandoutPlan.of(model);
        if (atlas == null || handoutSubjectMissing(plan)) {
            return;
        }
        HandoutContent content = plan.content(atlas, "");
        background.execute(() -> {
            try (PDDocument doc = new HandoutBuilder(atlas).build(content)) {
                Image page = toFx(HandoutBuilder.renderPage(doc, 150));
                Platform.runLater(() -> printImage(page));
            } catch (IOException | RuntimeException e) {
                Platform.runLater(() -> error(e));
            }
        });
    }

    private void printImage(Image page) {
        PrinterJob job = PrinterJob.createPrinterJob();
        if (job == null) {
            error(Messages.get("export.noPrinter"));
            return;
        }
        if (job.showPrintDialog(stage)) {
            ImageView view = new ImageView(page);
            var layout = job.getJobSettings().getPageLayout();
            view.setPreserveRatio(true);
            view.setFitWidth(layout.getPrintableWidth());
            view.setFitHeight(layout.getPrintableHeight());
            if (job.printPage(view)) {
                job.endJob();
            }
        }
    }

    private boolean handoutSubjectMissing(HandoutPlan plan) {
        if (plan == null) {
            error(Messages.get("export.nothingChosen"));
            return true;
        }
        return false;
    }

    private FigureRequest figureRequest() {
        var explore = model.explore();
        String muscle = explore.getSelected() == null ? null : explore.getSelected().id();
        return FigureRequest.muscle(explore.viewIdProperty().get(), muscle, explore.sideProperty().get())
                .withLayer(explore.layerProperty().get());
    }

    private String askNote() {
        TextInputDialog dialog = new TextInputDialog();
        dialog.initOwner(stage);
        dialog.setTitle(Messages.plain("export.handout")); // a title shows no mnemonic: "_handout" would show
        dialog.setHeaderText(Messages.get("export.note"));
        return dialog.showAndWait().orElse(null);
    }

    private interface Work {
        void run() throws IOException;
    }

    private void run(Work work) {
        background.execute(() -> {
            try {
                work.run();
            } catch (IOException | RuntimeException e) {
                Platform.runLater(() -> error(e));
            }
        });
    }

    private void error(String message) {
        Dialogs.error(stage, "export.failed", message);
    }

    private void error(Throwable failure) {
        context.error(failure);
    }

    static Image toFx(BufferedImage image) throws IOException {
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(image, "png", png);
        return new Image(new ByteArrayInputStream(png.toByteArray()));
    }
}
