// SPDX-License-Identifier: EPL-2.0
package dev.lamina.ui.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.ISeries;
import org.eclipse.swtchart.Range;
import org.eclipse.ui.IWorkbenchPage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import dev.lamina.core.examples.CourseModels;
import dev.lamina.core.model.ModelFile;
import dev.lamina.run.curves.XAxis;
import dev.lamina.run.folder.RunLayout;
import dev.lamina.ui.runs.RunCharts;
import dev.lamina.ui.runs.RunView;

/**
 * The Run view on a past run folder written as the engine writes one: 8 epochs of 625 steps (5,000 points, more
 * than a chart draws), validation loss rising for the last epochs while training loss falls, and a stop target of
 * accuracy above 0.9 reached at epoch 8. Real widgets: the Log y box is clicked with the X pointer.
 */
@ExtendWith(FailOnLoggedErrors.class)
class RunChartsTest {

    private static final int EPOCHS = 8;
    private static final int STEPS = 625;
    private static final String STOP_MESSAGE = "Reached 90% accuracy so cancelling training!";

    @TempDir
    Path folder;
    private RunView view;

    @BeforeEach
    void showRun() throws Exception {
        writeOverfittingRun(folder);
        Editors.showLaminaPerspective();
        view = Ui.sync(() -> {
            try {
                return (RunView) Editors.page().showView(RunView.ID);
            } catch (org.eclipse.ui.PartInitException e) {
                throw new IllegalStateException(e);
            }
        });
        Ui.run(() -> Editors.page().setPartState(Editors.page().findViewReference(RunView.ID),
                IWorkbenchPage.STATE_MAXIMIZED));
        Ui.run(() -> view.showFolder(folder));
        Ui.flush();
    }

    @AfterEach
    void hideView() {
        Ui.run(() -> {
            Editors.page().setPartState(Editors.page().findViewReference(RunView.ID), IWorkbenchPage.STATE_RESTORED);
            Editors.page().hideView(view);
        });
        Ui.flush();
    }

    @Test
    void showsHeaderStopMessageTargetLineCoachAndSummary() {
        String header = Ui.sync(view::headerText);
        assertTrue(header.startsWith("reached the target: " + folder.getFileName()) && header.contains("epoch 8/20"),
                header);
        assertEquals(STOP_MESSAGE, Ui.sync(view::endMessageText));
        RunCharts charts = Ui.sync(view::charts);
        // the target line spans the accuracy chart at 0.9; the loss chart has none
        ISeries<?> target = Ui.sync(() -> charts.accuracyChart().getSeriesSet().getSeries("target"));
        assertArrayEquals(new double[] { 0.9, 0.9 }, Ui.sync(target::getYSeries));
        assertArrayEquals(new double[] { 0, EPOCHS }, Ui.sync(target::getXSeries), 1e-9);
        assertEquals(0, Ui.sync(() -> charts.lossChart().getSeriesSet().getSeries("target").getXSeries().length));
        // the best validation accuracy is epoch 5's, not the last epoch's
        assertArrayEquals(new double[] { 5 },
                Ui.sync(() -> charts.accuracyChart().getSeriesSet().getSeries("best").getXSeries()));
        String coach = Ui.sync(charts::coachText);
        assertTrue(coach.startsWith("Coach: overfitting: validation loss rose for 3 epochs, 0.3000 at epoch 5 to"
                + " 0.3600 at epoch 8"), coach);
        assertTrue(coach.contains("target reached: accuracy 0.9"), coach);
        String summary = Ui.sync(view::summaryText);
        assertTrue(summary.contains("Total params: "), summary);
        assertTrue(summary.contains("\"batch_size\": 32"), summary);
        Ui.screenshot(Editors.workbenchShell(), "run-view-overfitting");
    }

