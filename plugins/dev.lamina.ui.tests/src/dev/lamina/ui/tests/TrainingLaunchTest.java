// SPDX-License-Identifier: EPL-2.0
package dev.lamina.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
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
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.navigator.CommonNavigator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import dev.lamina.core.examples.CourseModels;
import dev.lamina.run.config.DataSource;
import dev.lamina.run.config.FilePath;
import dev.lamina.run.config.Loss;
import dev.lamina.run.config.RunConfig;
import dev.lamina.run.config.RunFile;
import dev.lamina.run.config.Validation;
import dev.lamina.run.folder.RunLayout;
import dev.lamina.ui.internal.LaminaJobs;
import dev.lamina.ui.runconfig.launch.TrainingLaunchShortcut;
import dev.lamina.ui.runconfig.launch.TrainingLaunches;
import dev.lamina.ui.runs.RunView;

/**
 * Run As &gt; Lamina Training on a run.json with a small real Fashion-MNIST subset: one launch configuration that holds
 * only the run file's path, a training job that writes its run folder, and Ctrl+F11 (Run Last Launched / the selected
 * resource) training it again through the same configuration.
 */
@ExtendWith(FailOnLoggedErrors.class)
class TrainingLaunchTest {

    private static final Path FASHION_MNIST = Path.of("/usr/share/datasets/fashion-mnist");
    private static final String RUN = """
            {
              "format": 1,
              "model": "model.lamina",
              "train": {"folder": "data/train"},
              "validation": {"split": 0.2},
              "preprocessing": {"rescale": 0.00392156862745098},
              "batch_size": 32,
              "epochs": 1,
              "optimizer": "adam",
              "loss": "sparse_categorical_crossentropy"
            }
            """;

    /** Leaves the workbench as the other tests expect it: no training, no Run view, no test projects or configurations. */
    @AfterEach
    void cleanUp() throws Exception {
        Job.getJobManager().cancel(LaminaJobs.TRAINING_FAMILY);
        Ui.waitUntil("no training job", () -> Job.getJobManager().find(LaminaJobs.TRAINING_FAMILY).length == 0);
        ILaunchManager launches = DebugPlugin.getDefault().getLaunchManager();
        for (ILaunchConfiguration configuration : launches.getLaunchConfigurations(launches
                .getLaunchConfigurationType(TrainingLaunches.TYPE))) {
            if (configuration.getAttribute(TrainingLaunches.RUN_FILE, "").startsWith("/launch-")) {
                configuration.delete();
            }
        }
        Ui.run(() -> {
            var view = Editors.page().findView(RunView.ID);
            if (view != null) {
                Editors.page().hideView(view);
            }
            if (Editors.page().findView("org.eclipse.ui.navigator.ProjectExplorer") instanceof CommonNavigator n) {
                n.selectReveal(StructuredSelection.EMPTY);
            }
        });
        for (String name : new String[] {"launch-tests", "launch-model-tests"}) {
            IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(name);
            if (project.exists()) {
                project.delete(true, true, null);
            }
        }
        Ui.flush();
    }

    @Test
    void runAsMakesOneConfigurationWithThePathAndCtrlF11TrainsAgain() throws Exception {
        assertTrue(Files.isDirectory(FASHION_MNIST), FASHION_MNIST + " is missing (apt-get install dataset-fashion-mnist)");
        IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject("launch-tests");
        if (!project.exists()) {
            project.create(null);
        }
        project.open(null);
        Path dir = project.getLocation().toFile().toPath();
        // 300 images of the 10 classes, as class folders of 28x28 grey PNGs
        FashionFolders.exportTraining(300, dir.resolve("data/train"));
        dev.lamina.core.model.ModelFile.save(CourseModels.mnistSingleConv(), dir.resolve("model.lamina"));
        Files.writeString(dir.resolve("run.json"), RUN, StandardCharsets.UTF_8);
        project.refreshLocal(IResource.DEPTH_INFINITE, null);
        IFile runFile = project.getFile("run.json");
        for (ILaunchConfiguration old : TrainingLaunches.configurationsFor(runFile)) {
            old.delete();
        }

        Editors.showLaminaPerspective();
        assertTrue(Ui.sync(() -> java.util.Arrays.stream(Editors.workbenchShell().getMenuBar().getItems())
                .anyMatch(item -> item.getText().replace("&", "").equals("Run"))),
                "the Run menu in the Lamina perspective");
        CommonNavigator explorer = Ui.sync(() -> {
            try {
                return (CommonNavigator) Editors.page().showView("org.eclipse.ui.navigator.ProjectExplorer");
            } catch (PartInitException e) {
                throw new IllegalStateException(e);
            }
        });
        Ui.run(() -> explorer.selectReveal(new StructuredSelection(runFile)));
        Ui.flush();

        // Run As > Lamina Training on the selected run.json
        Ui.run(() -> new TrainingLaunchShortcut().launch(new StructuredSelection(runFile), ILaunchManager.RUN_MODE));
        List<ILaunchConfiguration> configurations = TrainingLaunches.configurationsFor(runFile);
        assertEquals(1, configurations.size());
        ILaunchConfiguration configuration = configurations.getFirst();
        assertEquals(Map.of(TrainingLaunches.RUN_FILE, "/launch-tests/run.json"), configuration.getAttributes(),
                "the configuration holds the run file's path and nothing else");
        assertEquals(TrainingLaunches.TYPE, configuration.getType().getIdentifier());
        awaitRuns(dir, 1);

        // Ctrl+F11 with the run.json selected: the same configuration trains it again
        Ui.run(() -> {
            Editors.page().activate(explorer);
            explorer.selectReveal(new StructuredSelection(runFile));
        });
        Ui.flush();
        Ui.key(SWT.CTRL, SWT.F11);
        awaitRuns(dir, 2);
        assertEquals(1, TrainingLaunches.configurationsFor(runFile).size(), "no second configuration");
        Ui.screenshot(Editors.workbenchShell(), "training-launch-relaunched");

    }

