package org.homeward.platform;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.Locale;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;

/**
 * The one way a picture from outside becomes one Homeward keeps or prints: its size is read from
 * its header before a pixel is decoded (a small file can declare a picture that needs gigabytes),
 * then it is decoded, made no larger than it needs to be and written afresh as JPEG or PNG. Writing
 * afresh leaves behind everything but the pixels: EXIF (a phone's GPS position of where the child
 * lives), comments, and anything hidden after the picture.
 */
public final class Images {

    /**
     * @param maxPixels  the most pixels a picture may declare (width times height) before it is refused undecoded
     * @param maxSide    the longest side a picture may declare before it is refused undecoded
     * @param outputSide the longest side of the picture kept: larger ones are scaled down
     */
    public record Limits(long maxPixels, int maxSide, int outputSide) {

        public Limits {
            if (maxPixels < 1 || maxSide < 1 || outputSide < 1) {
                throw new IllegalArgumentException("Image limits must be positive");
            }
        }

        /** 40 megapixels or 10000 pixels a side: more than any phone takes, far less than a bomb declares. */
        public static final Limits DEFAULT = new Limits(40_000_000L, 10_000, 1600);
    }

    /** What became of a picture. */
    public sealed interface Result {
    }

    /** The picture written afresh: {@code contentType} is image/jpeg or image/png. */
    public record Image(String contentType, byte[] bytes, int width, int height) implements Result {
    }

    /** Declared larger than the limits allow: refused before decoding. */
    public record TooLarge(int width, int height) implements Result {
    }

    /** Not a JPEG or PNG picture that decodes whole. */
    public record Unreadable() implements Result {
    }

    private Images() {
    }

    /** The picture in {@code bytes} checked, decoded, scaled to fit and written afresh in its own format. */
    public static Result reencode(byte[] bytes, Limits limits) {
        if (bytes == null || bytes.length == 0) {
            return new Unreadable();
        }
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            if (in == null) {
                return new Unreadable();
            }
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                return new Unreadable();
            }
            ImageReader reader = readers.next();
            try {
                String format = reader.getFormatName().toLowerCase(Locale.ROOT);
                boolean png = format.equals("png");
                if (!png && !format.equals("jpeg") && !format.equals("jpg")) {
                    return new Unreadable();
                }
                reader.setInput(in, true, true);
                int width = reader.getWidth(0);
                int height = reader.getHeight(0);
                if (width < 1 || height < 1) {
                    return new Unreadable();
                }
                if (width > limits.maxSide() || height > limits.maxSide() || (long) width * height > limits.maxPixels()) {
                    return new TooLarge(width, height);
                }
                // A picture cut short or with junk inside decodes "with warnings" into grey: it is refused instead.
                boolean[] damaged = {false};
                reader.addIIOReadWarningListener((source, warning) -> damaged[0] = true);
                ImageReadParam param = reader.getDefaultReadParam();
                // Skipping pixels while decoding keeps a large photograph's memory to twice the size kept.
                int step = Math.max(1, Math.max(width, height) / (2 * limits.outputSide()));
                param.setSourceSubsampling(step, step, 0, 0);
                BufferedImage decoded = reader.read(0, param);
                if (damaged[0] || decoded == null) {
                    return new Unreadable();
                }
                BufferedImage scaled = fit(decoded, limits.outputSide(), png && decoded.getColorModel().hasAlpha());
                return new Image(png ? "image/png" : "image/jpeg", write(scaled, png ? "png" : "jpeg"),
                        scaled.getWidth(), scaled.getHeight());
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            // ImageIO reports a damaged file by whatever exception its decoder happened to meet.
            return new Unreadable();
        }
    }

    /**
     * Whether the picture is already one Homeward would keep: a JPEG or PNG no larger than the
     * output size, read from its header alone.
     */
    public static boolean kept(byte[] bytes, Limits limits) {
        if (bytes == null || bytes.length == 0) {
            return false;
        }
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
            if (readers == null || !readers.hasNext()) {
                return false;
            }
            ImageReader reader = readers.next();
            try {
                String format = reader.getFormatName().toLowerCase(Locale.ROOT);
                reader.setInput(in, true, true);
                return (format.equals("png") || format.equals("jpeg") || format.equals("jpg"))
                        && reader.getWidth(0) <= limits.outputSide() && reader.getHeight(0) <= limits.outputSide();
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** The picture scaled so its longest side is at most {@code side}, halving first for a smooth result. */
    private static BufferedImage fit(BufferedImage image, int side, boolean alpha) {
        int type = alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB;
        int width = image.getWidth();
        int height = image.getHeight();
        double scale = Math.min(1.0, (double) side / Math.max(width, height));
        int targetWidth = Math.max(1, (int) Math.round(width * scale));
        int targetHeight = Math.max(1, (int) Math.round(height * scale));
        BufferedImage current = image;
        do {
            width = Math.max(targetWidth, width / 2 >= targetWidth ? width / 2 : targetWidth);
            height = Math.max(targetHeight, height / 2 >= targetHeight ? height / 2 : targetHeight);
            BufferedImage next = new BufferedImage(width, height, type);
            Graphics2D g = next.createGraphics();
            try {
                g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
                g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
                if (!alpha) {
                    g.setColor(java.awt.Color.WHITE);
                    g.fillRect(0, 0, width, height);
                }
                g.drawImage(current, 0, 0, width, height, null);
            } finally {
                g.dispose();
            }
            current = next;
        } while (width != targetWidth || height != targetHeight);
        return current;
    }

    private static byte[] write(BufferedImage image, String format) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName(format).next();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(stream);
            ImageWriteParam param = writer.getDefaultWriteParam();
            if (format.equals("jpeg")) {
                param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
                param.setCompressionQuality(0.9f);
            }
            writer.write(null, new IIOImage(image, null, null), param);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }
}
