// SPDX-License-Identifier: EPL-2.0
package dev.lamina.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.resources.ICommand;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IProjectDescription;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IncrementalProjectBuilder;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import dev.lamina.core.examples.CourseModels;
import dev.lamina.core.model.LaminaFormat;
import dev.lamina.ui.editor.ProblemMarkers;
import dev.lamina.ui.project.BuilderMigration;
import dev.lamina.ui.project.CreateLaminaProjectOperation;
import dev.lamina.ui.project.LaminaValidator;
import dev.lamina.ui.runconfig.RunConfigMarkers;

/**
 * The Lamina project builder marks models and run files that no editor has open, as the editors would, and clears
 * the marks when the files are fixed; a new Lamina project carries the builder.
 */
@ExtendWith(FailOnLoggedErrors.class)
class LaminaValidatorTest {

    private static final String RUN = """
            {"format": 1, "model": "models/broken.lamina", "train": {"folder": "data"}, "epochs": 1,
             "loss": "sparse_categorical_crossentropy",
             "batch_size": %d}
            """;

    private IProject project;

    @BeforeEach
    void createProject() throws CoreException {
        project = ResourcesPlugin.getWorkspace().getRoot().getProject("validator-test");
        CreateLaminaProjectOperation.create(project, null, List.of("models"), SubMonitor.convert(null, 3));
    }

    @AfterEach
    void deleteProject() throws CoreException {
        project.delete(true, true, null);
    }

    @Test
    void aNewLaminaProjectHasTheBuilder() throws CoreException {
        assertTrue(Arrays.stream(project.getDescription().getBuildSpec())
                .anyMatch(c -> LaminaValidator.ID.equals(c.getBuilderName())));
    }

    @Test
    void anOlderLaminaProjectGetsTheBuilderWhenOpened() throws Exception {
        BuilderMigration.start(); // the workbench's start does this; the tests' start skips Lamina's startup
        IProjectDescription description = project.getDescription();
        description.setBuildSpec(Arrays.stream(description.getBuildSpec())
                .filter(c -> !LaminaValidator.ID.equals(c.getBuilderName())).toArray(ICommand[]::new));
        project.setDescription(description, null); // as a project made before the builder existed
        project.close(null);
        project.open(null);
        long deadline = System.currentTimeMillis() + 20_000;
        while (!hasBuilder() && System.currentTimeMillis() < deadline) {
            Job.getJobManager().join(ResourcesPlugin.FAMILY_AUTO_BUILD, null);
            Thread.sleep(50);
        }
        assertTrue(hasBuilder(), "the Lamina builder is added when the old project opens");
        assertEquals(1, Arrays.stream(project.getDescription().getBuildSpec())
                .filter(c -> LaminaValidator.ID.equals(c.getBuilderName())).count(), "once");
    }

    private boolean hasBuilder() throws CoreException {
        return Arrays.stream(project.getDescription().getBuildSpec())
                .anyMatch(c -> LaminaValidator.ID.equals(c.getBuilderName()));
    }

    @Test
    void marksClosedFilesAndClearsThemWhenFixed() throws Exception {
        // a 3x3 convolution grown to 40x40 on a 28x28 input: shape inference's error, and no editor open
        String good = LaminaFormat.write(CourseModels.mnistSingleConv());
        String broken = good.replaceFirst("\"kernel_size\": \\[3, 3\\]", "\"kernel_size\": [40, 40]");
        assertTrue(!broken.equals(good), "the model was broken");
        IFile model = write("models/broken.lamina", broken);
        IFile run = write("run.json", RUN.formatted(-4));
        IFile unreadable = write("models/not-json.lamina", "{ not json");
        build();

        IMarker[] modelMarks = model.findMarkers(ProblemMarkers.TYPE, false, IResource.DEPTH_ZERO);
        assertTrue(modelMarks.length > 0, "the broken model is marked");
        assertTrue(Arrays.stream(modelMarks).anyMatch(m -> m.getAttribute(IMarker.SEVERITY, -1)
                == IMarker.SEVERITY_ERROR), "with an error");
        IMarker[] runMarks = run.findMarkers(RunConfigMarkers.TYPE, false, IResource.DEPTH_ZERO);
        assertEquals(1, runMarks.length);
        String message = runMarks[0].getAttribute(IMarker.MESSAGE, "");
        assertTrue(message.contains("batch_size"), message);
        assertEquals(1, unreadable.findMarkers(ProblemMarkers.TYPE, false, IResource.DEPTH_ZERO).length);

        model.setContents(new ByteArrayInputStream(good.getBytes(StandardCharsets.UTF_8)), true, false, null);
        run.setContents(new ByteArrayInputStream(RUN.formatted(32).getBytes(StandardCharsets.UTF_8)), true, false,
                null);
        build();
        assertEquals(0, model.findMarkers(ProblemMarkers.TYPE, false, IResource.DEPTH_ZERO).length);
        assertEquals(0, run.findMarkers(RunConfigMarkers.TYPE, false, IResource.DEPTH_ZERO).length);
        assertEquals(1, unreadable.findMarkers(ProblemMarkers.TYPE, false, IResource.DEPTH_ZERO).length,
                "an unchanged file keeps its mark");
    }

    private IFile write(String path, String text) throws CoreException {
        IFile file = project.getFile(path);
        file.create(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), true, null);
        return file;
    }

    /** The build the workspace runs after a change (auto-build), waited for; then an explicit incremental one. */
    private void build() throws Exception {
        Job.getJobManager().join(ResourcesPlugin.FAMILY_AUTO_BUILD, null);
        project.build(IncrementalProjectBuilder.INCREMENTAL_BUILD, null);
    }
}
