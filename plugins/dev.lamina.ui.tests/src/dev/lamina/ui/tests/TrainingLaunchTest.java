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
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.navigator.CommonNavigator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import dev.lamina.core.examples.CourseModels;
import dev.lamina.data.idx.IdxExporter;
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

    @Test
    void runAsMakesOneConfigurationWithThePathAndCtrlF11TrainsAgain() throws Exception {
        assertTrue(Files.isDirectory(FASHION_MNIST), FASHION_MNIST + " is missing (apt-get install dataset-fashion-mnist)");
        IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject("launch-tests");
        if (!project.exists()) {
            project.create(null);
        }
        project.open(null);
        Path dir = project.getLocation().toFile().toPath();
        Path idx = Files.createTempDirectory("lamina-idx");
        // 300 images of the 10 classes, as class folders of 28x28 grey PNGs
        IdxExporter.export(RunViewTest.head(FASHION_MNIST.resolve("train-images-idx3-ubyte.gz"), idx.resolve("images"),
                16, 28 * 28, 300), RunViewTest.head(FASHION_MNIST.resolve("train-labels-idx1-ubyte.gz"), idx.resolve(
                        "labels"), 8, 1, 300), dir.resolve("data/train"), null);
        dev.lamina.core.model.ModelFile.save(CourseModels.mnistSingleConv(), dir.resolve("model.lamina"));
        Files.writeString(dir.resolve("run.json"), RUN, StandardCharsets.UTF_8);
        project.refreshLocal(IResource.DEPTH_INFINITE, null);
        IFile runFile = project.getFile("run.json");
        ILaunchManager launches = DebugPlugin.getDefault().getLaunchManager();
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
        assertEquals(1, launches.getLaunchConfigurations(configuration.getType()).length);
        Ui.screenshot(Editors.workbenchShell(), "training-launch-relaunched");

        // leave the workbench as the other tests expect it
        Ui.run(() -> {
            explorer.selectReveal(StructuredSelection.EMPTY);
            var view = Editors.page().findView(RunView.ID);
            if (view != null) {
                Editors.page().hideView(view);
            }
            Editors.page().setPartState(Editors.page().getReference(explorer), IWorkbenchPage.STATE_RESTORED);
        });
        configuration.delete();
        project.delete(true, true, null);
        Ui.flush();
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
