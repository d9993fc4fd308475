package org.referralatlas.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.CancellationException;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.referralatlas.io.AtomicFiles;
import org.referralatlas.model.Atlas;
import org.referralatlas.model.Muscle;
import org.referralatlas.model.Side;

/**
 * Builds the plate book as a PDF: a title page, the contents, one plate per muscle (per trigger point where
 * its trigger points refer to different places) with vector figures, and an index by pain region whose
 * muscles follow the lookup's ranking. Every page but the title page carries its number.
 */
public final class PlateBookBuilder {
    /** Reports each finished plate; returns false to cancel the build. */
    @FunctionalInterface
    public interface Progress {
        boolean plateDone(int done, int total);

        Progress NONE = (done, total) -> true;
    }

    private final Atlas atlas;
    private final Paper paper;
    private final Side side;

    public PlateBookBuilder(Atlas atlas, Paper paper, Side side) {
        this.atlas = atlas;
        this.paper = paper == null ? Paper.A4 : paper;
        this.side = side == null || side == Side.BOTH ? Side.RIGHT : side;
    }

    /** The plates a book of these muscles holds, in order. */
    public List<Plate> plan(Collection<Muscle> muscles) {
        return Plate.plan(atlas, muscles);
    }

    /** The page number (1-based) of the first plate in a book of this many plates: after title and contents. */
    public int firstPlatePage(int plates) {
        return 2 + BookPages.contentsPages(paper.size(), plates);
    }

    /**
     * Builds the book; the caller closes the document.
     *
     * @throws CancellationException when {@code progress} asked to stop
     * @throws IllegalArgumentException when there are no muscles
     */
    public PDDocument build(Collection<Muscle> muscles, Progress progress) throws IOException {
        List<Plate> plates = plan(muscles);
        if (plates.isEmpty()) {
            throw new IllegalArgumentException("the plate book needs at least one muscle");
        }
        // The pages' content streams (most of the book's 11 MB) wait in a temporary file, not on the heap,
        // until the book is saved: the whole bundled book builds within a 32 MB heap (48 MB otherwise).
        // PDFBox deletes the file when the document is closed.
        PDDocument doc = new PDDocument(IOUtils.createTempFileOnlyStreamCache());
        try {
            PdfFonts fonts = PdfFonts.load(doc);
            BookPages pages = new BookPages(doc, fonts, paper.size(), atlas, side);
            pages.title(plates);
            int firstPlate = firstPlatePage(plates.size());
            pages.contents(plates, firstPlate);
            FigureRenderer renderer = new FigureRenderer(atlas);
            for (int i = 0; i < plates.size(); i++) {
                Plate plate = plates.get(i);
                PDPage page = new PDPage(paper.size());
                doc.addPage(page);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    new PlateLayout(doc, fonts, paper.size(), renderer, plate, PlateText.of(atlas, plate), side)
                            .draw(cs);
                }
                if (!progress.plateDone(i + 1, plates.size())) {
                    throw new CancellationException("plate book cancelled");
                }
            }
            pages.index(plates, firstPlate);
            pages.numberPages();
            info(doc);
            return doc;
        } catch (IOException | RuntimeException e) {
            doc.close();
            if (e instanceof UncheckedIOException u) {
                throw u.getCause();
            }
            throw e;
        }
    }

    /** Builds the book and writes it atomically: a cancelled or failed build leaves no file. */
    public void write(Collection<Muscle> muscles, Path target, Progress progress) throws IOException {
        try (PDDocument doc = build(muscles, progress)) {
            AtomicFiles.write(target, doc::save);
        }
    }

    private void info(PDDocument doc) {
        var info = doc.getDocumentInformation();
        info.setTitle(BookPages.title(atlas));
        info.setSubject("Trigger points and referred pain patterns, one plate per muscle");
        info.setCreator("Referral Atlas");
        info.setCreationDate(Calendar.getInstance());
        doc.getDocumentCatalog().setLanguage("en");
    }

    /** Muscles of the plates, each once, in plate order. */
    static List<Muscle> muscles(List<Plate> plates) {
        List<Muscle> out = new ArrayList<>();
        plates.forEach(p -> {
            if (!out.contains(p.muscle())) {
                out.add(p.muscle());
            }
        });
        return out;
    }
}
