// SPDX-License-Identifier: EPL-2.0
package dev.lamina.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.debug.core.DebugPlugin;
import org.eclipse.debug.core.ILaunchConfiguration;
import org.eclipse.debug.core.ILaunchManager;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import dev.lamina.core.examples.CourseModels;
import dev.lamina.engine.spark.SparkJobFolder;
import dev.lamina.engine.spark.SparkLaunch;
import dev.lamina.engine.spark.SparkLaunchException;
import dev.lamina.run.config.RunFile;
import dev.lamina.run.config.SparkMaster;
import dev.lamina.run.folder.RunLayout;
import dev.lamina.run.folder.RunStatus;
import dev.lamina.run.metrics.MetricsCsv;
import dev.lamina.ui.internal.LaminaJobs;
import dev.lamina.ui.runconfig.RunConfigEditor;
import dev.lamina.ui.runconfig.RunFormPage;
import dev.lamina.ui.runconfig.launch.TrainingLaunchShortcut;
import dev.lamina.ui.runconfig.launch.TrainingLaunches;
import dev.lamina.ui.spark.SparkTrainingJob;

/**
 * The Device page's "Spark cluster": checking it writes {@code spark.master} to run.json as one undoable edit, a bad
 * master URL gets {@code lamina train --spark}'s own message in the header, and Run As &gt; Lamina Training on a run
 * file with a master starts the Spark job (the engine's {@link SparkLaunch}, as the CLI does), which trains a small
 * real Fashion-MNIST subset on {@code local[2]} and writes a run folder.
 */
@ExtendWith(FailOnLoggedErrors.class)
class SparkClusterDeviceTest {

    private static final String PROJECT = "spark-device-tests";
    private static final String LAUNCH_PROJECT = "spark-launch-tests";

    @AfterEach
    void cleanUp() throws Exception {
        Job.getJobManager().cancel(LaminaJobs.TRAINING_FAMILY);
        Ui.waitUntil("no training job", () -> Job.getJobManager().find(LaminaJobs.TRAINING_FAMILY).length == 0);
        ILaunchManager launches = DebugPlugin.getDefault().getLaunchManager();
        for (ILaunchConfiguration configuration : launches.getLaunchConfigurations(launches
                .getLaunchConfigurationType(TrainingLaunches.TYPE))) {
            if (configuration.getAttribute(TrainingLaunches.RUN_FILE, "").startsWith("/" + LAUNCH_PROJECT)) {
                configuration.delete();
            }
        }
        RunFileEditors.cleanUp(PROJECT);
        RunFileEditors.cleanUp(LAUNCH_PROJECT);
    }

    @Test
    void sparkClusterIsAnUndoableChoiceCheckedAsTheCliChecksIt() throws Exception {
        IFile runFile = RunFileEditors.fashionMnistRunFile(PROJECT);
        Path onDisk = runFile.getLocation().toPath();
        RunConfigEditor editor = RunFileEditors.open(runFile);
        RunFileEditors.showPage(editor, "dev.lamina.ui.runConfig.device");
        Button cluster = assertInstanceOf(Button.class, RunFileEditors.field(editor, "$.spark.master").control());
        Text master = (Text) Ui.sync(() -> ((RunFormPage) editor.getActivePageInstance()).fields(
                "$.spark.master").get(1).control());
        assertFalse(Ui.sync(cluster::getSelection), "the course's run trains on this machine");

        toggle(cluster);
        Ui.waitUntil("spark.master", () -> Ui.sync(editor.document()::text).contains("\"master\": \"local[2]\""));
        Ui.waitUntil("the master shown", () -> "local[2]".equals(Ui.sync(master::getText)));
        assertNull(Ui.sync(editor::problemText));

        commit(master, "spark://head");
        Ui.waitUntil("the problem", () -> Ui.sync(editor::problemText) != null);
        String header = Ui.sync(() -> ((RunFormPage) editor.getActivePageInstance()).headerMessage());
        String cli = assertThrows(SparkLaunchException.class, () -> SparkLaunch.prepare(onDisk, "spark://head", null,
                System::getenv)).getMessage();
        assertEquals(SparkMaster.problem("spark://head").orElseThrow(), cli);
        assertTrue(header.endsWith("$.spark.master: " + cli), header);
        Ui.screenshot(Editors.workbenchShell(), "run-config-editor-spark-cluster");

        Ui.run(master::setFocus);
        Ui.key(SWT.CTRL, 'z', 'z');
        Ui.waitUntil("undo of the master", () -> "local[2]".equals(Ui.sync(master::getText)));
        assertNull(Ui.sync(editor::problemText));
        commit((Text) RunFileEditors.field(editor, "$.spark.workers").control(), "2");
        Ui.waitUntil("workers", () -> Ui.sync(editor.document()::text).contains("\"workers\": 2"));
        Ui.key(SWT.CTRL, 's', 's');
        Ui.waitUntil("saved", () -> !Ui.sync(editor::isDirty));
        assertEquals(Optional.of("local[2]"), RunFile.load(onDisk).spark().orElseThrow().masterUrl());
        assertEquals(2, RunFile.load(onDisk).spark().orElseThrow().workers());

        toggle(cluster);
        Ui.waitUntil("no master", () -> !Ui.sync(editor.document()::text).contains("\"master\""));
        assertTrue(Ui.sync(editor.document()::text).contains("\"workers\": 2"), "the other settings stay");
    }

