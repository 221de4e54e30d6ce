package org.homeward.child.internal.philomena;

import java.util.Base64;
import org.homeward.platform.Images;

/** A photograph as Homeward keeps it: decoded and written afresh (see {@link Images}), JPEG or PNG. */
public record Photo(String contentType, byte[] bytes) {

    public static final int MAX_BYTES = 5 * 1024 * 1024;

    /** The photograph as kept, or why these bytes cannot be one. */
    static Images.Result of(byte[] bytes, Images.Limits limits) {
        return Images.reencode(bytes, limits);
    }

    static Photo of(Images.Image image) {
        return new Photo(image.contentType(), image.bytes());
    }

    public String dataUri() {
        return "data:" + contentType + ";base64," + Base64.getEncoder().encodeToString(bytes);
    }
}
