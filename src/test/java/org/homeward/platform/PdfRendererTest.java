package org.homeward.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** The one PDF renderer: its font, and what a long tabular document comes out as. */
class PdfRendererTest {

    static TrueTypeFont parse(byte[] font) throws IOException {
        return new TTFParser().parse(new RandomAccessReadBuffer(font));
    }

    @Test
    void theFontIsDrawnWithoutGlyphSubstitutionsWhichMadeLongPdfsSlowAndKeepsEverythingElse() throws IOException {
        byte[] shipped = PdfRenderer.read("/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf");
        try (TrueTypeFont original = parse(shipped); TrueTypeFont used = parse(PdfRenderer.fontFile())) {
            assertThat(original.getTableMap()).containsKey("GSUB");
            assertThat(used.getTableMap()).doesNotContainKey("GSUB");
            Set<String> others = new HashSet<>(original.getTableMap().keySet());
            others.remove("GSUB");
            assertThat(used.getTableMap().keySet()).isEqualTo(others);
            assertThat(used.getNumberOfGlyphs()).isEqualTo(original.getNumberOfGlyphs());
            assertThat(used.getUnicodeCmapLookup().getGlyphId('é')).isEqualTo(original.getUnicodeCmapLookup().getGlyphId('é'));
            assertThat(used.getAdvanceWidth(used.nameToGID("W"))).isEqualTo(original.getAdvanceWidth(original.nameToGID("W")));
        }
    }

    @Test
    void aLongTabularDocumentComesOutAsTaggedReadableText() throws IOException {
        StringBuilder rows = new StringBuilder();
        for (int i = 0; i < 400; i++) {
            rows.append("<tr><th scope=\"row\">Field ").append(i).append("</th><td>Significant office affairs, café ")
                    .append(i).append("</td></tr>");
        }
        String html = "<html lang=\"en-GB\"><head><title>Long</title><style>body { font-family: \"Liberation Sans\"; }"
                + " table { border-collapse: collapse; } tr { page-break-inside: avoid; }</style></head><body>"
                + "<h1>Subject access export</h1><table>" + rows + "</table></body></html>";
        byte[] pdf = new PdfRenderer(new Images.Limits(1_000_000, 2000, 800), 1, Duration.ofSeconds(5)).render(html);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Subject access export").contains("Significant office affairs, café 0")
                    .contains("Field 399");
            assertThat(document.getNumberOfPages()).isGreaterThan(1);
            assertThat(document.getDocumentCatalog().getStructureTreeRoot()).as("tagged for screen readers").isNotNull();
        }
    }
}
