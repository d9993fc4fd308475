package org.referralatlas.export;

import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2D;
import java.awt.geom.AffineTransform;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.util.Matrix;
import org.referralatlas.scene.SceneShape;

/**
 * A figure drawn into a PDF page as vectors: the same {@link FigureRenderer#paint} that draws PNGs, on a
 * Graphics2D that writes PDF paths (pdfbox-graphics2d), so a plate prints sharp at any size. The figure
 * becomes a form XObject placed in a box of the page.
 */
final class PdfFigure {
    private PdfFigure() {
    }

    /**
     * Draws {@code area} (design units) of the request's figure into the box whose lower-left corner is
     * (x, y) and which is {@code width} points wide; the height follows the area's aspect. Returns the height.
     */
    static float draw(PDDocument doc, PDPageContentStream cs, FigureRenderer renderer, FigureRequest request,
                      Rectangle2D area, float x, float y, float width) throws IOException {
        float height = (float) (width * area.getHeight() / area.getWidth());
        PdfBoxGraphics2D g = new PdfBoxGraphics2D(doc, width, height);
        try {
            double scale = width / area.getWidth();
            // The form's bounding box clips. Without a Graphics2D clip, each clip of a muscle's fibres is set
            // directly; on top of another clip it would cost an Area intersection of curved outlines (slow).
            g.setClip(null);
            g.scale(scale, scale);
            g.translate(-area.getX(), -area.getY());
            renderer.paint(g, request);
        } finally {
            g.dispose();
        }
        PDFormXObject form = g.getXFormObject();
        cs.saveGraphicsState();
        cs.transform(Matrix.getTranslateInstance(x, y));
        cs.drawForm(form);
        cs.restoreGraphicsState();
        return height;
    }

    /**
     * Draws scene shapes authored in a box of {@code designW} by {@code designH} design units from (0, 0)
     * into the box whose lower-left corner is (x, y), {@code w} by {@code h} points: a key's swatch as
     * the figure paints it.
     */
    static void drawShapes(PDDocument doc, PDPageContentStream cs, List<SceneShape> shapes, double designW,
                           double designH, float x, float y, float w, float h) throws IOException {
        PdfBoxGraphics2D g = new PdfBoxGraphics2D(doc, w, h);
        try {
            g.setClip(null);
            g.scale(w / designW, h / designH);
            ScenePainter.paint(g, shapes, new AffineTransform(), Figures::path);
        } finally {
            g.dispose();
        }
        cs.saveGraphicsState();
        cs.transform(Matrix.getTranslateInstance(x, y));
        cs.drawForm(g.getXFormObject());
        cs.restoreGraphicsState();
    }
}
