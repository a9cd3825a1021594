// SPDX-License-Identifier: EPL-2.0
package dev.lamina.benchmarks.editor;

import java.util.Arrays;
import java.util.Locale;
import java.util.Random;

import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Transform;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;

import dev.lamina.core.diagram.Diagram;
import dev.lamina.core.model.Model;
import dev.lamina.ui.editor.ModelDocument;
import dev.lamina.ui.editor.diagram.DiagramCanvas;
import dev.lamina.ui.editor.diagram.DiagramExport;
import dev.lamina.ui.editor.diagram.DiagramPainter;
import dev.lamina.ui.editor.diagram.DiagramResources;
import dev.lamina.ui.editor.summary.SummaryPage;

/**
 * Measures the model editor's two hot paths on a 200-layer model, with the editor's own classes:
 * <ol>
 * <li>an edit until shapes, diagram geometry, the canvas and the Summary page are up to date
 * ({@link ModelDocument#setModel} with the canvas and summary listening; target &lt; 5 ms);</li>
 * <li>painting the diagram off screen: all 200 blocks, and one screenful (target &lt; 16 ms).</li>
 * </ol>
 * A main class, not a test: timings depend on the machine. Needs a display (run under
 * {@code xvfb-run}); the class path is this bundle, dev.lamina.core, SWT, JFace and their
 * dependencies (see the README).
 */
public final class EditorBenchmark {

    private static final int WARMUP = 2_000;

    private EditorBenchmark() {
    }

    public static void main(String[] args) {
        int edits = args.length > 0 ? Integer.parseInt(args[0]) : 5_000;
        int paints = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        Display display = new Display();
        try {
            run(display, edits, paints);
        } finally {
            display.dispose();
        }
    }

    /** Runs both measurements and prints one line each. */
    public static void run(Display display, int edits, int paints) {
        Shell shell = new Shell(display);
        shell.setLayout(new FillLayout());
        shell.setSize(1200, 900);
        Model model = BenchmarkModels.twoHundredLayers();
        ModelDocument document = new ModelDocument(model);
        DiagramCanvas canvas = new DiagramCanvas(shell, document.diagram(), new DiagramCanvas.Listener() {
            @Override
            public void selectionChanged(java.util.List<String> names) {
            }

            @Override
            public void moveLayers(java.util.List<String> names, int target) {
            }

            @Override
            public void openLayer(String name) {
            }
        });
        SummaryPage summary = new SummaryPage(shell);
        summary.update(document.analysis());
        document.addListener((d, origin) -> {
            canvas.setDiagram(d.diagram());
            summary.update(d.analysis());
        });
        shell.open();
        while (display.readAndDispatch()) {
            // settle
        }

        Random random = new Random(42);
        for (int i = 0; i < WARMUP; i++) {
            document.setModel(BenchmarkModels.randomEdit(document.model(), random), null);
        }
        long[] editNanos = new long[edits];
        for (int i = 0; i < edits; i++) {
            Model edited = BenchmarkModels.randomEdit(document.model(), random);
            long start = System.nanoTime();
            document.setModel(edited, null);
            editNanos[i] = System.nanoTime() - start;
            if (i % 100 == 0) {
                while (display.readAndDispatch()) {
                    // let the canvas repaint now and then, as it would between key strokes
                }
            }
        }
        print("edit -> shapes, diagram and summary (200 layers)", editNanos, 5);

        Diagram diagram = document.diagram();
        DiagramResources resources = new DiagramResources(display);
        DiagramPainter painter = new DiagramPainter(resources);
        Image full = new Image(display, diagram.width(), diagram.height());
        Image screen = new Image(display, 1200, 900);
        try {
            long[] fullNanos = new long[paints];
            long[] screenNanos = new long[paints];
            long[] fitNanos = new long[paints];
            double fit = Math.min(1200.0 / diagram.width(), 900.0 / diagram.height());
            for (int i = -paints / 4; i < paints; i++) {
                long start = System.nanoTime();
                GC gc = new GC(full);
                painter.paint(gc, diagram, 0, 0, diagram.width(), diagram.height(), 1);
                gc.dispose();
                long middle = System.nanoTime();
                gc = new GC(screen);
                painter.paint(gc, diagram, 0, 4000, 1200, 900, 1);
                gc.dispose();
                long end = System.nanoTime();
                gc = new GC(screen);
                Transform zoom = new Transform(display);
                zoom.scale((float) fit, (float) fit);
                gc.setTransform(zoom);
                painter.paint(gc, diagram, 0, 0, diagram.width(), diagram.height(), fit);
                zoom.dispose();
                gc.dispose();
                long fitted = System.nanoTime();
                if (i >= 0) {
                    fullNanos[i] = middle - start;
                    screenNanos[i] = end - middle;
                    fitNanos[i] = fitted - end;
                }
            }
            print("paint all 200 blocks off screen (" + diagram.width() + "x" + diagram.height() + ")", fullNanos, 16);
            print("paint one 1200x900 screen of the diagram at 100%", screenNanos, 16);
            print(String.format(Locale.ROOT, "paint all 200 blocks fitted to a 1200x900 screen (zoom %.3f)", fit),
                    fitNanos, 16);
            Image export = DiagramExport.paint(display, diagram, 1, painter);
            export.dispose();
        } finally {
            full.dispose();
            screen.dispose();
            resources.dispose();
            shell.dispose();
        }
    }

    private static void print(String what, long[] nanos, double targetMs) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        double mean = Arrays.stream(sorted).average().orElse(0) / 1e6;
        System.out.printf(Locale.ROOT, "%s: mean %.3f ms, p50 %.3f ms, p99 %.3f ms, max %.3f ms (target < %.0f ms, n=%d)%n",
                what, mean, sorted[sorted.length / 2] / 1e6, sorted[(int) (sorted.length * 0.99)] / 1e6,
                sorted[sorted.length - 1] / 1e6, targetMs, sorted.length);
    }


}
