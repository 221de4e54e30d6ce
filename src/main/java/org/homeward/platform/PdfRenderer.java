package org.homeward.platform;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
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
}
