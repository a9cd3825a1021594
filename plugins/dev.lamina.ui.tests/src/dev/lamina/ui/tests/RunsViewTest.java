// SPDX-License-Identifier: EPL-2.0
package dev.lamina.ui.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Table;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import dev.lamina.core.examples.CourseModels;
import dev.lamina.core.model.ModelFile;
import dev.lamina.engine.inference.Evaluation;
import dev.lamina.run.folder.RunLayout;
import dev.lamina.run.folder.RunStatus;
import dev.lamina.run.history.RunSummary;
import dev.lamina.run.metrics.ConfusionMatrix;
import dev.lamina.ui.internal.LaminaJobs;
import dev.lamina.ui.runs.RunConsole;
import dev.lamina.ui.runs.RunView;
import dev.lamina.ui.runs.TrainingJob;
import dev.lamina.ui.runs.evaluation.EvaluationPanel;
import dev.lamina.ui.runs.history.RunsView;

/**
 * The run history with real Fashion-MNIST runs trained in the workbench: two learning rates overlaid with only the
 * learning rate differing, the Evaluation tab's confusion-matrix cell showing its images, and Resume from the Runs
 * view's context menu finishing a stopped run, then its other commands: Open Model, Re-run with the Same Settings and
 * Delete (the Delete key and the menu item, with their confirmation and undo). Rows, cells, buttons, keys and tabs
 * are real X input.
 */
@ExtendWith(FailOnLoggedErrors.class)
class RunsViewTest {

    private static final long TIMEOUT_MS = 300_000;

