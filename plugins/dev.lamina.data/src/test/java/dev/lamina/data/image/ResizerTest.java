// SPDX-License-Identifier: EPL-2.0
package dev.lamina.data.image;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

class ResizerTest {

    private static PixelImage row(int... values) {
        byte[] pixels = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            pixels[i] = (byte) values[i];
        }
        return new PixelImage(values.length, 1, 1, pixels);
    }

    @Test
    void nearestPicksTheSourcePixelUnderEachCentre() {
        PixelImage image = row(0, 10, 20, 30, 40, 50);
        assertArrayEquals(new byte[] {10, 40}, Resizer.resize(image, 2, 1, Interpolation.NEAREST).pixels());
        assertArrayEquals(new byte[] {0, 0, 10, 10}, Resizer.resize(row(0, 10), 4, 1, Interpolation.NEAREST).pixels());
    }

    @Test
    void bilinearMatchesPillow() {
        // Pillow: Image.fromarray(np.array([[0, 100]], np.uint8)).resize((4, 1), Image.BILINEAR) -> [0, 25, 75, 100]
        assertArrayEquals(new byte[] {0, 25, 75, 100}, Resizer.resize(row(0, 100), 4, 1, Interpolation.BILINEAR).pixels());
        // Shrinking 4 -> 2 widens the triangle to 2 pixels: weights (.75, .75, .25) / 1.75 around each centre,
        // worked out by hand from Pillow's precompute_coeffs.
        PixelImage shrunk = Resizer.resize(row(0, 100, 200, 250), 2, 1, Interpolation.BILINEAR);
        assertEquals(71, shrunk.get(0, 0, 0));
        assertEquals(207, shrunk.get(1, 0, 0));
    }

    @Test
    void keepsImagesThatAlreadyHaveTheSize() {
        PixelImage image = row(1, 2, 3);
        assertSame(image, Resizer.resize(image, 3, 1, Interpolation.BILINEAR));
    }

    @Test
    void resizesEveryChannel() {
        PixelImage rgb = new PixelImage(1, 1, 3, new byte[] {10, 20, 30});
        PixelImage big = Resizer.resize(rgb, 3, 2, Interpolation.BILINEAR);
        for (int y = 0; y < 2; y++) {
            for (int x = 0; x < 3; x++) {
                assertEquals(20, big.get(x, y, 1));
            }
        }
    }
}
