package org.homeward.support;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import javax.imageio.ImageIO;

/** Pictures that are not what they claim to be, and one that carries more than a picture. */
public final class ImageSamples {

    /** Written into the EXIF of {@link #jpegWithExif()}: it must never be stored. */
    public static final String EXIF_SECRET = "GPS 51.4545 N 2.5879 W";

    private ImageSamples() {
    }

    /** Every kind of bad upload, by what it is. */
    public static Map<String, byte[]> bad() {
        Map<String, byte[]> bad = new LinkedHashMap<>();
        bad.put("decompression bomb", bomb(30_000, 30_000));
        bad.put("truncated PNG", Arrays.copyOf(TestChildren.png(), 10));
        bad.put("garbage after a JPEG header", garbageAfterJpegHeader());
        bad.put("zero bytes", new byte[0]);
        return bad;
    }

    /**
     * A small PNG whose header declares {@code width} by {@code height} pixels, with a compressed
     * stream of zeros: decoding it would need gigabytes.
     */
    public static byte[] bomb(int width, int height) {
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        png.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
        ByteBuffer header = ByteBuffer.allocate(13);
        header.putInt(width).putInt(height).put((byte) 8).put((byte) 0).put((byte) 0).put((byte) 0).put((byte) 0);
        chunk(png, "IHDR", header.array());
        // One row: its filter byte and one grey byte per pixel, all zero; repeated it compresses about a thousand to one.
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION);
        ByteArrayOutputStream compressed = new ByteArrayOutputStream();
        byte[] zeros = new byte[1 << 20];
        byte[] buffer = new byte[1 << 16];
        long remaining = 20L << 20;
        while (remaining > 0) {
            deflater.setInput(zeros, 0, (int) Math.min(zeros.length, remaining));
            remaining -= Math.min(zeros.length, remaining);
            while (!deflater.needsInput()) {
                compressed.write(buffer, 0, deflater.deflate(buffer));
            }
        }
        deflater.finish();
        while (!deflater.finished()) {
            compressed.write(buffer, 0, deflater.deflate(buffer));
        }
        chunk(png, "IDAT", compressed.toByteArray());
        chunk(png, "IEND", new byte[0]);
        return png.toByteArray();
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
        byte[] typeBytes = type.getBytes(StandardCharsets.US_ASCII);
        out.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
        out.writeBytes(typeBytes);
        out.writeBytes(data);
        CRC32 crc = new CRC32();
        crc.update(typeBytes);
        crc.update(data);
        out.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }

    public static byte[] garbageAfterJpegHeader() {
        byte[] bytes = new byte[2048];
        new java.util.Random(15).nextBytes(bytes);
        bytes[0] = (byte) 0xFF;
        bytes[1] = (byte) 0xD8;
        bytes[2] = (byte) 0xFF;
        return bytes;
    }

    /** A real JPEG photograph of {@code width} by {@code height}. */
    public static byte[] jpeg(int width, int height) {
        try {
            BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
            for (int x = 0; x < width; x++) {
                for (int y = 0; y < height; y++) {
                    image.setRGB(x, y, (x % 256) << 16 | (y % 256) << 8 | 0x60);
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, "jpeg", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A JPEG as a phone saves one: an EXIF segment (here holding {@link #EXIF_SECRET}) right after its start. */
    public static byte[] jpegWithExif() {
        byte[] jpeg = jpeg(64, 48);
        byte[] text = (EXIF_SECRET + "\0").getBytes(StandardCharsets.US_ASCII);
        // A big-endian TIFF with one entry, ImageDescription (0x010E), whose text follows the directory.
        ByteBuffer tiff = ByteBuffer.allocate(8 + 2 + 12 + 4 + text.length);
        tiff.put(new byte[] {'M', 'M', 0, 42}).putInt(8).putShort((short) 1)
                .putShort((short) 0x010E).putShort((short) 2).putInt(text.length).putInt(8 + 2 + 12 + 4)
                .putInt(0).put(text);
        byte[] exif = ByteBuffer.allocate(6 + tiff.capacity()).put("Exif\0\0".getBytes(StandardCharsets.US_ASCII))
                .put(tiff.array()).array();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(jpeg, 0, 2);
        out.write(0xFF);
        out.write(0xE1);
        out.writeBytes(ByteBuffer.allocate(2).putShort((short) (exif.length + 2)).array());
        out.writeBytes(exif);
        out.write(jpeg, 2, jpeg.length - 2);
        return out.toByteArray();
    }
}