    @Test
    void twoLearningRatesOverlayDifferOnlyInTheLearningRateAndACellShowsItsImages() throws Exception {
        IProject project = project("runs-compare-tests");
        Path dir = project.getLocation().toFile().toPath();
        Files.writeString(dir.resolve("slow.json"), FashionFolders.runJson(2, "0.0005"), StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("fast.json"), FashionFolders.runJson(2, "0.003"), StandardCharsets.UTF_8);
        project.refreshLocal(IResource.DEPTH_INFINITE, null);
        Editors.showLaminaPerspective();
        train(project, "slow.json");
        Ui.sleep(1100); // run folders are named to the second
        train(project, "fast.json");

        RunsView runs = Views.show(RunsView.ID);
        Ui.waitUntil("the Runs view to list both runs", () -> listed(runs, project).size() == 2);
        List<RunSummary> both = listed(runs, project);
        for (RunSummary run : both) {
            assertEquals(RunStatus.State.FINISHED, run.state(), run.toString());
            assertEquals(2, run.epochs());
            assertEquals(600, run.dataset().training().images());
            assertEquals(150, run.dataset().validation().images());
            assertTrue(run.finalValAccuracy() > 0.2, run.toString());
            assertTrue(run.seconds() > 0 && !run.device().isBlank(), run.toString());
        }
        assertEquals(both.get(0).dataset(), both.get(1).dataset(), "the same data, the same fingerprint");
        Views.maximize(RunsView.ID);

        Table table = Ui.sync(() -> runs.viewer().getTable());
        // the two runs are next to each other (sorted by start): a click on the upper one, Shift+Down for both
        int first = Math.min(row(runs, both.get(0)), row(runs, both.get(1)));
        assertEquals(1, Math.abs(row(runs, both.get(0)) - row(runs, both.get(1))));
        clickRow(table, first, 0);
        Ui.key(SWT.SHIFT, SWT.ARROW_DOWN);
        Ui.waitUntil("both runs selected", () -> Ui.sync(table::getSelectionCount) == 2);
        Ui.waitUntil("two lines in each overlay chart", () -> java.util.Arrays.equals(new int[] { 2, 2 },
                Ui.sync(runs::comparedLines)));
        assertTrue(Ui.sync(runs::settingsRows).size() > 10, "every setting listed");
        Ui.flush();
        assertWholeEpochTicks(runs);
        Ui.screenshot(Editors.workbenchShell(), "runs-view-compare");

        Button differencesOnly = Ui.sync(runs::differencesOnlyButton);
        Ui.click(differencesOnly);
        Ui.waitUntil("differences only", () -> Ui.sync(runs::settingsRows).size() == 1);
        String[] row = Ui.sync(runs::settingsRows).get(0);
        assertEquals("optimizer.learning_rate", row[0]);
        assertEquals(List.of("0.0005", "0.003"), List.of(row[1], row[2]).stream().sorted().toList());
        Ui.flush();
        Ui.screenshot(Editors.workbenchShell(), "runs-view-differences-only");
        Ui.click(differencesOnly);
        Views.restore(RunsView.ID);
        Ui.flush();
        assertWholeEpochTicks(runs); // narrower charts, the same rule
        // In the bottom folder the view is wide and short: the comparison goes beside the table, with room to plot
        assertTrue(Ui.sync(runs::comparisonBesideTable), "comparison beside the table in a wide, short view");
        Ui.screenshot(Editors.workbenchShell(), "runs-view-compare-restored");
        int[] plotHeights = Ui.sync(runs::comparedPlotHeights);
        assertTrue(plotHeights[0] >= 80 && plotHeights[1] >= 80, "plot heights " + java.util.Arrays.toString(plotHeights));

        // Evaluation of the first run: its validation data, then a confusion-matrix cell's images
        RunView runView = Views.show(RunView.ID);
        Ui.run(() -> Editors.page().activate(runs));
        Path folder = both.get(0).folder();
        clickRow(table, row(runs, both.get(0)), 0);
        Rectangle rowBounds = Ui.sync(() -> table.getItem(row(runs, both.get(0))).getBounds(0));
        Ui.clickAt(table, rowBounds.x + 10, rowBounds.y + rowBounds.height / 2, 0, 2);
        Ui.waitUntil("a double-click to open the run in the Run view", () -> folder.equals(Ui.sync(
                runView::shownFolder)));
        Views.maximize(RunView.ID);
        CTabFolder tabs = Ui.sync(runView::tabFolder);
        CTabItem tab = Ui.sync(() -> java.util.Arrays.stream(tabs.getItems())
                .filter(i -> i.getText().equals("Evaluation")).findFirst().orElseThrow());
        Rectangle tabBounds = Ui.sync(tab::getBounds);
        Ui.clickAt(tabs, tabBounds.x + tabBounds.width / 2, tabBounds.y + tabBounds.height / 2);
        EvaluationPanel panel = Ui.sync(() -> (EvaluationPanel) tab.getControl());
        Ui.waitUntil("the Evaluation tab to follow the selected run", () -> folder.equals(Ui.sync(panel::run)));
        Ui.click(Ui.sync(panel::validationButton));
        Ui.waitUntil("the evaluation", () -> Ui.sync(panel::evaluation) != null);
        Evaluation evaluation = Ui.sync(panel::evaluation);
        ConfusionMatrix matrix = evaluation.report().matrix();
        assertEquals(150, matrix.total());
        assertEquals(150, evaluation.answers().size());
        int[] cell = busiestMistake(matrix);
        long count = matrix.count(cell[0], cell[1]);
        assertTrue(count > 0, "a cell with images");
        Point center = Ui.sync(() -> panel.matrix().cellCenter(cell[0], cell[1]));
        Ui.clickAt(Ui.sync(panel::matrix), center.x, center.y);
        Ui.waitUntil("the cell's thumbnails", () -> Ui.sync(() -> panel.thumbnails().count()) == count);
        assertArrayEquals(cell, Ui.sync(() -> panel.matrix().selection()));
        assertTrue(Ui.sync(panel::messageText).contains("150 images, accuracy"), Ui.sync(panel::messageText));
        Ui.flush();
        Ui.screenshot(Editors.workbenchShell(), "evaluation-cell-thumbnails");
        Views.restore(RunView.ID);
        cleanUp(project);
    }

