// SPDX-License-Identifier: EPL-2.0
package dev.lamina.ui.exercises;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.jface.viewers.IDecoration;
import org.eclipse.jface.viewers.ILightweightLabelDecorator;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;

/** A project's exercise state after its name: {@code [exercise passed]}, {@code [exercise: 1 of 6 rules fail]}. */
public final class ExerciseDecorator extends LabelProvider implements ILightweightLabelDecorator {

    public static final String ID = "dev.lamina.ui.exercises.decorator";

    @Override
    public void decorate(Object element, IDecoration decoration) {
        IProject project = Adapters.adapt(element, IProject.class);
        if (project == null || !ExerciseLocations.isExercise(project)) {
            return;
        }
        ExerciseState state = ExerciseState.of(project);
        if (state == null) {
            return;
        }
        decoration.addSuffix(" " + text(state));
        if (!state.passed()) {
            decoration.addOverlay(PlatformUI.getWorkbench().getSharedImages()
                    .getImageDescriptor(ISharedImages.IMG_DEC_FIELD_ERROR), IDecoration.BOTTOM_LEFT);
        }
    }

    static String text(ExerciseState state) {
        return state.passed() ? Messages.Exercises_decorationPassed
                : NLS.bind(Messages.Exercises_decorationFailed, state.failing(), state.rules());
    }
}