    @Test
    void runAsOnAModelOffersARunFileFromTheCourseDefaultsAndTrainsIt() throws Exception {
        IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject("launch-model-tests");
        if (!project.exists()) {
            project.create(null);
        }
        project.open(null);
        Path dir = project.getLocation().toFile().toPath();
        FashionFolders.exportTraining(300, dir.resolve("data"));
        Files.createDirectories(dir.resolve("models"));
        dev.lamina.core.model.ModelFile.save(CourseModels.mnistSingleConv(), dir.resolve("models/fashion.lamina"));
        project.refreshLocal(IResource.DEPTH_INFINITE, null);
        IFile model = project.getFile("models/fashion.lamina");
        Editors.showLaminaPerspective();

        Ui.display().asyncExec(() -> new TrainingLaunchShortcut().launch(new StructuredSelection(model),
                ILaunchManager.RUN_MODE));
        org.eclipse.swt.widgets.Shell question = Ui.waitForShell("Create run.json?");
        Ui.screenshot(question, "training-launch-create-run-file");
        Ui.click(Ui.button(question, "Yes"));

        IFile runFile = project.getFile("models/run.json");
        Ui.waitUntil("the run file", runFile::exists);
        RunConfig config = RunFile.load(runFile.getLocation().toPath());
        assertEquals("fashion.lamina", config.model().written());
        assertEquals(new DataSource.Folder(FilePath.parse("../data", dir.resolve("models"))), config.train());
        assertEquals(new Validation.Split(0.2), config.validation());
        assertEquals(Loss.CATEGORICAL_CROSSENTROPY, config.loss(), "lamina train --model's loss for softmax");
        assertEquals(10, config.epochs());
        Ui.waitUntil("the launch configuration", () -> {
            try {
                return TrainingLaunches.configurationsFor(runFile).size() == 1;
            } catch (org.eclipse.core.runtime.CoreException e) {
                return false;
            }
        });
        Ui.waitUntil("the run folder beside the run file", () -> runs(dir.resolve("models")).size() == 1);
        Job.getJobManager().cancel(LaminaJobs.TRAINING_FAMILY);
        Ui.waitUntil("the training job to stop", () -> Job.getJobManager().find(LaminaJobs.TRAINING_FAMILY).length
                == 0);

    }

    /** Waits for the training jobs to end and checks that {@code count} runs finished with a trained model. */
    private static void awaitRuns(Path dir, int count) throws IOException {
        Ui.waitUntil("a training job", () -> Job.getJobManager().find(LaminaJobs.TRAINING_FAMILY).length > 0
                || runs(dir).size() >= count);
        long deadline = System.currentTimeMillis() + 240_000;
        while (Job.getJobManager().find(LaminaJobs.TRAINING_FAMILY).length > 0
                && System.currentTimeMillis() < deadline) {
            Ui.sleep(200);
        }
        List<Path> runs = runs(dir);
        assertEquals(count, runs.size(), runs.toString());
        for (Path run : runs) {
            assertTrue(Files.isRegularFile(run.resolve(RunLayout.TRAINED_MODEL)), run + " lacks its model");
        }
    }

    private static List<Path> runs(Path dir) {
        try (Stream<Path> list = Files.list(dir.resolve("runs"))) {
            return list.filter(Files::isDirectory).toList();
        } catch (IOException e) {
            return List.of();
        }
    }
}
