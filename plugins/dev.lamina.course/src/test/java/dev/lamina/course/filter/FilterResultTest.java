// SPDX-License-Identifier: EPL-2.0
package dev.lamina.course.filter;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.lamina.data.image.PixelImage;

/** The course photo that ships, and the three pictures that both the explorer and lamina filter come from. */
class FilterResultTest {

    private static final long SUM = 22_932_324L;
    private static final int AT_ROW_100_COLUMN_200 = 103;
    private static final int AT_ROW_511_COLUMN_0 = 178;
    private static final int AT_ROW_0_COLUMN_511 = 117;

    @TempDir
    Path dir;

    @Test
    void theShippedPhotoIsScipysAscent() {
        PixelImage ascent = FilterImages.ascent();
        assertEquals(512, ascent.width());
        assertEquals(512, ascent.height());
        assertEquals(1, ascent.channels());
        long sum = 0;
        for (byte b : ascent.pixels()) {
            sum += b & 0xFF;
        }
        // numpy on scipy.misc.ascent(): a.sum(), a[100, 200], a[511, 0], a[0, 511]
        assertEquals(SUM, sum);
        assertEquals(AT_ROW_100_COLUMN_200, ascent.get(200, 100, 0));
        assertEquals(AT_ROW_511_COLUMN_0, ascent.get(0, 511, 0));
        assertEquals(AT_ROW_0_COLUMN_511, ascent.get(511, 0, 0));
    }

    @Test
    void theExplorersPicturesAreLaminaFiltersPixels() {
        ConvolutionFilter filter = ConvolutionFilter.of(Kernel.parse("sobel-y"));
        FilterResult result = FilterResult.compute(FilterImages.ascent(), filter, 2);
        assertEquals(256, result.pooled().width());
        assertEquals(512, result.filtered().width());

        Path in = dir.resolve("ascent.png");
        FilterImages.writePng(FilterImages.ascent(), in);
        PixelImage written = FilterImages.filterFile(in, dir.resolve("out.png"), filter, 2);
        assertArrayEquals(written.pixels(), result.pooled().pixels());
        assertArrayEquals(FilterImages.readGray(dir.resolve("out.png")).pixels(), result.pooled().pixels());
    }

    @Test
    void withoutPoolingTheResultIsTheFilteredImage() {
        FilterResult result = FilterResult.compute(FilterImages.ascent(), ConvolutionFilter.of(Kernel.parse("edges")),
                1);
        assertSame(result.filtered(), result.result());
    }
}
