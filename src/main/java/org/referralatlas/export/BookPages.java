package org.referralatlas.export;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.referralatlas.export.HandoutBuilder.Colours;
import org.referralatlas.model.Atlas;
import org.referralatlas.model.Muscle;
import org.referralatlas.model.PainRegion;
import org.referralatlas.model.Side;
import org.referralatlas.query.PainLookup;

/**
 * The plate book's pages around the plates: the title page, the contents, the index by pain region (each
 * region's muscles in the order the pain lookup ranks them) and the page numbers.
 */
final class BookPages {
    private static final float M = PlateLayout.MARGIN;
    private static final float ENTRY = 10.5f;
    private static final float HEADING = 20;

    private final PDDocument doc;
    private final PdfFonts fonts;
    private final PDRectangle size;
    private final Atlas atlas;
    private final Side side;

    BookPages(PDDocument doc, PdfFonts fonts, PDRectangle size, Atlas atlas, Side side) {
        this.doc = doc;
        this.fonts = fonts;
        this.size = size;
        this.atlas = atlas;
        this.side = side;
    }

    static String title(Atlas atlas) {
        return atlas.manifest().title() + ": plate book";
    }

    void title(List<Plate> plates) throws IOException {
        try (PDPageContentStream cs = newPage()) {
            PdfFlow flow = new PdfFlow(cs, fonts, M, size.getWidth() - 2 * M, size.getHeight() * 0.62f);
            flow.paragraph(atlas.manifest().title(), fonts.bold(), 30, Colours.HEADING, 0);
            flow.gap(6);
            flow.paragraph("Plate book: trigger points and referred pain", fonts.regular(), 18, Colours.TEXT, 0);
            flow.gap(18);
            int muscles = PlateBookBuilder.muscles(plates).size();
            flow.paragraph(plates.size() + " plates of " + muscles + (muscles == 1 ? " muscle" : " muscles")
                    + ", patterns on the patient's " + (side == Side.LEFT ? "left" : "right") + " side. "
                    + "Essential zones solid, spillover zones stippled, trigger points marked X, "
                    + "after Travell & Simons.", fonts.regular(), 11, Colours.MUTED, 0);
            flow.gap(6);
            flow.paragraph("Atlas " + atlas.manifest().id() + " version " + atlas.manifest().version()
                    + (atlas.manifest().licence() == null ? "" : ", " + atlas.manifest().licence()),
                    fonts.regular(), 9, Colours.MUTED, 0);
        }
    }

    private static float contentsTop(PDRectangle size) {
        return size.getHeight() - M - HEADING * 1.32f - 12;
    }

    private static int entriesPerPage(PDRectangle size) {
        return (int) ((contentsTop(size) - M - PlateLayout.FOOTER) / PdfFlow.leading(ENTRY));
    }

    /** Pages the contents of this many plates take (one line each, and one for the index). */
    static int contentsPages(PDRectangle size, int plates) {
        int per = entriesPerPage(size);
        return Math.max(1, (plates + 1 + per - 1) / per);
    }

    void contents(List<Plate> plates, int firstPlate) throws IOException {
        List<String[]> rows = new ArrayList<>();
        for (int i = 0; i < plates.size(); i++) {
            rows.add(new String[] {plates.get(i).title(), Integer.toString(firstPlate + i)});
        }
        rows.add(new String[] {"Index by pain region", Integer.toString(firstPlate + plates.size())});
        int per = entriesPerPage(size);
        for (int start = 0; start < rows.size(); start += per) {
            try (PDPageContentStream cs = newPage()) {
                PdfFlow flow = heading(cs, start == 0 ? "Contents" : "Contents (continued)");
                for (String[] row : rows.subList(start, Math.min(rows.size(), start + per))) {
                    float w = fonts.width(fonts.regular(), row[1], ENTRY);
                    flow.show(row[0], fonts.regular(), ENTRY, Colours.TEXT, M);
                    flow.showAt(row[1], fonts.regular(), ENTRY, Colours.TEXT, size.getWidth() - M - w, flow.y() - ENTRY);
                    flow.gap(PdfFlow.leading(ENTRY));
                }
            }
        }
    }

