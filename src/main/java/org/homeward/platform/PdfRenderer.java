package org.homeward.platform;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLog;
import com.openhtmltopdf.util.XRLogger;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import javax.imageio.ImageIO;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.ResponseStatus;

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

    /** A picture carried inside the page: the only kind a PDF may show. */
    private static final Pattern PICTURE = Pattern.compile("data:image/(?:png|jpeg|jpg|gif|bmp);base64,([A-Za-z0-9+/=\\s]*)");
    /** One white pixel, shown where a picture could not be drawn safely. */
    private static final String NO_PICTURE = noPicture();
    /**
     * The font, read once, without its glyph substitution (GSUB) table. PDFBox applies a font's
     * substitutions to every piece of text it draws by building regular expressions each time, which
     * took more than half of a long PDF's time (a child's subject access export); English text needs none.
     */
    private static final byte[] FONT_FILE = withoutTable(read(FONT), "GSUB");

    static {
        XRLog.setLoggerImpl(new QuietLogger());
    }

    private final Images.Limits limits;
    private final Semaphore renders;
    private final Duration wait;

    @Autowired
    PdfRenderer(ImageProperties images) {
        this(images.limits(), images.pdfRenders(), Duration.ofSeconds(30));
    }

    PdfRenderer(Images.Limits limits, int concurrentRenders, Duration wait) {
        this.limits = limits;
        this.renders = new Semaphore(concurrentRenders, true);
        this.wait = wait;
    }

    /** Thrown when every renderer stayed busy for longer than a person should wait: try again shortly. */
    @ResponseStatus(HttpStatus.SERVICE_UNAVAILABLE)
    public static class Busy extends RuntimeException {
        Busy() {
            super("Every PDF renderer is busy");
        }
    }

    /**
     * The page as a PDF. Only so many are drawn at once, since each holds its pages and pictures in
     * memory: many people downloading at the same moment wait their turn rather than exhaust it.
     */
    public byte[] render(String html) {
        try {
            if (!renders.tryAcquire(wait.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new Busy();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Busy();
        }
        try {
            return draw(safePictures(html));
        } finally {
            renders.release();
        }
    }

    /**
     * Every picture in the page decoded within the limits and written afresh at the size kept, so that
     * no PDF carries a picture's metadata or decodes a picture too large for memory, whenever the picture
     * was stored; one that cannot be is left out.
     */
    String safePictures(String html) {
        Matcher m = PICTURE.matcher(html);
        StringBuilder out = new StringBuilder(html.length());
        while (m.find()) {
            String replacement = NO_PICTURE;
            try {
                byte[] bytes = Base64.getMimeDecoder().decode(m.group(1));
                if (Images.reencode(bytes, limits) instanceof Images.Image image) {
                    replacement = "data:" + image.contentType() + ";base64,"
                            + Base64.getEncoder().encodeToString(image.bytes());
                } else {
                    log.warn("A picture in a PDF was left out: it is not one that can be drawn safely");
                }
            } catch (IllegalArgumentException e) {
                log.warn("A picture in a PDF was left out: it is not base64");
            }
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String noPicture() {
        try {
            ByteArrayOutputStream png = new ByteArrayOutputStream();
            BufferedImage white = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB);
            white.setRGB(0, 0, 0xFFFFFF);
            ImageIO.write(white, "png", png);
            return "data:image/png;base64," + Base64.getEncoder().encodeToString(png.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private byte[] draw(String html) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            // Bold text uses the same face: only the regular one is shipped, and a fallback font would not be embedded.
            builder.useFont(() -> new ByteArrayInputStream(FONT_FILE), FONT_FAMILY, 400, FontStyle.NORMAL, true);
            builder.useFont(() -> new ByteArrayInputStream(FONT_FILE), FONT_FAMILY, 700, FontStyle.NORMAL, true);
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

    /** The font file every PDF embeds (its subset). */
    static byte[] fontFile() {
        return FONT_FILE.clone();
    }

    static byte[] read(String resource) {
        try (InputStream in = PdfRenderer.class.getResourceAsStream(resource)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A TrueType font file without one of its tables: the table directory rewritten without it, and
     * the other tables copied, each starting on a four-byte boundary as the format requires.
     */
    static byte[] withoutTable(byte[] font, String tag) {
        ByteBuffer in = ByteBuffer.wrap(font);
        int tables = in.getShort(4) & 0xFFFF;
        List<int[]> kept = new ArrayList<>(); // {directory entry, offset, length}
        for (int i = 0; i < tables; i++) {
            int entry = 12 + 16 * i;
            if (!tag.equals(new String(font, entry, 4, StandardCharsets.US_ASCII))) {
                kept.add(new int[] {entry, in.getInt(entry + 8), in.getInt(entry + 12)});
            }
        }
        if (kept.size() == tables) {
            return font;
        }
        int size = 12 + 16 * kept.size();
        for (int[] t : kept) {
            size += padded(t[2]);
        }
        int power = Integer.highestOneBit(kept.size());
        ByteBuffer out = ByteBuffer.allocate(size).putInt(in.getInt(0)).putShort((short) kept.size())
                .putShort((short) (power * 16)).putShort((short) Integer.numberOfTrailingZeros(power))
                .putShort((short) ((kept.size() - power) * 16));
        int offset = 12 + 16 * kept.size();
        for (int[] t : kept) {
            out.put(font, t[0], 8).putInt(offset).putInt(t[2]);
            offset += padded(t[2]);
        }
        for (int[] t : kept) {
            out.put(font, t[1], t[2]).position(out.position() + padded(t[2]) - t[2]);
        }
        return out.array();
    }

    private static int padded(int length) {
        return (length + 3) & ~3;
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
