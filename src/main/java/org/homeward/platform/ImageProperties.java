package org.homeward.platform;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How large a picture Homeward takes in and keeps (see {@link Images}).
 *
 * @param maxPixels     refused before decoding above this many pixels (width times height)
 * @param maxSide       refused before decoding when either side is longer than this
 * @param outputSide    the longest side a picture is kept or printed at
 * @param pdfRenders    how many PDFs may be drawn at once, each holding its pictures and pages in memory
 *                      (0: one per processor)
 */
@ConfigurationProperties("homeward.images")
public record ImageProperties(Long maxPixels, Integer maxSide, Integer outputSide, Integer pdfRenders) {

    public ImageProperties {
        maxPixels = maxPixels == null ? Images.Limits.DEFAULT.maxPixels() : maxPixels;
        maxSide = maxSide == null ? Images.Limits.DEFAULT.maxSide() : maxSide;
        outputSide = outputSide == null ? Images.Limits.DEFAULT.outputSide() : outputSide;
        pdfRenders = pdfRenders == null || pdfRenders < 1 ? Runtime.getRuntime().availableProcessors() : pdfRenders;
    }

    public Images.Limits limits() {
        return new Images.Limits(maxPixels, maxSide, outputSide);
    }
}