    /**
     * "Temple: Upper trapezius p. 3, Sternocleidomastoid p. 5": every region the book's patterns reach, in
     * atlas order, with its muscles in the lookup's ranking and the page of the plate that shows the region.
     */
    void index(List<Plate> plates, int firstPlate) throws IOException {
        PainLookup lookup = new PainLookup(atlas);
        List<String> paragraphs = new ArrayList<>();
        for (PainRegion region : atlas.regions()) {
            List<String> entries = new ArrayList<>();
            for (PainLookup.Candidate c : lookup.lookUp(List.of(region.id()), side).candidates()) {
                int page = pageShowing(plates, c.muscle(), region.id(), firstPlate);
                if (page > 0) {
                    entries.add(c.muscle().name() + " p. " + page);
                }
            }
            if (!entries.isEmpty()) {
                paragraphs.add(region.name() + ": " + String.join(", ", entries));
            }
        }
        PDPageContentStream cs = newPage();
        try {
            PdfFlow flow = heading(cs, "Index by pain region");
            PdfFlow measure = new PdfFlow(null, fonts, M, size.getWidth() - 2 * M, 0);
            for (String p : paragraphs) {
                int lines = measure.wrap(p, fonts.regular(), ENTRY, size.getWidth() - 2 * M - ENTRY).size();
                if (flow.y() - lines * PdfFlow.leading(ENTRY) < M + PlateLayout.FOOTER) {
                    cs.close();
                    cs = newPage();
                    flow = heading(cs, "Index by pain region (continued)");
                }
                int colon = p.indexOf(": ");
                flow.styled(p.substring(0, colon + 1), p.substring(colon + 2), ENTRY, Colours.TEXT, 0);
                flow.gap(ENTRY * 0.4f);
            }
        } finally {
            cs.close();
        }
    }

    /** Page of the first plate of the muscle whose pattern reaches the region, or -1. */
    static int pageShowing(List<Plate> plates, Muscle muscle, String regionId, int firstPlate) {
        for (int i = 0; i < plates.size(); i++) {
            Plate p = plates.get(i);
            if (p.muscle().id().equals(muscle.id()) && p.triggerPoints().stream().flatMap(tp -> tp.zones().stream())
                    .anyMatch(z -> z.regions().contains(regionId))) {
                return firstPlate + i;
            }
        }
        return -1;
    }

    /** Adds each page's number at its foot, except on the title page. */
    void numberPages() throws IOException {
        String footer = atlas.manifest().title() + " " + atlas.manifest().version() + " - plate book";
        for (int i = 1; i < doc.getNumberOfPages(); i++) {
            PDPage page = doc.getPage(i);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page, PDPageContentStream.AppendMode.APPEND,
                    true, true)) {
                PdfFlow flow = new PdfFlow(cs, fonts, M, size.getWidth() - 2 * M, 0);
                String number = Integer.toString(i + 1);
                float y = M - 14;
                flow.showAt(footer, fonts.regular(), 8, Colours.MUTED, M, y);
                flow.showAt(number, fonts.bold(), 9, Colours.TEXT,
                        size.getWidth() - M - fonts.width(fonts.bold(), number, 9), y);
            }
        }
    }

    private PdfFlow heading(PDPageContentStream cs, String text) {
        PdfFlow flow = new PdfFlow(cs, fonts, M, size.getWidth() - 2 * M, size.getHeight() - M);
        flow.paragraph(text, fonts.bold(), HEADING, Colours.HEADING, 0);
        flow.gap(12);
        return flow;
    }

    private PDPageContentStream newPage() throws IOException {
        PDPage page = new PDPage(size);
        doc.addPage(page);
        return new PDPageContentStream(doc, page);
    }

    /** Plate pages by muscle id, for tests and the app's slides: the first page of each muscle's plates. */
    static Map<String, Integer> firstPages(List<Plate> plates, int firstPlate) {
        Map<String, Integer> pages = new LinkedHashMap<>();
        for (int i = 0; i < plates.size(); i++) {
            pages.putIfAbsent(plates.get(i).muscle().id(), firstPlate + i);
        }
        return pages;
    }
}
