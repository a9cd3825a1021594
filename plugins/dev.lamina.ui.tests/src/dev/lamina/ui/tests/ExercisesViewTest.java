// SPDX-License-Identifier: EPL-2.0
package dev.lamina.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PartInitException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import dev.lamina.core.examples.CourseModels;
import dev.lamina.core.model.Model;
import dev.lamina.core.model.ModelFile;
import dev.lamina.course.exercise.CheckResult;
import dev.lamina.ui.course.CourseExercise;
import dev.lamina.ui.course.CreateExerciseProjectOperation;
import dev.lamina.ui.exercises.ExerciseState;
import dev.lamina.ui.exercises.ExercisesView;

/**
 * The MNIST exercise in the workbench: *Check My Solution* (a real click) fails on a model with two Conv2D layers
 * with the rule's hint, passes on the example's model, and the project keeps and shows its state.
 */
@ExtendWith(FailOnLoggedErrors.class)
class ExercisesViewTest {

    private IProject project;

    @BeforeEach
    void createTheExercise() throws Exception {
        Editors.showLaminaPerspective();
        project = ResourcesPlugin.getWorkspace().getRoot().getProject("exercise-check");
        new CreateExerciseProjectOperation(CourseExercise.byId("mnist-single-conv"), project).run(null);
    }

    @AfterEach
    void deleteIt() throws Exception {
        Editors.closeAll();
        project.delete(true, true, null);
    }

    @Test
    void checkMySolutionFailsWithTheHintThenPasses() throws Exception {
        Model twoConvs = Model.builder().input(28, 28, 1)
                .conv2d(16, 3, dev.lamina.core.layer.ActivationFunction.RELU).maxPooling2d(2)
                .conv2d(32, 3, dev.lamina.core.layer.ActivationFunction.RELU)
                .flatten().dense(10, dev.lamina.core.layer.ActivationFunction.SOFTMAX).build();
        ModelFile.save(twoConvs, project.getFile("model.lamina").getLocation().toPath());
        project.refreshLocal(IResource.DEPTH_INFINITE, null);

        ExercisesView view = Ui.sync(() -> {
            try {
                return (ExercisesView) Editors.page().showView(ExercisesView.ID);
            } catch (PartInitException e) {
                throw new IllegalStateException(e);
            }
        });
        Shell shell = Editors.workbenchShell();
        Ui.run(() -> Editors.page().setPartState(Editors.page().getReference(view),
                org.eclipse.ui.IWorkbenchPage.STATE_MAXIMIZED));
        Ui.flush();
        Ui.waitUntil("the exercise project in the view", () -> Ui.sync(() -> Ui.find(shell,
                org.eclipse.swt.widgets.Label.class,
                l -> l.getText().startsWith("Improve MNIST with a single convolution")) != null));
        clickCheck(shell, view);
        List<CheckResult> failed = Ui.sync(view::shownResults);
        CheckResult conv = failed.stream().filter(r -> r.rule().equals("exactly 1 Conv2D")).findFirst().orElseThrow();
        assertTrue(conv.failed(), conv.toString());
        assertTrue(conv.hint().startsWith("the exercise uses one Conv2D layer"), conv.hint());
        ExerciseState state = ExerciseState.of(project);
        assertTrue(!state.passed() && state.failing() == 1 && state.rules() == 7, "kept on the project: " + state);
        Ui.screenshot(shell, "exercise-check-failed");

        ModelFile.save(CourseModels.mnistSingleConv(), project.getFile("model.lamina").getLocation().toPath());
        project.refreshLocal(IResource.DEPTH_INFINITE, null);
        clickCheck(shell, view);
        List<CheckResult> passed = Ui.sync(view::shownResults);
        assertTrue(passed.stream().noneMatch(CheckResult::failed), passed.toString());
        assertEquals(CheckResult.Status.SKIPPED, passed.get(passed.size() - 1).status(),
                "no run yet: the accuracy target is skipped, not failed");
        assertTrue(ExerciseState.of(project).passed());
        Ui.waitUntil("the project's decoration", () -> Ui.sync(() -> org.eclipse.ui.PlatformUI.getWorkbench()
                .getDecoratorManager().getLabelDecorator().decorateText(project.getName(), project))
                .equals("exercise-check [exercise solved]"));
        Ui.screenshot(shell, "exercise-check-passed");
    }

    /** A real click on Check My Solution, then waits until the view shows that check's results. */
    private static void clickCheck(Shell shell, ExercisesView view) {
        int before = Ui.sync(view::checksShown);
        Button check = Ui.button(shell, "Check My Solution");
        Ui.waitUntil("Check My Solution enabled", () -> Ui.sync(check::isEnabled));
        org.eclipse.swt.graphics.Point size = Ui.sync(check::getSize);
        Ui.clickAt(check, size.x / 2, size.y / 2);
        long deadline = System.currentTimeMillis() + 30_000;
        while (Ui.sync(view::checksShown) == before && System.currentTimeMillis() < deadline) {
            Ui.sleep(100);
        }
        if (Ui.sync(view::checksShown) == before) {
            Ui.screenshot(shell, "exercise-check-no-result");
            org.junit.jupiter.api.Assertions.fail("no check ran after a click on Check My Solution at "
                    + Ui.sync(() -> check.toDisplay(0, 0)) + " size " + size + " (screenshot exercise-check-no-result)");
        }
    }
}
