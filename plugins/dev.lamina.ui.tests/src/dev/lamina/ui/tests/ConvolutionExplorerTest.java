// SPDX-License-Identifier: EPL-2.0
package dev.lamina.ui.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import dev.lamina.course.filter.ConvolutionFilter;
import dev.lamina.course.filter.FilterImages;
import dev.lamina.course.filter.FilterResult;
import dev.lamina.course.filter.Kernel;
import dev.lamina.data.image.PixelImage;
import dev.lamina.ui.explorer.ConvolutionExplorer;
import dev.lamina.ui.explorer.ExplorerInput;

/**
 * The Convolution Explorer on the course's photo: its pictures are lamina filter's pixels, presets and typed
 * kernels refilter, a bad cell says which, and the real pointer over a pixel shows that pixel's multiply-add.
 */
@ExtendWith(FailOnLoggedErrors.class)
class ConvolutionExplorerTest {

    @TempDir
    Path dir;
    private ConvolutionExplorer explorer;
    private Shell shell;

    @BeforeEach
    void open() {
        Editors.showLaminaPerspective();
        explorer = Ui.sync(() -> {
            try {
                return (ConvolutionExplorer) Editors.page().openEditor(ExplorerInput.coursePhoto(),
                        ConvolutionExplorer.ID);
            } catch (org.eclipse.ui.PartInitException e) {
                throw new IllegalStateException(e);
            }
        });
        shell = Editors.workbenchShell();
        Ui.waitUntil("the first filtering", () -> explorer.result() != null);
    }

    @AfterEach
    void close() {
        Editors.closeAll();
    }

    @Test
    void thePicturesAreLaminaFiltersPixels() {
        PixelImage ascent = FilterImages.ascent();
        Path in = dir.resolve("ascent.png");
        FilterImages.writePng(ascent, in);
        PixelImage written = FilterImages.filterFile(in, dir.resolve("out.png"),
                ConvolutionFilter.of(Kernel.parse("sobel-y")), 2);
        FilterResult shown = explorer.result();
        assertEquals(256, shown.pooled().width(), "the default: sobel-y, weight 1, 2x2 pooling");
        assertArrayEquals(written.pixels(), shown.pooled().pixels());
        assertTrue(label("Max-pooled 2 × 2  256 × 256"), "the pooled picture's size is shown");
        assertTrue(label("Original  512 × 512"), "the original's size");
        assertTrue(label("Photo: SciPy's \"ascent\" (public domain)"), "the photo's attribution");

        Combo preset = Ui.find(shell, Combo.class, c -> c.indexOf("edges") >= 0);
        Ui.run(() -> {
            preset.select(preset.indexOf("edges"));
            preset.notifyListeners(SWT.Selection, null);
        });
        PixelImage edges = new ConvolutionFilter(Kernel.parse("edges"), 1).apply(ascent);
        Ui.waitUntil("the edges filter", () -> Arrays.equals(edges.pixels(), explorer.result().filtered().pixels()));
    }

    @Test
    void aTypedKernelIsCustomAndABadCellSaysWhich() {
        Text corner = Ui.find(shell, Text.class, t -> t.getToolTipText() != null
                && t.getToolTipText().startsWith("Kernel row 1, column 1"));
        Ui.run(() -> corner.setText("x"));
        assertTrue(label("Kernel row 1, column 1: \"x\" is not a number"), "the bad cell is named");
        Ui.clickAt(corner, 5, 5);
        Ui.key(SWT.MOD1, 'a');
        Ui.type("-3");
        Ui.flush();
        Combo preset = Ui.find(shell, Combo.class, c -> c.indexOf("edges") >= 0);
        assertEquals("custom", Ui.sync(preset::getText));
        Kernel typed = Kernel.parse("-3,-2,-1;0,0,0;1,2,1");
        PixelImage expected = ConvolutionFilter.of(typed).apply(FilterImages.ascent());
        Ui.waitUntil("the typed kernel", () -> Arrays.equals(expected.pixels(), explorer.result().filtered().pixels()));
        assertTrue(label(""), "the error is gone");
    }

    @Test
    void hoveringAPixelShowsItsMultiplyAdd() {
        Canvas original = Ui.sync(() -> explorer.canvases().get(0));
        int[] point = Ui.sync(() -> explorer.pointOf(0, 300, 200));
        Ui.moveTo(original, point[0] - 4, point[1] - 4);
        Ui.moveTo(original, point[0], point[1]);
        Ui.flush();
        // one screen pixel covers several image pixels when the photo is shown smaller than 512 x 512
        org.eclipse.swt.graphics.Rectangle bounds = Ui.sync(original::getClientArea);
        int tolerance = (int) Math.ceil(512.0 / Math.min(bounds.width, bounds.height)) + 1;
        long deadline = System.currentTimeMillis() + 10_000;
        String text = Ui.sync(explorer::stepText);
        while (!near(text, 300, 200, tolerance) && System.currentTimeMillis() < deadline) {
            Ui.sleep(100);
            text = Ui.sync(explorer::stepText);
        }
        Ui.screenshot(shell, "convolution-explorer");
        assertTrue(near(text, 300, 200, tolerance), "the step under the pointer at " + Arrays.toString(point) + ", canvas "
                + Ui.sync(original::getBounds) + ": " + text);
        int x = Integer.parseInt(text.substring(7, text.indexOf(',')));
        int y = Integer.parseInt(text.substring(text.indexOf(',') + 2, text.indexOf(')')));
        String formula = ConvolutionFilter.of(Kernel.parse("sobel-y")).stepAt(FilterImages.ascent(), x, y).formula();
        assertTrue(text.endsWith(formula), text + " shows " + formula);
        assertTrue(label("Pool 2 × 2 from (" + x / 2 * 2 + ", " + y / 2 * 2 + "): keeps the largest, "),
                "the pool window");
    }

    /** Whether the step text is about a pixel within {@code tolerance} of ({@code x}, {@code y}). */
    private static boolean near(String stepText, int x, int y, int tolerance) {
        if (!stepText.startsWith("Pixel (")) {
            return false;
        }
        int shownX = Integer.parseInt(stepText.substring(7, stepText.indexOf(',')));
        int shownY = Integer.parseInt(stepText.substring(stepText.indexOf(',') + 2, stepText.indexOf(')')));
        return Math.abs(shownX - x) <= tolerance && Math.abs(shownY - y) <= tolerance;
    }

    private boolean label(String startOfText) {
        return Ui.find(shell, Label.class, l -> startOfText.isEmpty()
                ? l.getForeground().equals(l.getDisplay().getSystemColor(SWT.COLOR_RED)) && l.getText().isEmpty()
                : l.getText().startsWith(startOfText)) != null;
    }
}