    @Test
    void resumeFromTheContextMenuFinishesAStoppedRun() throws Exception {
        IProject project = project("runs-resume-tests");
        Path dir = project.getLocation().toFile().toPath();
        Files.writeString(dir.resolve("run.json"), FashionFolders.runJson(3, "0.001"), StandardCharsets.UTF_8);
        project.refreshLocal(IResource.DEPTH_INFINITE, null);
        Editors.showLaminaPerspective();

        TrainingJob job = new TrainingJob(project.getFile("run.json"), RunConsole.open("run.json"));
        job.schedule();
        long deadline = System.currentTimeMillis() + TIMEOUT_MS;
        while (job.folder() == null || !Files.isRegularFile(job.folder().resolve(RunLayout.CHECKPOINT))) {
            assertTrue(System.currentTimeMillis() < deadline, "no checkpoint after the first epoch");
            Ui.sleep(50);
        }
        job.cancel();
        job.join();
        Path folder = job.folder();
        assertEquals(RunStatus.State.STOPPED, RunStatus.read(folder).state());

        RunsView runs = Views.show(RunsView.ID);
        Ui.waitUntil("the Runs view to list the stopped run", () -> listed(runs, project).size() == 1
                && listed(runs, project).get(0).state() == RunStatus.State.STOPPED);
        RunSummary stopped = listed(runs, project).get(0);
        assertTrue(stopped.epochs() < 3, stopped.toString());
        Views.maximize(RunsView.ID);
        Table table = Ui.sync(() -> runs.viewer().getTable());
        clickRow(table, row(runs, stopped), 0);
        Ui.flush();
        Ui.screenshot(Editors.workbenchShell(), "runs-view-stopped");
        Views.restore(RunsView.ID);

        // the context menu as a right-click opens it: the Resume item runs ResumedRun as a training job
        assertEquals(List.of("Re-run with the Same Settings", "Resume", "", "Open Model", "Show in Project Explorer",
                "", "Delete..."), Ui.sync(() -> menuTexts(table)).subList(0, 7),
                "the context menu's commands, in their groups");
        Ui.run(() -> choose(table, "Resume")); // enabled for a stopped run with a checkpoint
        // started as the Train command starts a run: the Run view comes forward on it, the Runs view keeps its row
        RunView runView = Ui.sync(() -> (RunView) Editors.page().findView(RunView.ID));
        assertNotNull(runView, "Resume shows the Run view");
        assertEquals(runView, Ui.sync(() -> Editors.page().getActivePart()), "the Run view is active");
        assertEquals(List.of(folder), selectedFolders(runs, table), "the Runs view keeps the resumed run selected");
        Ui.waitUntil("the resumed run to finish", () -> Job.getJobManager().find(LaminaJobs.TRAINING_FAMILY).length
                == 0 && status(folder) == RunStatus.State.FINISHED);
        Ui.waitUntil("the Runs view to say finished", () -> listed(runs, project).get(0).state()
                == RunStatus.State.FINISHED);
        RunSummary finished = listed(runs, project).get(0);
        assertTrue(Ui.sync(runView::headerText).contains(folder.getFileName().toString()), Ui.sync(
                runView::headerText));
        assertEquals(3, finished.epochs());
        assertEquals(stopped.started(), finished.started(), "a resumed run keeps its start");
        assertTrue(finished.seconds() > stopped.seconds());
        assertTrue(Files.readString(folder.resolve(RunLayout.LOG)).contains("COMPLETED:"));
        Views.maximize(RunsView.ID);
        Ui.flush();
        Ui.screenshot(Editors.workbenchShell(), "runs-view-resumed");
        Views.restore(RunsView.ID);

        // Open Model: the run folder's copy of the model in the model editor
        assertTrue(!Ui.sync(() -> enabled(table, "Resume")), "a finished run does not resume");
        Ui.run(() -> choose(table, "Open Model"));
        Ui.waitUntil("the run's model in the editor", () -> Ui.sync(() -> {
            var editor = Editors.page().getActiveEditor();
            return editor != null && editor.getEditorInput() instanceof org.eclipse.ui.IFileEditorInput input
                    && folder.resolve(RunLayout.MODEL_DOCUMENT).equals(input.getFile().getLocation().toFile()
                            .toPath());
        }));
        Ui.run(() -> Editors.page().closeAllEditors(false));

        // Re-run with the same settings: a second run of the same run.json beside the first
        Ui.run(() -> Editors.page().activate(runs));
        clickRow(table, row(runs, finished), 0);
        Ui.run(() -> choose(table, "Re-run with the Same Settings"));
        assertEquals(runView, Ui.sync(() -> Editors.page().getActivePart()), "the Run view shows the re-run");
        assertEquals(List.of(folder), selectedFolders(runs, table), "the Runs view keeps its selection");
        Ui.waitUntil("the re-run to finish", () -> Job.getJobManager().find(LaminaJobs.TRAINING_FAMILY).length == 0
                && listed(runs, project).size() == 2 && listed(runs, project).stream().allMatch(
                        r -> r.state() == RunStatus.State.FINISHED));
        RunSummary rerun = listed(runs, project).stream().filter(r -> !r.folder().equals(folder)).findFirst()
                .orElseThrow();
        assertEquals(folder.getParent(), rerun.folder().getParent(), "the re-run lands beside the first run");
        assertEquals(3, rerun.epochs());
        assertTrue(Ui.sync(runView::headerText).contains(rerun.folder().getFileName().toString()), Ui.sync(
                runView::headerText));
        assertEquals(Files.readString(folder.resolve(RunLayout.RUN)), Files.readString(rerun.folder().resolve(
                RunLayout.RUN)), "the same settings");

        // the Delete key asks first, goes through the workspace (the view follows) and Edit > Undo brings it back
        Ui.run(() -> Editors.page().activate(runs));
        clickRow(table, row(runs, finished), 0);
        Ui.key(0, SWT.DEL);
        org.eclipse.swt.widgets.Shell confirm = Ui.waitForShell("Delete Runs");
        Ui.flush();
        Ui.screenshot(confirm, "runs-view-delete-confirm");
        Ui.click(Ui.button(confirm, "OK"));
        Ui.waitUntil("the Runs view to drop the deleted run", () -> listed(runs, project).size() == 1);
        assertTrue(!Files.exists(folder), folder + " is deleted");
        assertTrue(Files.isDirectory(rerun.folder()), "only the selected run is deleted");
        org.eclipse.core.commands.operations.IOperationHistory history = org.eclipse.ui.PlatformUI.getWorkbench()
                .getOperationSupport().getOperationHistory();
        history.undo(org.eclipse.ui.ide.undo.WorkspaceUndoUtil.getWorkspaceUndoContext(), null, null);
        Ui.waitUntil("the Runs view to list the restored run", () -> listed(runs, project).size() == 2);
        assertTrue(Files.isRegularFile(folder.resolve(RunLayout.RUN)) && Files.isRegularFile(folder.resolve(
                RunLayout.METRICS)), "undo restores the run's files");
        assertEquals(RunStatus.State.FINISHED, status(folder));

        // the context menu's Delete... is the same command: Cancel keeps the run
        clickRow(table, row(runs, finished), 0);
        Ui.display().asyncExec(() -> choose(table, "Delete..."));
        confirm = Ui.waitForShell("Delete Runs");
        Ui.click(Ui.button(confirm, "Cancel"));
        Ui.flush();
        assertTrue(Files.isDirectory(folder), "Cancel keeps the run");
        assertEquals(2, listed(runs, project).size());
        cleanUp(project);
    }