    @Test
    void drawsFewerPointsThanItKeepsAndExportsThemAll() throws IOException {
        RunCharts charts = Ui.sync(view::charts);
        int drawn = Ui.sync(() -> charts.lossChart().getSeriesSet().getSeries("training").getXSeries().length);
        int width = Ui.sync(() -> charts.lossChart().getPlotArea().getSize().x);
        assertTrue(drawn < EPOCHS * STEPS && drawn <= 4 * Math.max(200, width), drawn + " drawn, plot " + width);
        Path csv = folder.resolve("export/curves.csv");
        Files.createDirectories(csv.getParent());
        Ui.run(() -> charts.exportCsv(csv));
        List<String> lines = Files.readAllLines(csv);
        assertEquals(1 + EPOCHS * STEPS + EPOCHS, lines.size());
        assertEquals("kind,epoch,batch,step,seconds,loss,accuracy,smoothed_loss,smoothed_accuracy", lines.get(0));
        assertTrue(lines.get(EPOCHS * STEPS).startsWith("training,8,625,5000,"), lines.get(EPOCHS * STEPS));
        assertEquals("validation,8,,5000,160,0.36,0.86,,", lines.getLast());

        Path png = folder.resolve("export/charts.png");
        Ui.run(() -> {
            try {
                charts.exportPng(png);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
        ImageData image = new ImageData(png.toString());
        int chartsWidth = Ui.sync(() -> charts.lossChart().getSize().x + charts.accuracyChart().getSize().x);
        assertEquals(chartsWidth, image.width);
        try (var listing = Files.list(csv.getParent())) {
            assertEquals(2, listing.count(), "no temporary file is left behind");
        }
    }

    @Test
    void logYAndXAxisModes() {
        RunCharts charts = Ui.sync(view::charts);
        Chart loss = Ui.sync(charts::lossChart);
        Button log = Ui.sync(() -> Ui.find(charts.controls(), Button.class, b -> "Log y".equals(b.getText())));
        Ui.click(log);
        Ui.waitUntil("a log y axis", () -> Ui.sync(() -> loss.getAxisSet().getYAxis(0).isLogScaleEnabled()));
        assertTrue(Ui.sync(charts::isLogY));
        for (double y : Ui.sync(() -> loss.getSeriesSet().getSeries("training").getYSeries())) {
            assertTrue(y > 0, "a log axis draws only positive values: " + y);
        }
        Ui.screenshot(Editors.workbenchShell(), "run-view-log-y");
        Ui.click(log);
        Ui.waitUntil("a linear y axis", () -> !Ui.sync(() -> loss.getAxisSet().getYAxis(0).isLogScaleEnabled()));

        Combo axis = Ui.sync(() -> Ui.find(charts.controls(), Combo.class, c -> true));
        Ui.run(() -> {
            axis.select(1);
            axis.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
        });
        assertEquals(XAxis.BATCH, Ui.sync(charts::xAxis));
        double[] x = Ui.sync(() -> loss.getSeriesSet().getSeries("training").getXSeries());
        assertEquals(1, x[0]);
        assertEquals(EPOCHS * STEPS, x[x.length - 1]);
        assertArrayEquals(new double[] { 625, 1250, 1875, 2500, 3125, 3750, 4375, 5000 },
                Ui.sync(() -> loss.getSeriesSet().getSeries("validation").getXSeries()));
        assertEquals("batch (steps over the run)", Ui.sync(() -> loss.getAxisSet().getXAxis(0).getTitle().getText()));

        Ui.run(() -> charts.setXAxis(XAxis.TIME));
        // every epoch took 20 s: the last step ends at 160 s
        double[] t = Ui.sync(() -> loss.getSeriesSet().getSeries("training").getXSeries());
        assertEquals(160, t[t.length - 1], 1e-6);
        assertEquals(2, Ui.sync(axis::getSelectionIndex));
        Ui.run(() -> charts.setXAxis(XAxis.EPOCH));
    }

    @Test
    void dragZoomsBothChartsKeepsTheZoomAndDoubleClickFits() {
        RunCharts charts = Ui.sync(view::charts);
        Chart loss = Ui.sync(charts::lossChart);
        Chart accuracy = Ui.sync(charts::accuracyChart);
        org.eclipse.swt.widgets.Control plot = Ui.sync(() -> loss.getPlotArea().getControl());
        org.eclipse.swt.graphics.Point size = Ui.sync(plot::getSize);
        Range fitted = Ui.sync(() -> loss.getAxisSet().getXAxis(0).getRange());
        Range accuracyFitted = Ui.sync(() -> accuracy.getAxisSet().getXAxis(0).getRange());
        double from = Ui.sync(() -> loss.getAxisSet().getXAxis(0).getDataCoordinate(size.x / 4));
        double to = Ui.sync(() -> loss.getAxisSet().getXAxis(0).getDataCoordinate(size.x / 2));

        Ui.drag(plot, new org.eclipse.swt.graphics.Point(size.x / 4, size.y / 4), plot,
                new org.eclipse.swt.graphics.Point(size.x / 2, size.y / 2));
        Ui.waitUntil("the charts to zoom", () -> Ui.sync(charts::isZoomed));
        Range zoomed = Ui.sync(() -> loss.getAxisSet().getXAxis(0).getRange());
        double pixel = (fitted.upper - fitted.lower) / size.x;
        assertEquals(from, zoomed.lower, 3 * pixel);
        assertEquals(to, zoomed.upper, 3 * pixel);
        Range other = Ui.sync(() -> accuracy.getAxisSet().getXAxis(0).getRange());
        assertEquals(zoomed.lower, other.lower, 1e-9, "the accuracy chart shows the same steps");
        assertEquals(zoomed.upper, other.upper, 1e-9);
        Ui.screenshot(Editors.workbenchShell(), "run-view-zoomed");

        // the run's data drawn again (as a live run's refresh does) keeps the user's zoom
        Ui.run(() -> charts.setLogY(true));
        Ui.run(() -> charts.setLogY(false));
        assertEquals(zoomed.lower, Ui.sync(() -> loss.getAxisSet().getXAxis(0).getRange()).lower, 1e-9);

        Ui.clickAt(plot, size.x / 2, size.y / 2, 0, 2);
        Ui.waitUntil("a double-click to fit", () -> !Ui.sync(charts::isZoomed));
        Range refitted = Ui.sync(() -> loss.getAxisSet().getXAxis(0).getRange());
        // SWTChart's margin for the symbols depends on the range drawn before: equal to a pixel
        assertEquals(fitted.lower, refitted.lower, pixel);
        assertEquals(fitted.upper, refitted.upper, pixel);

        Button fit = Ui.sync(() -> Ui.find(charts.controls(), Button.class, b -> "Fit".equals(b.getText())));
        assertTrue(!Ui.sync(fit::isEnabled), "nothing to fit");
        Ui.run(() -> charts.zoomX(2, 3));
        assertTrue(Ui.sync(fit::isEnabled));
        Ui.click(fit);
        Ui.waitUntil("the Fit button to fit", () -> !Ui.sync(charts::isZoomed));
        assertEquals(accuracyFitted.upper, Ui.sync(() -> accuracy.getAxisSet().getXAxis(0).getRange()).upper, pixel);
    }

    /**
     * A run folder as the engine leaves it: run.json with a stop target, the model as trained, metrics.csv,
     * iterations.csv and log.txt. Validation loss falls to 0.30 at epoch 5 then rises; training loss keeps falling.
     */
    static void writeOverfittingRun(Path dir) throws IOException {
        Files.writeString(dir.resolve(RunLayout.RUN), """
                {
                  "format": 1,
                  "model": "model.lamina",
                  "train": {"folder": "data/train"},
                  "validation": {"folder": "data/validation"},
                  "batch_size": 32,
                  "epochs": 20,
                  "optimizer": "adam",
                  "loss": "sparse_categorical_crossentropy",
                  "stop": {"metric": "accuracy", "above": 0.9, "message": "%s"}
                }
                """.formatted(STOP_MESSAGE), StandardCharsets.UTF_8);
        ModelFile.save(CourseModels.mnistSingleConv(), dir.resolve(RunLayout.MODEL_DOCUMENT));
        double[] valLoss = { 0.50, 0.42, 0.36, 0.32, 0.30, 0.31, 0.33, 0.36 };
        double[] valAccuracy = { 0.80, 0.83, 0.85, 0.86, 0.87, 0.869, 0.865, 0.86 };
        StringBuilder metrics = new StringBuilder("epoch,loss,accuracy,val_loss,val_accuracy,seconds\n");
        StringBuilder iterations = new StringBuilder("epoch,batch,loss,accuracy,samples_per_second\n");
        java.util.Random noise = new java.util.Random(3);
        for (int e = 1; e <= EPOCHS; e++) {
            double epochLoss = 0.6 * Math.pow(0.8, e - 1);
            double accuracy = 0.78 + 0.017 * e;
            metrics.append(String.format(Locale.ROOT, "%d,%.4f,%.4f,%s,%s,20%n", e, epochLoss, accuracy,
                    valLoss[e - 1], valAccuracy[e - 1]));
            for (int b = 1; b <= STEPS; b++) {
                iterations.append(String.format(Locale.ROOT, "%d,%d,%.6f,%.6f,%.1f%n", e, b,
                        epochLoss * (1 + 0.3 * noise.nextGaussian()), accuracy, 1000.0));
            }
        }
        Files.writeString(dir.resolve(RunLayout.METRICS), metrics, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve(RunLayout.ITERATIONS), iterations, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve(RunLayout.LOG), "Epoch 8/20 - 20.0s - loss: 0.1258 - accuracy: 0.9160\n"
                + STOP_MESSAGE + "\nREACHED_TARGET: " + STOP_MESSAGE + "\n", StandardCharsets.UTF_8);
    }
}
