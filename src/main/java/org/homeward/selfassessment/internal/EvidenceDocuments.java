package org.homeward.selfassessment.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import org.springframework.web.multipart.MultipartFile;

/**
 * Checks a document uploaded as evidence: its size, and that it is a PDF, Word, Excel, image or text file by both
 * its name and its first bytes, so that a renamed program is refused. The type stored is the one its name implies,
 * never what the browser claimed.
 */
final class EvidenceDocuments {

    /** Below the 10 MB the server accepts at all (application.yaml), so that a larger file gets this message. */
    static final int MAX_BYTES = 8 * 1024 * 1024;
    static final String TOO_LARGE = "The selected file must be smaller than 8 MB";
    static final String WRONG_TYPE = "The selected file must be a PDF, Word document, Excel spreadsheet, JPG or PNG image, or text file";
    static final String ACCEPT = ".pdf,.doc,.docx,.xls,.xlsx,.jpg,.jpeg,.png,.txt,.csv";

    private static final byte[] PDF = {'%', 'P', 'D', 'F', '-'};
    private static final byte[] OLE = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final byte[] JPG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

    private record Kind(String contentType, byte[] magic) {
    }

    private static final Map<String, Kind> KINDS = Map.of(
            "pdf", new Kind("application/pdf", PDF),
            "doc", new Kind("application/msword", OLE),
            "xls", new Kind("application/vnd.ms-excel", OLE),
            "docx", new Kind("application/vnd.openxmlformats-officedocument.wordprocessingml.document", ZIP),
            "xlsx", new Kind("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", ZIP),
            "jpg", new Kind("image/jpeg", JPG),
            "jpeg", new Kind("image/jpeg", JPG),
            "png", new Kind("image/png", PNG),
            "txt", new Kind("text/plain", null),
            "csv", new Kind("text/csv", null));

    /** A document that passed: its cleaned name, the type its name implies, its bytes and their SHA-256. */
    record Document(String fileName, String contentType, byte[] content, String sha256) {
    }

    /** Either the document, or the message saying how to put it right. */
    record Checked(Document document, String error) {
    }

    private EvidenceDocuments() {
    }

    static Checked check(MultipartFile upload) {
        // A browser sends an empty part with no name when no file was chosen.
        if (upload == null || upload.getOriginalFilename() == null || upload.getOriginalFilename().isBlank()) {
            return new Checked(null, "Select a file");
        }
        if (upload.isEmpty()) {
            return new Checked(null, "The selected file is empty");
        }
        if (upload.getSize() > MAX_BYTES) {
            return new Checked(null, TOO_LARGE);
        }
        String name = fileName(upload.getOriginalFilename());
        int dot = name.lastIndexOf('.');
        Kind kind = dot < 0 ? null : KINDS.get(name.substring(dot + 1).toLowerCase(Locale.ROOT));
        if (kind == null) {
            return new Checked(null, WRONG_TYPE);
        }
        byte[] bytes;
        try {
            bytes = upload.getBytes();
        } catch (IOException e) {
            return new Checked(null, "The selected file could not be read: choose it again");
        }
        if (!(kind.magic() == null ? isText(bytes) : startsWith(bytes, kind.magic()))) {
            return new Checked(null, WRONG_TYPE);
        }
        return new Checked(new Document(name, kind.contentType(), bytes, sha256(bytes)), null);
    }

    /** The name without any folder a browser sent, control characters or excess length. */
    static String fileName(String original) {
        String name = original.substring(Math.max(original.lastIndexOf('/'), original.lastIndexOf('\\')) + 1)
                .replaceAll("[\\p{Cntrl}\"]", "").strip();
        if (name.length() > 200) {
            int dot = name.lastIndexOf('.');
            String extension = dot < 0 || name.length() - dot > 10 ? "" : name.substring(dot);
            name = name.substring(0, 200 - extension.length()) + extension;
        }
        return name.isEmpty() ? "document" : name;
    }

    private static boolean startsWith(byte[] bytes, byte[] magic) {
        return bytes.length >= magic.length && Arrays.equals(bytes, 0, magic.length, magic, 0, magic.length);
    }

    /** UTF-8 without NUL bytes: what a text or CSV file is, and what no program or binary file is. */
    private static boolean isText(byte[] bytes) {
        for (byte b : bytes) {
            if (b == 0) {
                return false;
            }
        }
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** "2.4 MB", "310 KB": how the page shows a document's size. */
    static String size(long bytes) {
        if (bytes >= 1024 * 1024) {
            return String.format(Locale.UK, "%.1f MB", bytes / (1024.0 * 1024.0));
        }
        return Math.max(1, (bytes + 1023) / 1024) + " KB";
    }
}
