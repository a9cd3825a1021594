// SPDX-License-Identifier: EPL-2.0
package dev.lamina.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Button;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.navigator.CommonNavigator;
import org.junit.jupiter.api.Test;

import dev.lamina.core.examples.CourseModels;
import dev.lamina.run.folder.RunLayout;
import dev.lamina.ui.internal.LaminaJobs;
import dev.lamina.ui.runs.RunView;

/**
 * Trains a small real run from the workbench: a run.json selected in the Project Explorer, Lamina &gt; Train, the
 * Run view's charts filling, a real click on Stop, and the run folder that {@code lamina train} would write, kept
 * and marked stopped.
 */
class RunViewTest {

    private static final long TRAINING_TIMEOUT_MS = 240_000;

    @Test
    void trainsARunFileShowsItsCurvesAndStopsKeepingTheModel() throws Exception {
        IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject("training-tests");
        if (!project.exists()) {
            project.create(null);
        }
        project.open(null);
        Path dir = project.getLocation().toFile().toPath();
        // 2000 training and 500 validation images of the 10 classes, as class folders of 28x28 grey PNGs
        FashionFolders.export(dir, 2000, 500);
        dev.lamina.core.model.ModelFile.save(CourseModels.mnistSingleConv(), dir.resolve("model.lamina"));
        Files.writeString(dir.resolve("run.json"), FashionFolders.runJson(30, "0.001"), StandardCharsets.UTF_8);
        project.refreshLocal(IResource.DEPTH_INFINITE, null);
        IFile runFile = project.getFile("run.json");

        Editors.showLaminaPerspective();
        CommonNavigator explorer = Ui.sync(() -> {
            try {
                return (CommonNavigator) Editors.page().showView("org.eclipse.ui.navigator.ProjectExplorer");
            } catch (org.eclipse.ui.PartInitException e) {
                throw new IllegalStateException(e);
            }
        });
        Ui.run(() -> explorer.selectReveal(new StructuredSelection(runFile)));
        Ui.flush();
        Ui.display().asyncExec(() -> {
            try {
                Editors.page().getWorkbenchWindow().getService(IHandlerService.class)
                        .executeCommand("dev.lamina.ui.commands.train", null);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });

        Ui.waitUntil("the Run view", () -> Ui.sync(() -> Editors.page().findView(RunView.ID)) != null);
        RunView view = Ui.sync(() -> (RunView) Editors.page().findView(RunView.ID));
        Ui.waitUntil("the training job", () -> Job.getJobManager().find(LaminaJobs.TRAINING_FAMILY).length == 1);
        long deadline = System.currentTimeMillis() + TRAINING_TIMEOUT_MS;
        while (!charted(Ui.sync(view::points))) {
            if (System.currentTimeMillis() > deadline) {
                fail("no training and validation points in both charts: " + Ui.sync(view::headerText));
            }
            Ui.sleep(100);
        }
        Ui.flush();
        Ui.screenshot(Editors.workbenchShell(), "run-view-training");
        // the line under the header names the device the engine reports and the memory in use
        String details = Ui.sync(view::detailsText);
        assertTrue(details.startsWith("Device: CPU: ") && details.contains("JVM heap "), details);
        assertTrue(Ui.sync(view::headerText).contains("ETA "), Ui.sync(view::headerText));
        Ui.waitUntil("the Summary tab", () -> Ui.sync(view::summaryText).contains("Total params: "));
        // the run trains on a thread of its own at nice 10, and the batch workers it started inherit that; the UI
        // thread keeps its priority
        Path tasks = Path.of("/proc/self/task");
        if (Files.isDirectory(tasks)) {
            List<String> training = niceValues(tasks, "Lamina training");
            assertEquals(List.of("10"), training, "nice of the training thread");
            List<String> workers = niceValues(tasks, "lamina-batches-");
            assertTrue(!workers.isEmpty() && workers.stream().allMatch("10"::equals), "batch workers: " + workers);
            String ui = Ui.sync(() -> {
                try {
                    return Files.readString(Path.of("/proc/thread-self/stat"));
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
            assertEquals("0", niceOf(ui), "nice of the UI thread");
        }

        // charts nobody sees get no frames: behind the Summary tab their points stay as they were while the run
        // trains on, and they catch up when the Charts tab is in front again
        org.eclipse.swt.custom.CTabFolder tabs = Ui.sync(view::tabFolder);
        clickTab(tabs, 1);
        Ui.sleep(600); // a frame computed before the click may still be set
        int[] hidden = Ui.sync(view::points);
        String before = Ui.sync(view::headerText);
        Ui.waitUntil("the run to train on", () -> !Ui.sync(view::headerText).equals(before));
        Ui.sleep(1000);
        assertTrue(Ui.sync(view::headerText).startsWith("training: "), Ui.sync(view::headerText));
        org.junit.jupiter.api.Assertions.assertArrayEquals(hidden, Ui.sync(view::points),
                "points drawn behind the Summary tab");
        clickTab(tabs, 0);
        Ui.waitUntil("the charts to catch up", () -> Ui.sync(view::points)[0] > hidden[0]);

        Button stop = view.stopButton();
        assertTrue(Ui.sync(stop::isEnabled));
        Point size = Ui.sync(stop::getSize);
        Ui.clickAt(stop, size.x / 2, size.y / 2);
        Ui.waitUntil("the training job to end", () -> Job.getJobManager().find(LaminaJobs.TRAINING_FAMILY).length == 0);
        Ui.waitUntil("the Run view to say stopped", () -> Ui.sync(view::headerText).startsWith("stopped: "));
        assertTrue(!Ui.sync(stop::isEnabled));
        Ui.flush();
        Ui.screenshot(Editors.workbenchShell(), "run-view-stopped");

        List<Path> runs;
        try (Stream<Path> list = Files.list(dir.resolve("runs"))) {
            runs = list.toList();
        }
        assertEquals(1, runs.size(), runs.toString());
        Path run = runs.get(0);
        for (String file : List.of(RunLayout.CHECKPOINT, RunLayout.TRAINED_MODEL, RunLayout.METRICS, RunLayout.RUN,
                RunLayout.ITERATIONS)) {
            assertTrue(Files.isRegularFile(run.resolve(file)), run + " lacks " + file);
        }
        String log = Files.readString(run.resolve(RunLayout.LOG));
        assertTrue(log.contains("CANCELLED: Cancelled during epoch"), log);
        // the header's last line is where the run computes and why, as the log's first line says (this build: CPU)
        String decision = log.lines().findFirst().orElseThrow();
        assertTrue(decision.startsWith("Backend cpu: ") && decision.endsWith("training on the CPU"), decision);
        assertTrue(details.endsWith("\n" + decision), details);
        assertTrue(Files.readAllLines(run.resolve(RunLayout.METRICS)).size() >= 2, "metrics.csv has an epoch");
        // the workspace knows the run folder
        assertTrue(project.getFolder("runs").getFolder(run.getFileName().toString()).exists());

        // selecting the past run's folder shows its curves from the CSV files
        Ui.run(() -> {
            Editors.page().activate(explorer);
            explorer.selectReveal(new StructuredSelection(project.getFolder("runs/" + run.getFileName())));
        });
        Ui.waitUntil("the past run's curves", () -> run.equals(Ui.sync(view::shownFolder)));
        String header = Ui.sync(view::headerText);
        assertTrue(header.startsWith("stopped: " + run.getFileName()) && header.contains("/30"), header);
        String pastDetails = Ui.sync(view::detailsText);
        assertTrue(pastDetails.endsWith("\n" + decision), pastDetails);
        // the device status.json recorded, not "not recorded"
        assertTrue(pastDetails.startsWith("Device: CPU: "), pastDetails);
        Ui.waitUntil("the past run's summary", () -> Ui.sync(view::summaryText).contains(decision + "\n"));
        assertTrue(charted(Ui.sync(view::points)));
        Ui.run(() -> Editors.page().setPartState(Editors.page().findViewReference(RunView.ID),
                IWorkbenchPage.STATE_MAXIMIZED));
        Ui.flush();
        Ui.screenshot(Editors.workbenchShell(), "run-view-past-run");

        // leave the workbench as the other tests expect it: nothing selected, no Run view, no training project
        Ui.run(() -> {
            Editors.page().setPartState(Editors.page().findViewReference(RunView.ID), IWorkbenchPage.STATE_RESTORED);
            explorer.selectReveal(StructuredSelection.EMPTY);
            Editors.page().hideView(view);
        });
        project.delete(true, true, null);
        Ui.flush();
    }

    /** The nice values of this process's threads whose name begins with {@code prefix} (Linux). */
    private static List<String> niceValues(Path tasks, String prefix) throws java.io.IOException {
        try (Stream<Path> threads = Files.list(tasks)) {
            return threads.flatMap(task -> {
                try {
                    String comm = Files.readString(task.resolve("comm")).strip();
                    return comm.startsWith(prefix.length() > 15 ? prefix.substring(0, 15) : prefix)
                            ? Stream.of(niceOf(Files.readString(task.resolve("stat"))))
                            : Stream.empty();
                } catch (java.io.IOException e) {
                    return Stream.empty(); // the thread ended meanwhile
                }
            }).toList();
        }
    }

    /** Field 19 of a {@code /proc/.../stat} line; the name in parentheses before it may hold spaces. */
    private static String niceOf(String stat) {
        return stat.substring(stat.lastIndexOf(')') + 2).trim().split(" ")[16];
    }

    private static boolean charted(int[] points) {
        return points[0] > 0 && points[1] > 1 && points[2] > 0 && points[3] > 1;
    }

    private static void clickTab(org.eclipse.swt.custom.CTabFolder tabs, int index) {
        org.eclipse.swt.graphics.Rectangle item = Ui.sync(() -> tabs.getItem(index).getBounds());
        Ui.clickAt(tabs, item.x + item.width / 2, item.y + item.height / 2);
        Ui.waitUntil("tab " + index + " in front", () -> Ui.sync(tabs::getSelectionIndex) == index);
    }
}
