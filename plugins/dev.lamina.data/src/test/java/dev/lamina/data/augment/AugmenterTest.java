// SPDX-License-Identifier: EPL-2.0
package dev.lamina.data.augment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lamina.data.image.PixelImage;

import java.util.Arrays;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

class AugmenterTest {

    /** A 4x3 RGB image whose red channel is 10 * column + row and green is 50 * row. */
    private static PixelImage known() {
        PixelImage image = PixelImage.blank(4, 3, 3);
        for (int y = 0; y < 3; y++) {
            for (int x = 0; x < 4; x++) {
                image.set(x, y, 0, 10 * x + y);
                image.set(x, y, 1, 50 * y);
                image.set(x, y, 2, 7);
            }
        }
        return image;
    }

    @Test
    void horizontalFlipMirrorsColumns() {
        Augmenter augmenter = new Augmenter(AugmentOptions.none().withHorizontalFlip(true));
        PixelImage flipped = augmenter.apply(known(), new RandomTransform(0, 0, 0, 0, 1, 1, true, false));
        for (int y = 0; y < 3; y++) {
            for (int x = 0; x < 4; x++) {
                assertEquals(10 * (3 - x) + y, flipped.get(x, y, 0));
                assertEquals(50 * y, flipped.get(x, y, 1));
            }
        }
        PixelImage upsideDown = augmenter.apply(known(), new RandomTransform(0, 0, 0, 0, 1, 1, false, true));
        assertEquals(10 * 1 + 2, upsideDown.get(1, 0, 0));
    }

    @Test
    void shiftMovesContentAndFillsWithTheChosenMode() {
        PixelImage image = known();
        RandomTransform shiftRight = new RandomTransform(0, 0, -1, 0, 1, 1, false, false);
        PixelImage nearest = new Augmenter(AugmentOptions.none()).apply(image, shiftRight);
        assertEquals(image.get(0, 1, 0), nearest.get(1, 1, 0));
        assertEquals(image.get(0, 1, 0), nearest.get(0, 1, 0)); // edge repeated
        PixelImage constant = new Augmenter(AugmentOptions.none().withFillMode(FillMode.CONSTANT, 99))
                .apply(image, shiftRight);
        assertEquals(99, constant.get(0, 1, 0));
        PixelImage wrap = new Augmenter(AugmentOptions.none().withFillMode(FillMode.WRAP, 0)).apply(image, shiftRight);
        assertEquals(image.get(3, 1, 0), wrap.get(0, 1, 0));
        PixelImage reflect = new Augmenter(AugmentOptions.none().withFillMode(FillMode.REFLECT, 0))
                .apply(image, new RandomTransform(0, 0, -2, 0, 1, 1, false, false));
        assertEquals(image.get(0, 1, 0), reflect.get(1, 1, 0));
        assertEquals(image.get(1, 1, 0), reflect.get(0, 1, 0));
    }

    @Test
    void rotationBy90DegreesOnASquareImageIsExact() {
        PixelImage square = PixelImage.blank(3, 3, 1);
        square.set(2, 0, 0, 200); // top-right corner
        PixelImage rotated = new Augmenter(AugmentOptions.none()).apply(square,
                new RandomTransform(90, 0, 0, 0, 1, 1, false, false));
        int corners = rotated.get(0, 0, 0) + rotated.get(2, 0, 0) + rotated.get(0, 2, 0) + rotated.get(2, 2, 0);
        assertEquals(200, corners, Arrays.toString(rotated.pixels()));
        assertEquals(0, rotated.get(2, 0, 0));
    }

    @Test
    void sameSeedSameResultDifferentSeedDifferentResult() {
        AugmentOptions options = AugmentOptions.none().withRotationRange(40).withWidthShiftRange(0.2)
                .withHeightShiftRange(0.2).withShearRange(20).withZoomRange(0.2).withHorizontalFlip(true)
                .withFillMode(FillMode.REFLECT, 0);
        PixelImage image = PixelImage.blank(32, 24, 3);
        new SplittableRandom(1).nextBytes(image.pixels());
        float[] a = new float[32 * 24 * 3];
        float[] b = new float[a.length];
        float[] c = new float[a.length];
        new Augmenter(options).augment(image, 42, a, 0, 1 / 255f);
        new Augmenter(options).augment(image, 42, b, 0, 1 / 255f);
        new Augmenter(options).augment(image, 43, c, 0, 1 / 255f);
        assertArrayEquals(a, b);
        assertFalse(Arrays.equals(a, c));
        for (float v : a) {
            assertTrue(v >= 0 && v <= 1);
        }
        RandomTransform drawn = new Augmenter(options).draw(new SplittableRandom(7), 24, 32);
        assertTrue(Math.abs(drawn.rotationDegrees()) <= 40);
        assertTrue(Math.abs(drawn.shiftCols()) <= 0.2 * 32);
        assertTrue(drawn.zoomRows() >= 0.8 && drawn.zoomRows() <= 1.2);
    }
}