    /** The comparison charts tick epochs 1 and 2 of the two runs and nothing between them (no 1.2, 1.4 ...). */
    private static void assertWholeEpochTicks(RunsView runs) {
        for (double[] ticks : Ui.sync(runs::comparedEpochTicks)) {
            String drawn = java.util.Arrays.toString(ticks);
            assertTrue(java.util.Arrays.stream(ticks).allMatch(t -> t == Math.rint(t)), "whole epochs: " + drawn);
            assertTrue(java.util.Arrays.stream(ticks).anyMatch(t -> t == 1) && java.util.Arrays.stream(ticks)
                    .anyMatch(t -> t == 2), "epochs 1 and 2: " + drawn);
        }
    }

    /**
     * Fills the table's context menu as a right-click does, chooses its item named {@code text}, which must be
     * enabled, and closes the menu (the menu's command items live only while it shows).
     */
    private static void choose(Table table, String text) {
        rightClicked();
        Menu menu = table.getMenu();
        menu.notifyListeners(SWT.Show, new Event());
        try {
            MenuItem item = item(menu, text);
            assertTrue(item.isEnabled(), text + " is enabled");
            item.notifyListeners(SWT.Selection, new Event());
        } finally {
            menu.notifyListeners(SWT.Hide, new Event());
        }
    }

    /** Whether the context menu's item named {@code text} is enabled when the menu shows. */
    private static boolean enabled(Table table, String text) {
        rightClicked();
        Menu menu = table.getMenu();
        menu.notifyListeners(SWT.Show, new Event());
        try {
            return item(menu, text).isEnabled();
        } finally {
            menu.notifyListeners(SWT.Hide, new Event());
        }
    }

