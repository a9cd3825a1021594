// SPDX-License-Identifier: EPL-2.0
package dev.lamina.run.activation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.lamina.data.image.PixelImage;

import org.junit.jupiter.api.Test;

class ActivationGridTest {

    @Test
    void standardisesLikeTheCourse() {
        // mean 2.5, std sqrt(1.25): (v - 2.5) / 1.1180 * 64 + 128 = 42.1, 99.4, 156.6, 213.9
        assertArrayEquals(new int[] {42, 99, 156, 213}, Standardization.toBytes(new float[] {1, 2, 3, 4}, 0, 4));
        Standardization.Stats stats = Standardization.stats(new float[] {1, 2, 3, 4}, 0, 4);
        assertEquals(2.5f, stats.mean());
        assertEquals((float) Math.sqrt(1.25), stats.std());
        // std 0: no division, everything at 128
        assertArrayEquals(new int[] {128, 128, 128}, Standardization.toBytes(new float[] {5, 5, 5}, 0, 3));
        // fifteen 0s and one 100: mean 6.25, std 24.206; 100 is clipped to 255, 0 gives 111.47
        float[] spike = new float[16];
        spike[15] = 100;
        int[] bytes = Standardization.toBytes(spike, 0, 16);
        assertEquals(111, bytes[0]);
        assertEquals(255, bytes[15]);
        // an offset selects one channel
        assertArrayEquals(new int[] {42, 99, 156, 213}, Standardization.toBytes(new float[] {9, 1, 2, 3, 4}, 1, 4));
    }

    @Test
    void viridisEndpoints() {
        assertEquals(0x440154, Viridis.rgb(0));
        assertEquals(0xfde725, Viridis.rgb(255));
        assertEquals(0x21918c, Viridis.rgb(128));
        assertEquals(0x440154, Viridis.rgb(-5));
        assertEquals(256, Viridis.table().length);
    }

    @Test
    void gridGeometryFor16ChannelsOf26x26() {
        GridLayout grid = ActivationGrid.layout(16, 26, 26, GridOptions.defaults().withScale(1));
        assertEquals(4, grid.columns());
        assertEquals(4, grid.rows());
        assertEquals(4 * 26 + 3 * 2, grid.width());
        assertEquals(110, grid.height());
        assertEquals(28, grid.tileX(5));
        assertEquals(28, grid.tileY(5));
        assertEquals(3 * 28, grid.tileX(15));
        assertEquals(0, grid.channelAt(25, 25));
        assertEquals(-1, grid.channelAt(26, 0));
        assertEquals(-1, grid.channelAt(27, 0));
        assertEquals(1, grid.channelAt(28, 0));
        assertEquals(15, grid.channelAt(109, 109));

        GridLayout auto = ActivationGrid.layout(16, 26, 26, GridOptions.defaults());
        assertEquals(52, auto.tileWidth());
        assertEquals(4 * 52 + 3 * 2, auto.width());

        GridLayout ten = GridLayout.nearSquare(10, 5, 5, 1);
        assertEquals(4, ten.columns());
        assertEquals(3, ten.rows());
        assertEquals(-1, ten.channelAt(ten.tileX(3) + 6 * 2, ten.tileY(8)));
    }

    @Test
    void rendersTilesWithViridisAndGaps() {
        int c = 16;
        int h = 26;
        int w = 26;
        float[] chw = new float[c * h * w];
        for (int ch = 0; ch < c; ch++) {
            for (int p = 0; p < h * w; p++) {
                chw[ch * h * w + p] = ch == 3 ? 7 : (p % w) * (ch + 1);
            }
        }
        PixelImage image = ActivationGrid.render(chw, c, h, w, GridOptions.defaults().withScale(1));
        assertEquals(110, image.width());
        assertEquals(110, image.height());
        assertEquals(3, image.channels());
        assertEquals(0xFFFFFF, rgb(image, 26, 0), "gap");
        assertEquals(Viridis.rgb(128), rgb(image, 3 * 28 + 10, 10), "constant channel 3 sits at the mean");
        int[] row = Standardization.toBytes(chw, 0, h * w);
        assertEquals(Viridis.rgb(row[0]), rgb(image, 0, 0));
        assertEquals(Viridis.rgb(row[25]), rgb(image, 25, 0));

        PixelImage scaled = ActivationGrid.render(chw, c, h, w, GridOptions.defaults().withScale(3).withGap(1));
        assertEquals(4 * 78 + 3, scaled.width());
        assertEquals(rgb(image, 1, 0), rgb(scaled, 5, 2));
        assertThrows(IllegalArgumentException.class, () -> ActivationGrid.render(new float[5], 1, 2, 2,
                GridOptions.defaults()));
    }

    private static int rgb(PixelImage image, int x, int y) {
        return image.get(x, y, 0) << 16 | image.get(x, y, 1) << 8 | image.get(x, y, 2);
    }
}
