// SPDX-License-Identifier: EPL-2.0
package dev.lamina.data.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.lamina.data.image.PixelImage;

/** Subsets pick samples by position; relabelling renumbers classes by name and changes nothing else. */
class SourceViewTest {

    /** Six 1×1 gray samples whose pixel is their index; labels 0, 1, 2, 0, 1, 2 named a, b, c. */
    private static final SampleSource SIX = new SampleSource() {
        @Override
        public int size() {
            return 6;
        }

        @Override
        public int label(int index) {
            return index % 3;
        }

        @Override
        public List<String> classNames() {
            return List.of("a", "b", "c");
        }

        @Override
        public int channels() {
            return 1;
        }

        @Override
        public int height() {
            return 1;
        }

        @Override
        public int width() {
            return 1;
        }

        @Override
        public PixelImage load(int index) {
            return new PixelImage(1, 1, 1, new byte[] { (byte) index });
        }

        @Override
        public String describe(int index) {
            return "sample " + index;
        }
    };

    @Test
    void aRangeShowsThoseSamplesInOrder() {
        SampleSource middle = Subset.range(SIX, 2, 5);
        assertEquals(3, middle.size());
        assertEquals(List.of(2, 0, 1), List.of(middle.label(0), middle.label(1), middle.label(2)));
        assertEquals(4, middle.load(2).pixels()[0]);
        assertEquals("sample 3", middle.describe(1));
        assertSame(SIX, Subset.first(SIX, 10));
        assertThrows(IllegalArgumentException.class, () -> Subset.range(SIX, 4, 7));
    }

    @Test
    void relabellingMatchesClassesByName() {
        SampleSource reordered = Relabeled.to(SIX, List.of("c", "a", "b"));
        assertEquals(List.of("c", "a", "b"), reordered.classNames());
        assertEquals(List.of(1, 2, 0), List.of(reordered.label(0), reordered.label(1), reordered.label(2)));
        assertEquals(5, reordered.load(5).pixels()[0]);
        assertEquals(6, reordered.size());
        assertSame(SIX, Relabeled.to(SIX, List.of("a", "b", "c")));
        assertThrows(IllegalArgumentException.class, () -> Relabeled.to(SIX, List.of("a", "b", "x")));
    }
}