    @Test
    void runAsTrainsARunFileWithAMasterOnSpark() throws Exception {
        assertTrue(SparkJobFolder.find().isPresent(), "the reactor builds spark/dev.lamina.spark before these tests");
        assertTrue(Files.isDirectory(FashionFolders.FASHION_MNIST), FashionFolders.FASHION_MNIST + " is missing");
        IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(LAUNCH_PROJECT);
        project.create(null);
        project.open(null);
        Path dir = project.getLocation().toFile().toPath();
        FashionFolders.exportTraining(300, dir.resolve("data/train"));
        dev.lamina.core.model.ModelFile.save(CourseModels.mnistSingleConv(), dir.resolve("model.lamina"));
        Files.writeString(dir.resolve("run.json"), """
                {"format": 2, "model": "model.lamina", "train": {"folder": "data/train"},
                 "validation": {"split": 0.2}, "preprocessing": {"rescale": 0.00392156862745098},
                 "batch_size": 32, "epochs": 1, "optimizer": "adam", "loss": "sparse_categorical_crossentropy",
                 "spark": {"master": "local[2]", "workers": 2}}
                """, StandardCharsets.UTF_8);
        project.refreshLocal(IResource.DEPTH_INFINITE, null);
        IFile runFile = project.getFile("run.json");

        Editors.showLaminaPerspective();
        Ui.run(() -> new TrainingLaunchShortcut().launch(new StructuredSelection(runFile), ILaunchManager.RUN_MODE));
        Ui.waitUntil("the Spark training job", () -> Job.getJobManager().find(LaminaJobs.TRAINING_FAMILY).length > 0
                || !runs(dir).isEmpty());
        Job[] jobs = Job.getJobManager().find(LaminaJobs.TRAINING_FAMILY);
        if (jobs.length > 0) {
            assertInstanceOf(SparkTrainingJob.class, jobs[0]);
        }
        long deadline = System.currentTimeMillis() + 240_000;
        while (Job.getJobManager().find(LaminaJobs.TRAINING_FAMILY).length > 0 && System.currentTimeMillis() < deadline) {
            Ui.sleep(200);
        }
        List<Path> runs = runs(dir);
        assertEquals(1, runs.size(), runs.toString());
        Path run = runs.getFirst();
        assertEquals(1, MetricsCsv.read(run.resolve(RunLayout.METRICS)).size());
        assertTrue(Files.readString(run.resolve(RunLayout.LOG)).contains("Epoch 1/1"));
        assertEquals(RunStatus.State.FINISHED, RunStatus.read(run).state());
        assertTrue(Files.isRegularFile(run.resolve(RunLayout.TRAINED_MODEL)));
        Ui.screenshot(Editors.workbenchShell(), "spark-run-as");
    }

    /*
     * The Spark section lies below the fold of the Device page in the test's window: its widgets get the events a
     * click and Enter give them, which commit through the editor as the user's do.
     */
    private static void toggle(Button check) {
        Ui.run(() -> {
            check.setSelection(!check.getSelection());
            check.notifyListeners(SWT.Selection, new Event());
        });
        Ui.flush();
    }

    private static void commit(Text text, String value) {
        Ui.run(() -> {
            text.setText(value);
            text.notifyListeners(SWT.DefaultSelection, new Event());
        });
        Ui.flush();
    }

    private static List<Path> runs(Path dir) {
        Path runs = dir.resolve("runs");
        if (!Files.isDirectory(runs)) {
            return List.of();
        }
        try (Stream<Path> folders = Files.list(runs)) {
            return folders.filter(f -> Files.isRegularFile(f.resolve(RunLayout.METRICS))).toList();
        } catch (java.io.IOException e) {
            return List.of();
        }
    }
}
