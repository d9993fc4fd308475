package org.referralatlas.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;

/** Builds a PDF document so that a failure part-way leaves no open document behind. */
final class PdfDocuments {
    private PdfDocuments() {
    }

    /** Fills a document in memory. */
    @FunctionalInterface
    interface Filling {
        void fill(PDDocument doc) throws IOException;
    }

    /**
     * A new document filled by {@code filling}; the caller closes it. On any failure the document is
     * closed and the failure rethrown, an {@link UncheckedIOException} (from a lambda inside) as its cause.
     */
    static PDDocument build(Filling filling) throws IOException {
        return build(new PDDocument(), filling);
    }

    /**
     * As {@link #build(Filling)}, with the content streams waiting in a temporary file instead of on the
     * heap until the document is saved (PDFBox deletes the file when the document is closed).
     */
    static PDDocument buildInTempFile(Filling filling) throws IOException {
        return build(new PDDocument(IOUtils.createTempFileOnlyStreamCache()), filling);
    }

    private static PDDocument build(PDDocument doc, Filling filling) throws IOException {
        try {
            filling.fill(doc);
            return doc;
        } catch (IOException | RuntimeException e) {
            doc.close();
            if (e instanceof UncheckedIOException u) {
                throw u.getCause();
            }
            throw e;
        }
    }
}
