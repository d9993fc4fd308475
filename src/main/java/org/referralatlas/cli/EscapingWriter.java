package org.referralatlas.cli;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.Writer;
import org.referralatlas.io.PlainText;

/**
 * What the CLI prints: control characters other than line breaks are shown escaped ({@code \u001b},
 * {@code \u0000}), so an escape code in an atlas, a drawing or an argument cannot recolour or clear
 * the terminal. Values that must stay on one line are escaped where they are printed
 * ({@link PlainText#escape(String)}); this is the net under them.
 */
final class EscapingWriter extends FilterWriter {
    EscapingWriter(Writer out) {
        super(out);
    }

    @Override
    public void write(int c) throws IOException {
        out.write(PlainText.escape(String.valueOf((char) c), true));
    }

    @Override
    public void write(char[] buf, int off, int len) throws IOException {
        out.write(PlainText.escape(new String(buf, off, len), true));
    }

    @Override
    public void write(String str, int off, int len) throws IOException {
        out.write(PlainText.escape(str.substring(off, off + len), true));
    }
}