    /** A right-click activates the Runs view: its commands act on its selection. */
    private static void rightClicked() {
        Editors.page().activate(Editors.page().findView(RunsView.ID));
    }

    private static MenuItem item(Menu menu, String text) {
        return java.util.Arrays.stream(menu.getItems()).filter(i -> label(i).equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + text + " in the context menu"));
    }

    /** The context menu's item labels as a right-click shows them, separators as empty strings. */
    private static List<String> menuTexts(Table table) {
        Menu menu = table.getMenu();
        menu.notifyListeners(SWT.Show, new Event());
        List<String> texts = java.util.Arrays.stream(menu.getItems()).map(RunsViewTest::label).toList();
        menu.notifyListeners(SWT.Hide, new Event());
        return texts;
    }

    /** An item's label without its key binding ("Delete...\tDelete"). */
    private static String label(MenuItem item) {
        String text = item.getText();
        int tab = text.indexOf('\t');
        return tab < 0 ? text : text.substring(0, tab);
    }

    private static IProject project(String name) throws Exception {
        IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(name);
        if (project.exists()) {
            project.delete(true, true, null);
        }
        project.create(null);
        project.open(null);
        Path dir = project.getLocation().toFile().toPath();
        FashionFolders.export(dir, 600, 150);
        ModelFile.save(CourseModels.mnistSingleConv(), dir.resolve("model.lamina"));
        return project;
    }

    private static void train(IProject project, String runFile) throws InterruptedException {
        TrainingJob job = new TrainingJob(project.getFile(runFile), RunConsole.open(runFile));
        job.schedule();
        job.join(TIMEOUT_MS, null);
        assertTrue(job.getResult() != null && job.getResult().isOK(), runFile + ": " + job.getResult());
    }

    private static RunStatus.State status(Path folder) {
        try {
            return RunStatus.read(folder).state();
        } catch (java.io.IOException e) {
            return null;
        }
    }

    private static List<RunSummary> listed(RunsView view, IProject project) {
        Path dir = project.getLocation().toFile().toPath();
        return Ui.sync(view::listed).stream().filter(s -> s != null && s.folder().startsWith(dir))
                .sorted(java.util.Comparator.comparing(RunSummary::name)).toList();
    }

    /** The folders of the runs selected in the table. */
    private static List<Path> selectedFolders(RunsView view, Table table) {
        return Ui.sync(() -> java.util.Arrays.stream(table.getSelectionIndices())
                .mapToObj(i -> view.listed().get(i).folder()).toList());
    }

    private static int row(RunsView view, RunSummary run) {
        List<RunSummary> listed = Ui.sync(view::listed);
        for (int i = 0; i < listed.size(); i++) {
            if (listed.get(i) != null && listed.get(i).folder().equals(run.folder())) {
                return i;
            }
        }
        throw new AssertionError(run.folder() + " is not listed");
    }

    private static void clickRow(Table table, int index, int modifiers) {
        Rectangle bounds = Ui.sync(() -> {
            table.showItem(table.getItem(index));
            return table.getItem(index).getBounds(0);
        });
        Ui.clickAt(table, bounds.x + 10, bounds.y + bounds.height / 2, modifiers, 1);
        Ui.waitUntil("row " + index + " selected", () -> Ui.sync(() -> table.isSelected(index)));
    }

    /** The off-diagonal cell with the most images, or the fullest diagonal cell when the model made no mistake. */
    private static int[] busiestMistake(ConfusionMatrix matrix) {
        int[] best = { 0, 0 };
        long most = -1;
        for (int pass = 0; pass < 2 && most <= 0; pass++) {
            for (int a = 0; a < matrix.classes(); a++) {
                for (int p = 0; p < matrix.classes(); p++) {
                    if ((pass == 0) == (a != p) && matrix.count(a, p) > most) {
                        most = matrix.count(a, p);
                        best = new int[] { a, p };
                    }
                }
            }
        }
        return best;
    }


    private static void cleanUp(IProject project) throws Exception {
        Ui.run(() -> {
            var runView = Editors.page().findView(RunView.ID);
            if (runView != null) {
                Editors.page().hideView(runView);
            }
        });
        project.delete(true, true, null);
        Ui.flush();
        assertNotNull(project);
    }
}
