// SPDX-License-Identifier: EPL-2.0
package dev.lamina.course.filter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class KernelTest {

    @Test
    void parsesRowsSeparatedBySemicolons() {
        Kernel k = Kernel.parse("-1,-2,-1;0,0,0;1,2,1");
        assertEquals(3, k.size());
        assertEquals(1, k.radius());
        assertEquals(-2, k.get(0, 1));
        assertEquals(2, k.get(2, 1));
        assertEquals("-1,-2,-1;0,0,0;1,2,1", k.toText());
    }

    @Test
    void acceptsPythonListsSpacesLineBreaksAndPresets() {
        Kernel expected = Kernel.parse("-1,-2,-1;0,0,0;1,2,1");
        assertEquals(expected, Kernel.parse("[ [-1, -2, -1], [0, 0, 0], [1, 2, 1]]"));
        assertEquals(expected, Kernel.parse(" -1 -2 -1\n0 0 0\n1 2 1\n"));
        assertEquals(expected, Kernel.parse("sobel-y"));
        assertEquals(Kernel.parse("0.5"), Kernel.of(new double[][] {{0.5}}));
        assertEquals(5, Kernel.parse("1,1,1,1,1;1,1,1,1,1;1,1,1,1,1;1,1,1,1,1;1,1,1,1,1").size());
    }

    @Test
    void transposeSwapsRowsAndColumns() {
        assertEquals(Kernel.parse("-1,0,1;-2,0,2;-1,0,1"), Kernel.parse("-1,-2,-1;0,0,0;1,2,1").transpose());
    }

    @Test
    void errorsAreOneClearLine() {
        assertMessage("kernel row 2 has 2 values but row 1 has 3", "-1,-2,-1;0,0;1,2,1");
        assertMessage("kernel value \"x\" in row 1 is not a number", "1,x,1;0,0,0;1,2,1");
        assertMessage("kernel is 2x2; its size must be odd", "1,2;3,4");
        assertMessage("kernel has 2 rows of 3 values; it must be square", "1,2,3;4,5,6");
        assertMessage("kernel is empty", "  ");
        assertMessage("kernel row 2 is empty", "1,2,3;;4,5,6");
        assertMessage("is not a number", "NaN,1,1;1,1,1;1,1,1");
    }

    private static void assertMessage(String expectedStart, String text) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Kernel.parse(text));
        assertTrue(e.getMessage().startsWith(expectedStart) || e.getMessage().contains(expectedStart), e.getMessage());
        assertTrue(!e.getMessage().contains("\n"), e.getMessage());
    }
}
