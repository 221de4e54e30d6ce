package org.homeward.child.internal.philomena;

import java.util.Arrays;
import java.util.Optional;

/** An uploaded photograph, its type read from its first bytes rather than from what the browser claimed. */
public record Photo(String contentType, byte[] bytes) {

    public static final int MAX_BYTES = 5 * 1024 * 1024;
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

    /** The photograph, if these bytes start as a JPEG or PNG file does. */
    public static Optional<Photo> of(byte[] bytes) {
        if (startsWith(bytes, JPEG)) {
            return Optional.of(new Photo("image/jpeg", bytes));
        }
        if (startsWith(bytes, PNG)) {
            return Optional.of(new Photo("image/png", bytes));
        }
        return Optional.empty();
    }

    public String dataUri() {
        return "data:" + contentType + ";base64," + java.util.Base64.getEncoder().encodeToString(bytes);
    }

    private static boolean startsWith(byte[] bytes, byte[] magic) {
        return bytes != null && bytes.length > magic.length
                && Arrays.equals(Arrays.copyOf(bytes, magic.length), magic);
    }
}
