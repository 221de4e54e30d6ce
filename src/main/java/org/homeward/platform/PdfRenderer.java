package org.homeward.platform;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLog;
import com.openhtmltopdf.util.XRLogger;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.logging.Level;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The one PDF renderer: well-formed XHTML (a Thymeleaf page written as XHTML, laid out with tables)
 * in, a tagged PDF out. Text is set in Liberation Sans, the font PDFBox itself ships, so the PDF
 * embeds its font and needs nothing installed on the machine.
 */
@Component
public class PdfRenderer {

    /** The family name templates use in {@code font-family}. */
    public static final String FONT_FAMILY = "Liberation Sans";
    private static final String FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";
    private static final Logger log = LoggerFactory.getLogger(PdfRenderer.class);

    static {
        XRLog.setLoggerImpl(new QuietLogger());
    }

    public byte[] render(String html) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            // Bold text uses the same face: only the regular one is shipped, and a fallback font would not be embedded.
            builder.useFont(() -> PdfRenderer.class.getResourceAsStream(FONT), FONT_FAMILY, 400, FontStyle.NORMAL, true);
            builder.useFont(() -> PdfRenderer.class.getResourceAsStream(FONT), FONT_FAMILY, 700, FontStyle.NORMAL, true);
            builder.usePdfUaAccessibility(true);
            // Only images carried inside the page itself: a PDF must never fetch anything from anywhere.
            builder.useUriResolver((base, uri) -> uri != null && uri.startsWith("data:") ? uri : null);
            builder.withProducer("Homeward");
            builder.withHtmlContent(html, null);
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /**
     * The renderer's own log, which would go to standard error and may quote the document, goes
     * to ours instead: problems as warnings naming only where they arose, the detail at debug level.
     */
    private static final class QuietLogger implements XRLogger {

        @Override
        public void log(String where, Level level, String msg) {
            log(where, level, msg, null);
        }

        @Override
        public void log(String where, Level level, String msg, Throwable th) {
            if (level.intValue() >= Level.WARNING.intValue()) {
                log.warn("PDF rendering problem in {}{}", where, th == null ? "" : ": " + th.getClass().getName());
            }
            log.debug("PDF rendering {}: {}", where, msg);
        }

        @Override
        public void setLevel(String logger, Level level) {
            // Levels are set in Homeward's logging configuration.
        }

        @Override
        public boolean isLogLevelEnabled(Diagnostic diagnostic) {
            return diagnostic.getLevel().intValue() >= Level.WARNING.intValue() || log.isDebugEnabled();
        }
    }
}
